import { beforeAll, describe, expect, it, vi } from "vitest";
import { createSuggester } from "../../../src/adapters/discord/autocomplete.js";
import { createLocalBackend, type DiscordBackend } from "../../../src/adapters/discord/backend.js";
import { createInteractionHandlers } from "../../../src/adapters/discord/interaction-handlers.js";
import type { DiscordMessage } from "../../../src/adapters/discord/render.js";
import type { BotCore } from "../../../src/core/bot-core.js";
import { silentLogger } from "../../../src/core/logger.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { fakeMessageCommandInteraction } from "../../helpers/discord.js";

const EPHEMERAL = 64;
const firstArg = (fn: { mock: { calls: unknown[][] } }) => fn.mock.calls[0]?.[0] as DiscordMessage;

describe('Discord "Explain this status" message command', () => {
  let core: BotCore;
  beforeAll(async () => {
    core = await createCoreFromDisk();
  });
  const handlersFor = (backend: DiscordBackend) =>
    createInteractionHandlers({
      backend,
      translator: core.translator,
      suggester: createSuggester(core.translator),
      logger: silentLogger,
      defaultLocale: "en",
    });

  it("explains a status quoted in someone's message, only to the user who asked", async () => {
    const backend = createLocalBackend(core);
    const answer = vi.spyOn(backend, "answer");
    const i = fakeMessageCommandInteraction({ content: 'Mine just changed to "Decision made" on CAS, good sign??' });
    await handlersFor(backend).onMessageCommand(i);
    expect(i.reply).toHaveBeenCalledTimes(1);
    const message = firstArg(i.reply);
    expect(message.flags).toBe(EPHEMERAL);
    const { reply } = await answer.mock.results[0]!.value;
    expect(reply.answer).toMatchObject({ intent: "status-meaning", status: "cas-decision-made" });
    // The status meaning itself, not a question back.
    expect(message.content.length).toBeGreaterThan(100);
    expect(message.content).not.toContain(core.translator.forLocale("en")("discord:explainStatus.noStatus"));
  });

  it("answers in the asking user's language, whatever the quoted message's language", async () => {
    const i = fakeMessageCommandInteraction({ content: "Le mien est passé à « Décision rendue » hier", locale: "uk" });
    const backend = createLocalBackend(core);
    const answer = vi.spyOn(backend, "answer");
    await handlersFor(backend).onMessageCommand(i);
    const { reply } = await answer.mock.results[0]!.value;
    expect(reply.lang).toBe("uk");
    expect(reply.answer.status).toBe("cas-decision-made");
    expect(firstArg(i.reply).flags).toBe(EPHEMERAL);
  });

  it("replies with a short localized 'no status found' when the message names none", async () => {
    for (const [content, locale, lang] of [
      ["lol same, still waiting since March", "en-US", "en"],
      ["Quelqu'un a des nouvelles ?", "fr", "fr"],
      ["", "es-ES", "es"],
    ] as const) {
      const i = fakeMessageCommandInteraction({ content, locale });
      await handlersFor(createLocalBackend(core)).onMessageCommand(i);
      const message = firstArg(i.reply);
      expect(message.content).toBe(core.translator.forLocale(lang)("discord:explainStatus.noStatus"));
      expect(message.flags).toBe(EPHEMERAL);
      expect(message.components).toEqual([]);
    }
  });

  it("reads at most 2,000 characters of a long message and still answers", async () => {
    const i = fakeMessageCommandInteraction({ content: `Decision made. ${"blah ".repeat(2_000)}` });
    await handlersFor(createLocalBackend(core)).onMessageCommand(i);
    expect(i.reply).toHaveBeenCalledTimes(1);
    expect(firstArg(i.reply).flags).toBe(EPHEMERAL);
  });

  it("defers ephemerally when the backend is slow, then edits the placeholder", async () => {
    const local = createLocalBackend(core);
    const slow: DiscordBackend = {
      answer: (r) => new Promise((resolve) => setTimeout(() => resolve(local.answer(r)), 60)),
      locale: local.locale,
    };
    const handlers = createInteractionHandlers({
      backend: slow,
      translator: core.translator,
      suggester: createSuggester(core.translator),
      logger: silentLogger,
      defaultLocale: "en",
      ackAfterMs: 10,
    });
    const i = fakeMessageCommandInteraction({ content: "what does decision made mean" });
    await handlers.onMessageCommand(i);
    expect(i.deferReply).toHaveBeenCalledWith({ flags: EPHEMERAL });
    expect(i.editReply).toHaveBeenCalledTimes(1);
  });

  it("tells the user about a failure instead of staying silent", async () => {
    const broken: DiscordBackend = { answer: () => Promise.reject(new Error("ipc down")), locale: async () => "en" };
    const i = fakeMessageCommandInteraction({ content: "decision made" });
    await handlersFor(broken).onMessageCommand(i);
    expect(firstArg(i.reply).content).toBe(core.translator.forLocale("en")("errors:generic"));
  });
});
