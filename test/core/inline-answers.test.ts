import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.js";
import { inlineAnswers } from "../../src/core/inline-answers.js";
import type { UserStore } from "../../src/core/store/user-store.js";
import { createCoreFromDisk } from "../../src/infra/create-core-from-disk.js";

/** Any access to the store fails the test: inline answers must never read or write what is stored about anyone. */
const untouchable = new Proxy({} as UserStore, {
  get(_target, property) {
    if (property === "then") return undefined;
    throw new Error(`inline answers touched the store: ${String(property)}`);
  },
});

let core: BotCore;
beforeAll(async () => {
  core = await createCoreFromDisk({ store: untouchable });
});

describe("inline answers", () => {
  it("answers in the asker's client language, with a deep link to the full answer", () => {
    const en = inlineAnswers(core, 'What does "Decision made" mean in CAS?', "en");
    expect(en.lang).toBe("en");
    expect(en.intent).toBe("status-meaning");
    expect(en.answers[0]?.link).toEqual({ kind: "status", status: "cas-decision-made" });
    const fr = inlineAnswers(core, 'What does "Decision made" mean in CAS?', "fr");
    expect(fr.lang).toBe("fr");
    expect(fr.answers[0]?.text).not.toBe(en.answers[0]?.text);
    expect(fr.answers[0]?.link).toEqual(en.answers[0]?.link);
  });

  it("detects the language from the text when the client's is not one the bot speaks", () => {
    expect(inlineAnswers(core, "Que veut dire « Décision rendue » dans le SDC ?", undefined).lang).toBe("fr");
    expect(inlineAnswers(core, "Que veut dire « Décision rendue » dans le SDC ?", "de").lang).toBe("fr");
  });

  it("keeps the posted answer short but with its sources and check date", () => {
    const [answer] = inlineAnswers(core, 'What does "Decision made" mean in CAS?', "en").answers;
    const full = core.ask('What does "Decision made" mean in CAS?', { lang: "en" });
    expect(answer!.text.length).toBeLessThan(full.text.length);
    expect(answer!.text).toContain(full.text.split("\n\n").at(-1)!);
    expect(answer!.title.length).toBeLessThanOrEqual(64);
    expect(answer!.description.length).toBeLessThanOrEqual(120);
  });

  it("offers the likely readings, each answered, when the question lacks an application", () => {
    const result = inlineAnswers(core, "How long does it take?", "en");
    expect(result.intent).toBe("timeline");
    expect(result.answers.length).toBeGreaterThan(1);
    expect(result.answers.length).toBeLessThanOrEqual(8);
    for (const answer of result.answers) expect(answer.link?.kind).toBe("time");
    expect(new Set(result.answers.map((a) => a.text)).size).toBe(result.answers.length);
    // Asked again (the readings are kept per language) and in another language: the same links, each in its language.
    expect(inlineAnswers(core, "How long does it take?", "en").answers).toEqual(result.answers);
    const fr = inlineAnswers(core, "Combien de temps ça prend ?", "fr");
    expect(fr.answers.map((a) => a.link)).toEqual(result.answers.map((a) => a.link));
    expect(fr.answers[0]?.text).not.toBe(result.answers[0]?.text);
  });

  it("offers the welcome for an empty query and for personal or chat-only requests", () => {
    const empty = inlineAnswers(core, "   ", "uk");
    expect(empty.lang).toBe("uk");
    expect(empty.answers).toHaveLength(1);
    expect(empty.answers[0]?.title).toBe(core.translator.forLocale("uk")("common:inline.welcomeTitle"));
    expect(empty.answers[0]?.link).toBeUndefined();
    const remind = inlineAnswers(core, "remind me every Monday at 9", "en");
    expect(remind.answers.map((a) => a.title)).toEqual([core.translator.forLocale("en")("common:inline.welcomeTitle")]);
  });
});
