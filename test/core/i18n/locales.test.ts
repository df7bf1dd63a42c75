import { describe, expect, it } from "vitest";
import { resolveLocale, toLocale } from "../../../src/core/i18n/locales.js";
import { isolateLtrRuns } from "../../../src/core/i18n/translator.js";

describe("toLocale", () => {
  it.each([
    ["fr-CA", "fr"],
    ["PT_br", "pt"],
    ["zh-CN", "zh"],
    ["zh-hans", "zh"],
    ["fil", "tl"],
    ["es-419", "es"],
    ["en-GB", "en"],
    ["uk", "uk"],
    ["pa-Guru-IN", "pa"],
  ])("maps %s to %s", (hint, locale) => {
    expect(toLocale(hint)).toBe(locale);
  });

  it.each(["zh-TW", "de", "../x", "", "x".repeat(50), null, 7, "en us"])("refuses %j", (hint) => {
    expect(toLocale(hint)).toBeUndefined();
  });
});

describe("resolveLocale", () => {
  it("takes the first usable hint in order, else the fallback", () => {
    expect(resolveLocale([undefined, "de", "fr-FR", "es"])).toBe("fr");
    expect(resolveLocale(["de"], "uk")).toBe("uk");
  });
});

describe("isolateLtrRuns", () => {
  it("wraps form numbers and URLs in first-strong isolates", () => {
    const text = isolateLtrRuns("نموذج IMM 5476 على https://canada.ca/x");
    expect(text).toBe("نموذج \u2068IMM 5476\u2069 على \u2068https://canada.ca/x\u2069");
  });
  it("is idempotent", () => {
    const once = isolateLtrRuns("فرم IMM 5475");
    expect(isolateLtrRuns(once)).toBe(once);
  });
});
