import { describe, expect, it } from "vitest";
import { createFuzzyIndex, MAX_CORRECTED_WORD } from "../../../src/core/nlu/fuzzy-index.js";
import { LATIN_OR_CYRILLIC_WORD } from "../../../src/core/nlu/normalize.js";
import { compileNluLexicon, createUnderstander, UNDERSTAND_LIMITS } from "../../../src/core/nlu/understand.js";
import { createCoreFromDisk, loadDefaultLexicon } from "../../../src/infra/create-core-from-disk.js";

const lexicon = loadDefaultLexicon();

/** Issue 11: the work per message is capped, whatever the message. */
describe("fuzzy index limits", () => {
  it("corrects a typo but leaves a word longer than the cap alone, without building its deletions", () => {
    const index = createFuzzyIndex(["sponsorship", "permit"], new Set());
    expect(index.correct("sponsorsihp")).toBe("sponsorship");
    const long = "sponsorship".repeat(200);
    expect(index.correct(long)).toBeUndefined();
    expect(index.correct(`${"a".repeat(MAX_CORRECTED_WORD - 2)}xx`)).toBeUndefined();
  });

  it("no lexicon word is longer than the correction cap, so the cap loses no correction", () => {
    const compiled = compileNluLexicon(lexicon);
    const correctable = [...compiled.vocabulary].filter((w) => LATIN_OR_CYRILLIC_WORD.test(w));
    expect(correctable.length).toBeGreaterThan(100);
    expect(Math.max(...correctable.map((w) => w.length))).toBeLessThanOrEqual(MAX_CORRECTED_WORD);
  });
});

describe("understander time budget", () => {
  it("stops and flags overBudget when its clock runs past the budget", () => {
    let t = 0;
    // Each clock read advances 60 ms: the budget of 50 ms is gone by the check after the scan.
    const understander = createUnderstander(lexicon, { now: () => (t += 60), budgetMs: 50 });
    const u = understander.understand("how long does a work permit take?");
    expect(u.overBudget).toBe(true);
    expect(u.intent).toBeNull();
  });

  it("understands normally within the budget", () => {
    const u = createUnderstander(lexicon, { now: () => 0 }).understand("how long does a work permit take?");
    expect(u.overBudget).toBeUndefined();
    expect(u).toMatchObject({ intent: "timeline", application: "work-permit" });
  });

  it("reads at most maxChars characters, without splitting an emoji", () => {
    const understander = createUnderstander(lexicon);
    const text = `${"🙂".repeat(UNDERSTAND_LIMITS.maxChars)} work permit`;
    expect(understander.understand(text).application).toBeNull();
  });

  it("keeps matches to maxHits on a flood of repeated phrases", () => {
    const u = createUnderstander(lexicon).understand("配偶担保".repeat(500));
    expect(u.application).toBe("sponsorship-spouse");
  });
});

describe("core reply when understanding runs out of time", () => {
  it("answers errors:tooComplex in the user's language, on the chat path and in ask", async () => {
    let t = 0;
    const slow = createUnderstander(lexicon, { now: () => (t += 1_000) });
    const core = await createCoreFromDisk({ understander: slow });
    const fr = core.translator.forLocale("fr")("errors:tooComplex");
    expect(core.ask("combien de temps pour un permis de travail", { lang: "fr" }).text).toBe(fr);
    const reply = await core.handle({
      platform: "telegram",
      userId: "tg:1",
      chatId: "tg:1",
      isPrivate: true,
      localeHints: ["fr"],
      kind: "text",
      text: "combien de temps pour un permis de travail",
    });
    expect(reply.text).toBe(fr);
    expect(reply.lang).toBe("fr");
  });
});
