import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createSuggester } from "../../../src/adapters/discord/autocomplete.js";
import { type DiscordBackend, createLocalBackend } from "../../../src/adapters/discord/backend.js";
import { createInteractionHandlers } from "../../../src/adapters/discord/interaction-handlers.js";
import type { DiscordMessage } from "../../../src/adapters/discord/render.js";
import type { BotCore } from "../../../src/core/bot-core.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { BotRequest } from "../../../src/core/request.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import {
  fakeAutocompleteInteraction,
  fakeCommandInteraction,
  fakeComponentInteraction,
  fakeReply,
  fixtureTranslator,
  OTHER_USER_ID,
  USER_ID,
} from "../../helpers/discord.js";

const EPHEMERAL = 64;
const firstArg = (fn: { mock: { calls: unknown[][] } }, call = 0) => fn.mock.calls[call]?.[0] as DiscordMessage;

describe("Discord interaction handlers with the real core", () => {
  let core: BotCore;
  beforeAll(async () => {
    core = await createCoreFromDisk();
  });
  const handlersFor = (c: BotCore) =>
    createInteractionHandlers({
      backend: createLocalBackend(c),
      translator: c.translator,
      suggester: createSuggester(c.translator),
      logger: silentLogger,
      defaultLocale: "en",
    });

  it("answers a slash command with one reply carrying the core's choices as buttons", async () => {
    const i = fakeCommandInteraction({ commandName: "track" });
    await handlersFor(core).onCommand(i);
    expect(i.reply).toHaveBeenCalledTimes(1);
    expect(i.deferReply).not.toHaveBeenCalled();
    const message = firstArg(i.reply);
    expect(message.content.length).toBeGreaterThan(0);
    expect(message.flags).toBeUndefined(); // not personal: visible to the channel
    const buttons = message.components.flatMap((row) => row.components);
    expect(buttons.length).toBeGreaterThan(1);
    expect(message.components.length).toBeLessThanOrEqual(5);
    for (const row of message.components) expect(row.components.length).toBeLessThanOrEqual(5);
    for (const b of buttons) if ("custom_id" in b) expect(b.custom_id.length).toBeLessThanOrEqual(100);
  });

  it("updates the message in place when the user presses one of the buttons", async () => {
    const handlers = handlersFor(core);
    const command = fakeCommandInteraction({ commandName: "track" });
    await handlers.onCommand(command);
    const button = firstArg(command.reply)
      .components.flatMap((r) => r.components)
      .find((c) => "custom_id" in c);
    if (!button || !("custom_id" in button)) throw new Error("expected a button");
    const press = fakeComponentInteraction({ customId: button.custom_id });
    await handlers.onComponent(press);
    expect(press.update).toHaveBeenCalledTimes(1);
    expect(press.reply).not.toHaveBeenCalled();
    expect(firstArg(press.update).content.length).toBeGreaterThan(0);
    expect(firstArg(press.update)).not.toHaveProperty("flags"); // an edit keeps the message's visibility
  });

  it("answers another user's press on a public message with a new ephemeral reply, leaving the message alone", async () => {
    const press = fakeComponentInteraction({ customId: "1|i|trackable", userId: OTHER_USER_ID, invokerId: USER_ID });
    await handlersFor(core).onComponent(press);
    expect(press.update).not.toHaveBeenCalled();
    expect(firstArg(press.reply).flags).toBe(EPHEMERAL);
  });

  it("replies in French to a user whose Discord client is in French", async () => {
    const i = fakeCommandInteraction({ commandName: "help", locale: "fr", guildLocale: "en-US" });
    const handle = vi.spyOn(core, "handle");
    await handlersFor(core).onCommand(i);
    const reply = await handle.mock.results[0]?.value;
    handle.mockRestore();
    expect(reply.lang).toBe("fr");
    expect(firstArg(i.reply).content).toContain(core.translator.forLocale("fr")("common:disclaimer").slice(0, 20));
  });

  it("replies in Punjabi to a user who chose pa with /language, although Discord has no Punjabi", async () => {
    const handlers = handlersFor(core);
    const choose = fakeCommandInteraction({
      commandName: "language",
      options: { language: "pa" },
      locale: "en-US",
      userId: "555555555555555555",
    });
    await handlers.onCommand(choose);
    expect(firstArg(choose.reply).flags).toBe(EPHEMERAL); // a personal setting: only the user sees it
    const handle = vi.spyOn(core, "handle");
    const later = fakeCommandInteraction({ commandName: "help", locale: "en-US", userId: "555555555555555555" });
    await handlers.onCommand(later);
    const reply = await handle.mock.results[0]?.value;
    handle.mockRestore();
    expect(reply.lang).toBe("pa");
    expect(firstArg(later.reply).content).toMatch(/\p{sc=Guru}/u);
  });

  it("keeps personal commands in a server ephemeral", async () => {
    const i = fakeCommandInteraction({ commandName: "mydata" });
    await handlersFor(core).onCommand(i);
    expect(firstArg(i.reply).flags).toBe(EPHEMERAL);
  });

  it("answers personal commands in DMs without the ephemeral flag", async () => {
    const i = fakeCommandInteraction({ commandName: "mydata", guildId: null });
    await handlersFor(core).onCommand(i);
    expect(firstArg(i.reply).flags).toBeUndefined();
  });

  it("tells a user once, in a private reply, that their reminders were paused (the core's notice, stored by the scheduler)", async () => {
    const store = createMemoryUserStore();
    await store.setBlockedNotice(`dc:${USER_ID}`, true);
    const handlers = handlersFor(await createCoreFromDisk({ store }));
    const notice = core.translator.forLocale("en")("reminders:blockedNotice");
    const first = fakeCommandInteraction({ commandName: "reminders", guildId: null });
    await handlers.onCommand(first);
    expect(firstArg(first.reply).content).toContain(notice);
    expect(first.followUp).not.toHaveBeenCalled();
    const second = fakeCommandInteraction({ commandName: "reminders", guildId: null });
    await handlers.onCommand(second);
    expect(firstArg(second.reply).content).not.toContain(notice);
  });
});

describe("Discord interaction handlers: timing and failures", () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const translator = fixtureTranslator();
  const handlersWith = (backend: DiscordBackend) =>
    createInteractionHandlers({
      backend,
      translator,
      suggester: createSuggester(translator, ["UTC"]),
      logger: silentLogger,
      defaultLocale: "en",
    });
  const backendAnswering = (answer: (request: BotRequest) => Promise<ReturnType<typeof fakeReply>>): DiscordBackend => ({
    answer: async (request) => ({ reply: await answer(request) }),
    locale: async () => "en",
  });

  it("defers when the core takes longer than 2 s, then edits the deferred reply", async () => {
    vi.useFakeTimers();
    let finish: (() => void) | undefined;
    const slow = backendAnswering(() => new Promise((resolve) => (finish = () => resolve(fakeReply({ text: "Late answer." })))));
    const i = fakeCommandInteraction({ commandName: "help" });
    const done = handlersWith(slow).onCommand(i);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(i.deferReply).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(i.deferReply).toHaveBeenCalledTimes(1);
    finish?.();
    await done;
    expect(i.reply).not.toHaveBeenCalled();
    expect(firstArg(i.editReply).content).toBe("Late answer.");
  });

  it("defers ephemerally for a personal command", async () => {
    vi.useFakeTimers();
    let finish: (() => void) | undefined;
    const slow = backendAnswering(() => new Promise((resolve) => (finish = () => resolve(fakeReply({ personal: true })))));
    const i = fakeCommandInteraction({ commandName: "reminders" });
    const done = handlersWith(slow).onCommand(i);
    await vi.advanceTimersByTimeAsync(2_000);
    finish?.();
    await done;
    expect(i.deferReply).toHaveBeenCalledWith({ flags: EPHEMERAL });
    expect(i.editReply).toHaveBeenCalledTimes(1);
  });

  it("follows up ephemerally with errors:generic in the user's language when the answer fails after deferring", async () => {
    vi.useFakeTimers();
    let fail: (() => void) | undefined;
    const failing = backendAnswering(() => new Promise((_, reject) => (fail = () => reject(new Error("boom")))));
    failing.locale = async () => "fr";
    const i = fakeCommandInteraction({ commandName: "help", locale: "fr" });
    const done = handlersWith(failing).onCommand(i);
    await vi.advanceTimersByTimeAsync(2_000);
    fail?.();
    await done;
    expect(i.followUp).toHaveBeenCalledTimes(1);
    expect(firstArg(i.followUp)).toMatchObject({ content: "Une erreur est survenue.", flags: EPHEMERAL });
  });

  it("replies ephemerally with errors:generic when the answer fails at once", async () => {
    const i = fakeCommandInteraction({ commandName: "help", locale: "pa" });
    const failing: DiscordBackend = {
      answer: () => Promise.reject(new Error("boom")),
      locale: () => Promise.reject(new Error("store down")),
    };
    await handlersWith(failing).onCommand(i);
    expect(i.reply).toHaveBeenCalledTimes(1);
    expect(firstArg(i.reply)).toMatchObject({ content: "ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ।", flags: EPHEMERAL });
  });

  it("passes options as strings and maps a typed exact name to its id", async () => {
    const seen: BotRequest[] = [];
    const recording = backendAnswering(async (request) => {
      seen.push(request);
      return fakeReply();
    });
    recording.locale = async () => "fr";
    const i = fakeCommandInteraction({ commandName: "timeline", options: { application: "permis d’études", country: "in" } });
    await handlersWith(recording).onCommand(i);
    expect(seen[0]).toMatchObject({
      platform: "discord",
      kind: "command",
      command: "timeline",
      userId: `dc:${USER_ID}`,
      isPrivate: false,
      localeHints: ["en-US", "en-US"],
      options: { application: "study-permit", country: "in" },
    });
  });

  it("treats a personal command in a server as private because its reply is ephemeral", async () => {
    const seen: BotRequest[] = [];
    const recording = backendAnswering(async (request) => {
      seen.push(request);
      return fakeReply();
    });
    await handlersWith(recording).onCommand(fakeCommandInteraction({ commandName: "forget" }));
    await handlersWith(recording).onCommand(fakeCommandInteraction({ commandName: "help" }));
    await handlersWith(recording).onCommand(fakeCommandInteraction({ commandName: "language" }));
    await handlersWith(recording).onCommand(fakeCommandInteraction({ commandName: "help", guildId: null }));
    expect(seen.map((r) => r.isPrivate)).toEqual([true, false, true, true]);
  });

  it("reads the action from a select menu's picked value", async () => {
    const seen: BotRequest[] = [];
    const recording = backendAnswering(async (request) => {
      seen.push(request);
      return fakeReply();
    });
    await handlersWith(recording).onComponent(fakeComponentInteraction({ customId: "menu|0", values: ["1|l|fr"], ephemeralSource: true }));
    expect(seen[0]).toMatchObject({ kind: "action", data: "1|l|fr", isPrivate: true });
  });

  it("sends a personal answer to a press on a public message as a new ephemeral message", async () => {
    const recording = backendAnswering(async () => fakeReply({ personal: true }));
    const press = fakeComponentInteraction({ customId: "1|l|fr" });
    await handlersWith(recording).onComponent(press);
    expect(press.update).not.toHaveBeenCalled();
    expect(firstArg(press.reply).flags).toBe(EPHEMERAL);
  });

  it("suggests at most 25 autocomplete results", async () => {
    const zones = Array.from({ length: 60 }, (_, n) => `Etc/Zone_${n}`);
    const handlers = createInteractionHandlers({
      backend: backendAnswering(async () => fakeReply()),
      translator,
      suggester: createSuggester(translator, zones),
      logger: silentLogger,
      defaultLocale: "en",
    });
    const i = fakeAutocompleteInteraction({ commandName: "remind", focused: { name: "timezone", value: "zone" } });
    await handlers.onAutocomplete(i);
    const choices = i.respond.mock.calls[0]?.[0] ?? [];
    expect(choices.length).toBe(25);
  });

  it("matches autocomplete in the user's stored language", async () => {
    const backend = backendAnswering(async () => fakeReply());
    backend.locale = async () => "pa";
    const i = fakeAutocompleteInteraction({ commandName: "track", focused: { name: "application", value: "ਸਟੱਡੀ" } });
    await handlersWith(backend).onAutocomplete(i);
    expect(i.respond).toHaveBeenCalledWith([{ name: "ਸਟੱਡੀ ਪਰਮਿਟ", value: "study-permit" }]);
  });

  it("answers autocomplete with an empty list when something fails", async () => {
    const broken: DiscordBackend = { answer: () => Promise.reject(new Error("x")), locale: async () => "en" };
    const suggester = createSuggester(translator, ["UTC"]);
    vi.spyOn(suggester, "suggest").mockImplementation(() => {
      throw new Error("bad");
    });
    const handlers = createInteractionHandlers({ backend: broken, translator, suggester, logger: silentLogger, defaultLocale: "en" });
    const i = fakeAutocompleteInteraction({ commandName: "track", focused: { name: "application", value: "x" } });
    await handlers.onAutocomplete(i);
    expect(i.respond).toHaveBeenCalledWith([]);
  });
});

describe("Discord interaction handlers: the 3-second window includes option resolution", () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it("defers at 2 s even when reading the user's language for option matching is slow", async () => {
    vi.useFakeTimers();
    const translator = fixtureTranslator();
    const backend: DiscordBackend = {
      answer: async () => ({ reply: fakeReply() }),
      locale: () => new Promise(() => undefined), // never answers: the 1 s locale timeout falls back to hints
    };
    const handlers = createInteractionHandlers({
      backend,
      translator,
      suggester: createSuggester(translator, ["UTC"]),
      logger: silentLogger,
      defaultLocale: "en",
      ackAfterMs: 500,
    });
    const i = fakeCommandInteraction({ commandName: "track", options: { application: "Study permit" } });
    const done = handlers.onCommand(i);
    await vi.advanceTimersByTimeAsync(500);
    expect(i.deferReply).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await done;
    expect(i.editReply).toHaveBeenCalledTimes(1);
  });
});
