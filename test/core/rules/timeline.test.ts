import { describe, expect, it } from "vitest";
import { timeline } from "../../../src/core/rules/timeline.js";
import { APPLICATION_IDS, type ApplicationId } from "../../../src/core/taxonomy.js";
import { realKnowledge } from "../knowledge/real-knowledge.js";

const kb = realKnowledge();
const query = (application: ApplicationId | null, extra: object = {}) => ({
  application,
  country: null,
  quebec: null,
  insideCanada: null,
  ...extra,
});
const answerFor = (application: ApplicationId, extra: object = {}) => {
  const result = timeline(kb, query(application, extra));
  if (!result.ok) throw new Error(`no answer for ${application}`);
  return result.value;
};

describe("timeline", () => {
  it("asks for the application when it is missing", () => {
    expect(timeline(kb, query(null))).toEqual({ ok: false, needs: "application" });
  });

  it.each([...APPLICATION_IDS])("%s: every line has a kind and an as-of date, and every answer has sources", (application) => {
    const answer = answerFor(application);
    for (const line of answer.lines) {
      expect(["historical", "forward-looking", "service-standard"]).toContain(line.kind);
      expect(line.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(answer.sources.length).toBeGreaterThan(0);
    const published = kb.timelinesByApplication.get(application)?.length ?? 0;
    expect(answer.lines.filter((l) => l.kind !== "service-standard").length).toBe(published);
  });

  it("reads per-country lines for the country given, and asks for it otherwise", () => {
    const india = answerFor("visitor-visa", { country: "in" });
    const main = india.lines.find((l) => l.variant === null);
    expect(main).toMatchObject({ country: "IN", perCountry: true, kind: "historical", asOf: "2026-06-24" });
    expect(main?.value).toEqual(kb.files.timelines.entries.find((e) => e.key === "visitor-outside-canada")?.byCountry?.IN);
    expect(india.countryNeeded).toBe(false);
    const none = answerFor("visitor-visa");
    expect(none.countryNeeded).toBe(true);
    expect(none.lines.every((l) => l.value === null)).toBe(true);
    expect(answerFor("visitor-visa", { country: "ZZ" }).lines[0]?.value).toBeNull();
  });

  it("keeps Quebec and inside/outside Canada lines apart when the question says which", () => {
    expect(
      answerFor("sponsorship-parents", { quebec: true })
        .lines.filter((l) => l.kind !== "service-standard")
        .map((l) => l.quebec),
    ).toEqual([true]);
    expect(answerFor("sponsorship-parents", { quebec: false }).lines.map((l) => l.quebec)).toEqual([false]);
    const spouse = answerFor("sponsorship-spouse", { quebec: false, insideCanada: false }).lines;
    expect(spouse[0]).toMatchObject({ kind: "forward-looking", quebec: false, insideCanada: false, asOf: "2026-05-20" });
    expect(spouse.map((l) => l.kind)).toContain("service-standard");
    expect(answerFor("sponsorship-spouse").lines.filter((l) => l.kind === "forward-looking")).toHaveLength(4);
  });

  it("adds the fact-sheet durations that apply", () => {
    expect(answerFor("citizenship-grant-adult").durations.map((d) => d.id)).toContain("ceremonyAfterApproval");
    expect(answerFor("refugee-claim").durations.map((d) => d.id)).toEqual(expect.arrayContaining(["bocPortOfEntry", "bocInland"]));
    expect(answerFor("refugee-claim").durations.find((d) => d.id === "bocPortOfEntry")?.max).toBe(15);
  });
});
