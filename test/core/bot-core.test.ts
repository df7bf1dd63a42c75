import { describe, expect, it } from "vitest";
import { decodeAction } from "../../src/core/actions.js";
import type { BotCore } from "../../src/core/bot-core.js";
import type { Understander, Understanding } from "../../src/core/nlu/understanding.js";
import type { BotRequest } from "../../src/core/request.js";
import { createMemoryUserStore } from "../../src/core/store/memory-user-store.js";
import type { UserStore } from "../../src/core/store/user-store.js";
import { createCoreFromDisk } from "../../src/infra/create-core-from-disk.js";
import { BLANK_UNDERSTANDING } from "../helpers/understanding.js";

const blank = BLANK_UNDERSTANDING;

/** A scripted NLU: the dialogue is tested on its own, whatever the real understander reads. */
function scripted(script: Record<string, Partial<Understanding>>): Understander {
  return { understand: (text, hint) => ({ ...blank, lang: hint ?? "en", ...(script[text] ?? {}) }) };
}

const user = (overrides: Partial<BotRequest> = {}) =>
  ({ platform: "console", userId: "u1", chatId: "u1", isPrivate: true, localeHints: [], ...overrides }) as const;

async function coreWith(script: Record<string, Partial<Understanding>> = {}): Promise<BotCore> {
  return createCoreFromDisk({ understander: scripted(script), store: createMemoryUserStore() });
}

describe("bot core dialogue", () => {
  it("asks back with choices instead of guessing a missing application", async () => {
    const core = await coreWith({ "how long?": { intent: "timeline" } });
    const reply = await core.handle({ ...user(), kind: "text", text: "how long?" });
    expect(reply.answer).toMatchObject({ intent: "timeline", application: null, needs: ["application"] });
    expect(reply.choices.length).toBeGreaterThan(3);
    const action = decodeAction(reply.choices[0]!.data);
    expect(action).toMatchObject({ type: "clarify", intent: "timeline", slot: "application" });
  });

  it("completes the question when a choice is pressed", async () => {
    const core = await coreWith({ "how long?": { intent: "timeline" } });
    const asked = await core.handle({ ...user(), kind: "text", text: "how long?" });
    const answered = await core.handle({ ...user(), kind: "action", data: asked.choices[1]!.data });
    expect(answered.answer.intent).toBe("timeline");
    expect(answered.answer.application).toBe(
      decodeAction(asked.choices[1]!.data)?.type === "clarify" ? (decodeAction(asked.choices[1]!.data) as { value: string }).value : null,
    );
  });

  it("continues the previous question on a follow-up that only adds a slot", async () => {
    const core = await coreWith({
      "where do I track my study permit?": { intent: "trackable", application: "study-permit" },
      "and a work permit?": { application: "work-permit", followUp: true },
    });
    await core.handle({ ...user(), kind: "text", text: "where do I track my study permit?" });
    const reply = await core.handle({ ...user(), kind: "text", text: "and a work permit?" });
    expect(reply.answer).toMatchObject({ intent: "trackable", application: "work-permit" });
  });

  it("does not carry one user's conversation over to another user", async () => {
    const core = await coreWith({
      "where do I track my study permit?": { intent: "trackable", application: "study-permit" },
      "and a work permit?": { application: "work-permit", followUp: true },
    });
    await core.handle({ ...user(), kind: "text", text: "where do I track my study permit?" });
    const reply = await core.handle({ ...user({ userId: "u2", chatId: "u2" }), kind: "text", text: "and a work permit?" });
    expect(reply.answer.intent).not.toBe("trackable");
  });

  it("warns about identifiers without echoing them", async () => {
    const core = await coreWith({ "my UCI is 1234-5678": { intent: "help", identifiers: ["uci"] } });
    const reply = await core.handle({ ...user(), kind: "text", text: "my UCI is 1234-5678" });
    expect(reply.text).toContain("UCI");
    expect(reply.text).not.toContain("1234-5678");
  });

  it("answers in the language of the message, then the stored choice wins", async () => {
    const core = await coreWith({
      bonjour: { intent: "help", lang: "fr", langDetected: true },
      "switch to french": { intent: "language", targetLocale: "fr" },
    });
    const fr = await core.handle({ ...user(), kind: "text", text: "bonjour" });
    expect(fr.lang).toBe("fr");
    await core.handle({ ...user(), kind: "text", text: "switch to french" });
    const later = await core.handle({ ...user(), kind: "command", command: "start", args: "" });
    expect(later.lang).toBe("fr");
    expect(later.text).toContain("Bonjour");
  });

  it("uses the platform hint when the message language is not detected", async () => {
    const core = await coreWith();
    const reply = await core.handle({ ...user({ localeHints: ["fr-CA"] }), kind: "command", command: "start", args: "" });
    expect(reply.lang).toBe("fr");
  });

  it("refuses forged button data politely and changes nothing", async () => {
    const core = await coreWith();
    for (const data of ["1|f|y", "1|c|access|a|nope", "💣", "2|i|help"]) {
      const reply = await core.handle({ ...user(), kind: "action", data });
      expect(reply.text.length).toBeGreaterThan(10);
    }
    const forgeConfirm = await core.handle({ ...user(), kind: "action", data: "1|f|y" });
    expect(forgeConfirm.answer.intent).not.toBe("forget");
  });

  it("deletes stored data only after the confirmation button", async () => {
    const store = createMemoryUserStore();
    const core = await createCoreFromDisk({
      understander: scripted({ "switch to french": { intent: "language", targetLocale: "fr" } }),
      store,
    });
    await core.handle({ ...user(), kind: "text", text: "switch to french" });
    const asked = await core.handle({ ...user(), kind: "command", command: "forget", args: "" });
    expect((await store.exportUser("u1")).profile).not.toBeNull();
    const yes = asked.choices.find(
      (c) => decodeAction(c.data)?.type === "forget" && (decodeAction(c.data) as { confirm: boolean }).confirm,
    );
    await core.handle({ ...user(), kind: "action", data: yes!.data });
    expect((await store.exportUser("u1")).profile).toBeNull();
  });

  it("keeps personal commands out of group chats", async () => {
    const core = await coreWith();
    const reply = await core.handle({ ...user({ isPrivate: false, chatId: "g1" }), kind: "command", command: "mydata", args: "" });
    expect(reply.text).toMatch(/private/i);
  });

  it("answers an unknown command with a localized hint", async () => {
    const core = await coreWith();
    const reply = await core.handle({ ...user(), kind: "command", command: "nope" as never, args: "" });
    expect(reply.text).toContain("/help");
  });

  it.each([
    ["empty", ""],
    ["whitespace", "   \n\t  "],
    ["100 KB", "a".repeat(100_000)],
    ["binary and control characters", "\u0000\u0001\u0002\u001b[31m\uFFFD\uD800"],
    ["emoji only", "🙂🙂🇨🇦"],
    ["mixed scripts", "مرحبا hello नमस्ते 你好 Привіт"],
  ])("replies to %s input without throwing", async (_name, text) => {
    const core = await createCoreFromDisk({ store: createMemoryUserStore() });
    const reply = await core.handle({ ...user(), kind: "text", text });
    expect(reply.text.trim().length).toBeGreaterThan(0);
    expect(core.ask(text).text.trim().length).toBeGreaterThan(0);
  });

  it("still replies when the store fails", async () => {
    const store = createMemoryUserStore();
    const broken = {
      ...store,
      getProfile: async () => Promise.reject(new Error("disk gone")),
      setLanguage: async () => Promise.reject(new Error("disk gone")),
    };
    const core = await createCoreFromDisk({
      understander: scripted({ "switch to french": { intent: "language", targetLocale: "fr" } }),
      store: broken,
    });
    const reply = await core.handle({ ...user(), kind: "text", text: "switch to french" });
    expect(reply.text.length).toBeGreaterThan(0);
  });

  it.each([
    ["synchronously", (store: UserStore): UserStore => store],
    ["through a promise", (store: UserStore): UserStore => ({ ...store, getProfile: async (id) => store.getProfile(id) })],
    [
      "by throwing",
      (store: UserStore): UserStore => ({
        ...store,
        getProfile: () => {
          throw new Error("store: used after close()");
        },
      }),
    ],
  ])("uses the stored language whether the store answers %s (or falls back to the hints)", async (how, wrap) => {
    const store = createMemoryUserStore();
    await store.setLanguage("u1", "fr");
    const core = await createCoreFromDisk({ store: wrap(store) });
    const reply = await core.handle({ ...user(), kind: "command", command: "help", args: "" });
    expect(reply.lang).toBe(how === "by throwing" ? "en" : "fr");
  });

  it("lets only a group admin switch the group's language, which then wins in that group", async () => {
    const core = await coreWith();
    const group = { isPrivate: false, chatId: "g1" } as const;
    const refused = await core.handle({ ...user(group), kind: "action", data: "1|l|fr", canManageChat: false });
    expect(refused.text).toMatch(/admin/i);
    await core.handle({ ...user({ ...group, userId: "admin" }), kind: "action", data: "1|l|fr", canManageChat: true });
    const inGroup = await core.handle({ ...user(group), kind: "command", command: "help", args: "" });
    expect(inGroup.lang).toBe("fr");
    const inPrivate = await core.handle({ ...user(), kind: "command", command: "help", args: "" });
    expect(inPrivate.lang).toBe("en");
  });

  it("offers the Quebec stages first when a Quebec question lacks the application", async () => {
    const core = await coreWith({ "quebec file in CAS?": { intent: "trackable", quebec: true } });
    const reply = await core.handle({ ...user(), kind: "text", text: "quebec file in CAS?" });
    expect(reply.answer.needs).toEqual(["application"]);
    expect(reply.choices.slice(0, 2).map((c) => (decodeAction(c.data) as { value: string }).value)).toEqual([
      "quebec-selection",
      "pr-quebec-federal",
    ]);
  });

  it("tells a user once, at their next message, that their reminders were paused", async () => {
    const store = createMemoryUserStore();
    await store.setLanguage("u1", "en");
    await store.setBlockedNotice("u1", true);
    const core = await createCoreFromDisk({ understander: scripted({}), store });
    const notice = core.translator.forLocale("en")("reminders:blockedNotice");
    const first = await core.handle({ ...user(), kind: "command", command: "help", args: "" });
    expect(first.text.startsWith(notice)).toBe(true);
    const second = await core.handle({ ...user(), kind: "command", command: "help", args: "" });
    expect(second.text).not.toContain(notice);
  });

  it("treats a follow-up with no earlier question as a fresh question", async () => {
    const core = await coreWith({ "and for my husband, how long?": { intent: "timeline", role: "family-member", followUp: true } });
    const reply = await core.handle({ ...user(), kind: "text", text: "and for my husband, how long?" });
    expect(reply.answer).toMatchObject({ intent: "timeline", needs: ["application"] });
    expect(core.ask("and for my husband, how long?").answer.intent).toBe("timeline");
  });
});

describe("commands and small talk (issue 10)", () => {
  it("/help and /commands list every command of the table, one localized line each", async () => {
    const core = await createCoreFromDisk({ store: createMemoryUserStore() });
    for (const command of ["help", "commands"] as const) {
      const reply = await core.handle({ ...user({ localeHints: ["fr"] }), kind: "command", command: command as never, args: "" });
      const t = core.translator.forLocale("fr");
      for (const c of core.commands) expect(reply.text).toContain(`/${c.id} — ${t(c.descriptionKey)}`);
      expect(reply.text).not.toContain(t("common:help.intro"));
    }
  });

  it("/language with a code switches directly", async () => {
    const core = await createCoreFromDisk({ store: createMemoryUserStore() });
    const reply = await core.handle({ ...user(), kind: "command", command: "language", args: "uk" });
    expect(reply.lang).toBe("uk");
    expect(reply.answer.needs).toEqual([]);
  });

  it("answers thanks, hello, ok and bye with one short line, not the welcome", async () => {
    const core = await createCoreFromDisk({ store: createMemoryUserStore() });
    const cases: [string, string, string][] = [
      ["thanks!", "en", "thanks"],
      ["merci beaucoup", "fr", "thanks"],
      ["谢谢", "zh", "thanks"],
      ["شكرا", "ar", "thanks"],
      ["hello", "en", "hello"],
      ["ok", "en", "ok"],
      ["дякую", "uk", "thanks"],
      ["bye", "en", "bye"],
    ];
    for (const [text, lang, kind] of cases) {
      const reply = await core.handle({ ...user({ userId: `st-${text}`, localeHints: [lang] }), kind: "text", text });
      expect(reply.text, text).toBe(core.translator.forLocale(reply.lang)(`common:smallTalk.${kind}`));
    }
  });
});

describe("follow-ups keep the previous answer's context (issue 10)", () => {
  it("'how long?', 'who can see it?', 'and for my parents?' reuse the application", async () => {
    const core = await createCoreFromDisk({ store: createMemoryUserStore() });
    const say = (text: string) => core.handle({ ...user({ userId: "fu" }), kind: "text", text });
    expect((await say("Where do I track my spousal sponsorship?")).answer.application).toBe("sponsorship-spouse");
    expect((await say("how long?")).answer).toMatchObject({ intent: "timeline", application: "sponsorship-spouse", needs: [] });
    expect((await say("and who can see it?")).answer).toMatchObject({ intent: "access", application: "sponsorship-spouse", needs: [] });
    expect((await say("and for my parents?")).answer).toMatchObject({ application: "sponsorship-parents", needs: [] });
  });
});
