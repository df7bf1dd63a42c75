import { describe, expect, it } from "vitest";
import { countryName } from "../../../src/core/i18n/country-names.js";
import { SUPPORTED_LOCALES } from "../../../src/core/i18n/locales.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";

const SAMPLE = ["BR", "IN", "EG", "PH", "CN", "UA", "IR", "PK", "NG", "MX", "MA", "VN"];
const NON_LATIN = new Set(["zh", "hi", "pa", "ur", "ar", "fa", "uk"]);

describe("country names from Node's ICU data", () => {
  it("Node has full ICU data for every reply language (names differ from English)", () => {
    const english = SAMPLE.map((code) => countryName(code, "en"));
    expect(english.slice(0, 3)).toEqual(["Brazil", "India", "Egypt"]);
    for (const lng of SUPPORTED_LOCALES.filter((l) => l !== "en")) {
      const names = SAMPLE.map((code) => countryName(code, lng));
      const translated = names.filter((name, i) => name !== english[i]);
      // ICU resolves the language itself, not an English fallback (a small-ICU build would say "en").
      const resolved = new Intl.DisplayNames([lng === "tl" ? "fil" : lng], { type: "region" }).resolvedOptions().locale;
      expect(resolved.split("-")[0]).toBe(lng === "tl" ? "fil" : lng);
      // Latin-script languages share names with English (Filipino keeps most: "Brazil", but "Pilipinas"); scripts never do.
      expect(translated.length, `${lng}: ${names.join(", ")}`).toBeGreaterThanOrEqual(NON_LATIN.has(lng) ? SAMPLE.length : 1);
      if (NON_LATIN.has(lng)) for (const name of names) expect(name).not.toMatch(/[A-Za-z]/);
    }
  });

  it("names the issue's examples in the reply language", () => {
    expect(countryName("BR", "pt")).toBe("Brasil");
    expect(countryName("IN", "hi")).toBe("भारत");
    expect(countryName("IN", "pa")).toBe("ਭਾਰਤ");
    expect(countryName("EG", "ar")).toBe("مصر");
    expect(countryName("PH", "tl")).toBe("Pilipinas");
    expect(countryName("CN", "zh")).toBe("中国");
  });

  it("falls back to the knowledge base's name, then to the code", () => {
    expect(countryName("QQ", "fr", "Somewhere")).toBe("Somewhere");
    expect(countryName("QQ", "fr")).toBe("QQ");
    expect(countryName("not a code", "fr", "X")).toBe("X");
  });

  it("timeline replies name the country in the reply language", async () => {
    const core = await createCoreFromDisk();
    const timeline = async (lng: string, country: string) => {
      const r = await core.handle({
        platform: "console",
        userId: `c-${lng}`,
        chatId: `c-${lng}`,
        isPrivate: true,
        localeHints: [lng],
        kind: "command",
        command: "timeline",
        args: "",
        options: { application: "visitor-visa", country },
      });
      return `${r.text}\n${r.details ?? ""}`;
    };
    expect(await timeline("pt", "BR")).toContain("Brasil");
    expect(await timeline("pt", "BR")).not.toContain("Brazil");
    expect(await timeline("hi", "IN")).toContain("भारत");
    expect(await timeline("pa", "IN")).toContain("ਭਾਰਤ");
    expect(await timeline("ar", "EG")).toContain("مصر");
  });
});
