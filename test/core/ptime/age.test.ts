import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../../src/core/answers/compose.js";
import type { Question } from "../../../src/core/answers/question.js";
import { SUPPORTED_LOCALES } from "../../../src/core/i18n/locales.js";
import { daysSinceIso, describeAge, formatIsoDate, isStale, PROCESSING_TIMES_URL, STALE_AFTER_DAYS } from "../../../src/core/ptime/age.js";
import { realKnowledge, realTranslator } from "../knowledge/real-knowledge.js";

const translator = realTranslator();
const kb = realKnowledge();
const english = translator.forLocale("en");
const at = (iso: string) => new Date(`${iso}T15:00:00Z`);
/** Right-to-left replies wrap left-to-right runs (digits, Latin words) in Unicode isolates; compare without them. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, "");

describe("age arithmetic", () => {
  it("counts whole days from IRCC's as-of date to the injected clock", () => {
    expect(daysSinceIso("2026-06-24", at("2026-06-24"))).toBe(0);
    expect(daysSinceIso("2026-06-24", at("2026-06-25"))).toBe(1);
    expect(daysSinceIso("2026-06-24", at("2026-12-06"))).toBe(165);
  });

  it(`calls a figure stale past ${STALE_AFTER_DAYS} days, and a figure with no date stale too`, () => {
    expect(isStale("2026-06-24", at("2026-07-24"))).toBe(false);
    expect(isStale("2026-06-24", at("2026-07-25"))).toBe(true);
    expect(isStale(null, at("2026-06-24"))).toBe(true);
  });

  it("writes the issue's example in English", () => {
    expect(describeAge("2026-06-24", at("2026-12-06"), "en", english)).toBe("as of 24 June 2026, 165 days ago");
  });
});

describe.each(SUPPORTED_LOCALES)("age wording in %s", (lang) => {
  const t = translator.forLocale(lang);
  const date = formatIsoDate("2026-06-24", lang);

  it("formats IRCC's date in the language (Gregorian calendar)", () => {
    expect(date).toMatch(/2026|۲۰۲۶/);
    expect(date).not.toBe("2026-06-24");
    if (lang !== "en") expect(date).not.toBe("24 June 2026");
  });

  it("fresh: says the date and that it was published today or a day ago", () => {
    const today = plain(describeAge("2026-06-24", at("2026-06-24"), lang, t));
    const yesterday = plain(describeAge("2026-06-24", at("2026-06-25"), lang, t));
    expect(today).toContain(date);
    expect(yesterday).toContain(date);
    expect(yesterday).toMatch(/1/);
    expect(today).not.toBe(yesterday);
    if (lang !== "en") expect(yesterday).not.toBe(describeAge("2026-06-24", at("2026-06-25"), "en", english));
  });

  it("30+ days: says how many days old the figure is", () => {
    // 101 is a count whose plural category is "one" or "other" in every supported language
    // (Arabic and Ukrainian few/many forms come with the CLDR plural work of another change).
    const old = plain(describeAge("2026-06-24", at("2026-10-03"), lang, t));
    expect(daysSinceIso("2026-06-24", at("2026-10-03"))).toBe(101);
    expect(old).toContain(date);
    expect(old).toContain("101");
    if (lang !== "en") expect(old).not.toBe(describeAge("2026-06-24", at("2026-10-03"), "en", english));
  });

  it("no date: says IRCC gives none, in the language", () => {
    const none = describeAge(null, at("2026-06-24"), lang, t);
    expect(none.length).toBeGreaterThan(5);
    expect(none).not.toContain("ptime:");
    if (lang !== "en") expect(none).not.toBe(english("ptime:age.noDate"));
  });

  it("a timeline answer says plainly when its figures are stale and links IRCC's live tool", () => {
    const question: Question = {
      intent: "timeline",
      application: "pr-card-new",
      role: null,
      status: null,
      country: null,
      quebec: null,
      insideCanada: null,
    };
    const fresh = composeAnswer(kb, question, t, { now: at("2026-06-30"), lang });
    const stale = composeAnswer(kb, question, t, { now: at("2026-12-06"), lang });
    if (fresh.kind !== "answer" || stale.kind !== "answer") throw new Error("expected answers");
    const staleSentence = t("ptime:stale", { days: STALE_AFTER_DAYS, url: PROCESSING_TIMES_URL });
    expect(fresh.text).not.toContain(staleSentence);
    expect(fresh.text).toContain(describeAge("2026-06-24", at("2026-06-30"), lang, t));
    expect(stale.text).toContain(staleSentence);
    expect(stale.text).toContain(PROCESSING_TIMES_URL);
    expect(stale.text).toContain(describeAge("2026-06-24", at("2026-12-06"), lang, t));
  });
});
