import { describe, expect, it } from "vitest";
import { decodeAction } from "../../src/core/actions.js";
import type { BotCore } from "../../src/core/bot-core.js";
import type { Understander, Understanding } from "../../src/core/nlu/understanding.js";
import type { BotRequest } from "../../src/core/request.js";
import { createMemoryUserStore } from "../../src/core/store/memory-user-store.js";
import type { UserStore } from "../../src/core/store/user-store.js";
import { createCoreFromDisk } from "../../src/infra/create-core-from-disk.js";
import { BLANK_UNDERSTANDING } from "../helpers/understanding.js";

/**
 * Several instances behind a load balancer share the store (PostgreSQL) but not the conversation
 * state, which each core keeps in memory (conversation-state.ts). These cases show that losing it,
 * because the next message of a user lands on another instance, is harmless: buttons carry what they
 * need, a lost follow-up context makes the bot ask back instead of guessing, and a deletion is never
 * confirmed by an instance that did not ask for it. Two cores over one store stand for two instances.
 */
const SCRIPT: Record<string, Partial<Understanding>> = {
  "how long?": { intent: "timeline" },
  "where do I track my study permit?": { intent: "trackable", application: "study-permit" },
  "and a work permit?": { application: "work-permit", followUp: true },
  "switch to french": { intent: "language", targetLocale: "fr" },
};
const understander: Understander = {
  understand: (text, hint) => ({ ...BLANK_UNDERSTANDING, lang: hint ?? "en", ...(SCRIPT[text] ?? {}) }),
};
const user = { platform: "telegram", userId: "tg:7", chatId: "tg:7", isPrivate: true, localeHints: ["en"] } as const;
const text = (t: string): BotRequest => ({ ...user, kind: "text", text: t });
const action = (data: string): BotRequest => ({ ...user, kind: "action", data });

async function twoInstances(): Promise<{ a: BotCore; b: BotCore; store: UserStore }> {
  const store = createMemoryUserStore();
  const a = await createCoreFromDisk({ understander, store });
  const b = await createCoreFromDisk({ understander, store });
  return { a, b, store };
}

describe("conversation state lost between instances", () => {
  it("a clarification button answered by another instance gives the same answer", async () => {
    const { a, b } = await twoInstances();
    const asked = await a.handle(text("how long?"));
    const choice = asked.choices.find((c) => decodeAction(c.data)?.type === "clarify");
    expect(choice).toBeDefined();
    const onB = await b.handle(action(choice!.data));
    const onA = await a.handle(action(choice!.data));
    expect(onB.answer).toEqual(onA.answer);
    expect(onB.text).toBe(onA.text);
  });

  it("a follow-up landing on another instance is asked back, not answered wrongly", async () => {
    const { a, b } = await twoInstances();
    await a.handle(text("where do I track my study permit?"));
    const sameInstance = await a.handle(text("and a work permit?"));
    expect(sameInstance.answer).toMatchObject({ intent: "trackable", application: "work-permit" });
    const other = await b.handle(text("and a work permit?"));
    // Without the context the bot guesses nothing: no answer about any tracker, and choices of what it can answer.
    expect(other.answer.intent).not.toBe("trackable");
    expect(other.answer.systems).toEqual([]);
    expect(other.choices.length).toBeGreaterThan(0);
  });

  it("a deletion confirmed on an instance that did not ask deletes nothing and says the button is stale", async () => {
    const { a, b, store } = await twoInstances();
    await a.handle(text("switch to french"));
    const asked = await a.handle({ ...user, kind: "command", command: "forget", args: "" });
    const yes = asked.choices.find((c) => {
      const decoded = decodeAction(c.data);
      return decoded?.type === "forget" && decoded.confirm;
    });
    const stale = await b.handle(action(yes!.data));
    expect(stale.text).toBe(b.translator.forLocale(stale.lang)("errors:staleButton"));
    expect((await store.exportUser(user.userId)).profile).toEqual({ language: "fr" });
    // Asking again on the instance that now serves the user works.
    const again = await b.handle({ ...user, kind: "command", command: "forget", args: "" });
    const confirm = again.choices.find((c) => c.data === yes!.data);
    await b.handle(action(confirm!.data));
    expect((await store.exportUser(user.userId)).profile).toBeNull();
  });
});
