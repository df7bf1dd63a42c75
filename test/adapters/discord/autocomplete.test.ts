import { describe, expect, it } from "vitest";
import { createSuggester, listTimeZones, MAX_SUGGESTIONS, normalizeForMatch } from "../../../src/adapters/discord/autocomplete.js";
import { APPLICATION_IDS, STATUS_IDS } from "../../../src/core/taxonomy.js";
import { fixtureTranslator } from "../../helpers/discord.js";

const suggester = createSuggester(fixtureTranslator());

describe("autocomplete suggestions", () => {
  it("offers at most 25 results when nothing is typed", () => {
    expect(APPLICATION_IDS.length).toBeGreaterThan(MAX_SUGGESTIONS);
    expect(suggester.suggest("application", "", "en")).toHaveLength(MAX_SUGGESTIONS);
    expect(suggester.suggest("status", "", "en")).toHaveLength(Math.min(STATUS_IDS.length, MAX_SUGGESTIONS));
  });

  it("matches the localized name, the English name and the id", () => {
    expect(suggester.suggest("application", "études", "fr")[0]).toEqual({ name: "Permis d'études", value: "study-permit" });
    expect(suggester.suggest("application", "study", "fr")[0]?.value).toBe("study-permit");
    expect(suggester.suggest("application", "study-permit", "fr")[0]?.value).toBe("study-permit");
    expect(suggester.suggest("application", "ਸਟੱਡੀ", "pa")).toEqual([{ name: "ਸਟੱਡੀ ਪਰਮਿਟ", value: "study-permit" }]);
  });

  it("falls back to the English name, then the id, when a name is not translated", () => {
    expect(suggester.suggest("application", "visitor", "fr")[0]).toEqual({ name: "Visitor visa", value: "visitor-visa" });
    expect(suggester.suggest("application", "prtd", "fr")[0]).toEqual({ name: "prtd", value: "prtd" });
  });

  it("ranks prefix matches before matches inside a word", () => {
    const values = suggester.suggest("application", "permit", "en").map((s) => s.value);
    expect(values.slice(0, 2).sort()).toEqual(["study-permit", "work-permit"]);
  });

  it("suggests roles and statuses by name", () => {
    expect(suggester.suggest("role", "spons", "en")[0]?.value).toBe("sponsor");
    expect(suggester.suggest("status", "decision", "en")[0]?.value).toBe("cas-decision-made");
  });

  it("finds time zones by city, Canadian zones first when empty", () => {
    expect(suggester.suggest("timezone", "", "en")[0]?.value).toBe("America/Toronto");
    expect(suggester.suggest("timezone", "new york", "en")[0]?.value).toBe("America/New_York");
    expect(listTimeZones()).toContain("UTC");
  });

  it("returns nothing for text that matches nothing", () => {
    expect(suggester.suggest("application", "zzzzzz", "en")).toEqual([]);
  });

  it("resolves typed exact names to ids, and nothing for ambiguous or unknown text", () => {
    expect(suggester.resolve("application", "Permis d’études", "fr")).toBe("study-permit");
    expect(suggester.resolve("application", "WORK PERMIT", "en")).toBe("work-permit");
    expect(suggester.resolve("application", "permit", "en")).toBeUndefined();
  });
});

describe("normalizeForMatch", () => {
  it("folds case, accents and separators", () => {
    expect(normalizeForMatch("Permis d'Études_Québec")).toBe("permis d etudes quebec");
  });
});
