import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Locale, SUPPORTED_LOCALES } from "../../src/core/i18n/locales.js";
import { realTranslator, ROOT } from "../core/knowledge/real-knowledge.js";

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101];
const ISOLATES = /[\u2066-\u2069]/g;
const PARAMS = { status: "AOR", time: "09:00", zone: "America/Toronto", weekday: "X", when: "Y" };

type Tree = { [key: string]: string | Tree };
/** Every plural key of the English catalogues, as "ns:base" ("kb:units.month", "reminders:history.gap"). */
function pluralBases(): string[] {
  const bases = new Set<string>();
  const walk = (ns: string, tree: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value !== "string") walk(ns, value, `${prefix}${key}.`);
      else if (/_(one|other)$/.test(key)) bases.add(`${ns}:${prefix}${key.replace(/_(one|other)$/, "")}`);
    }
  };
  for (const ns of ["kb", "reminders", "common", "errors"]) {
    walk(ns, JSON.parse(readFileSync(join(ROOT, "locales", "en", `${ns}.json`), "utf8")) as Tree, "");
  }
  return [...bases].sort();
}

/** True when the plural category matches only one whole number from 1 to 1000 (so the form may spell it out). */
function singleNumber(lng: Locale, category: string): boolean {
  const rules = new Intl.PluralRules(lng);
  let n = 0;
  for (let i = 1; i <= 1000 && n < 2; i++) if (rules.select(i) === category) n++;
  return n === 1;
}

const bases = pluralBases();
const translator = realTranslator();

describe("plural forms", () => {
  it("finds the plural keys (units, reminders, history)", () => {
    expect(bases).toContain("kb:units.month");
    expect(bases).toContain("reminders:history.lastChange");
    expect(bases.length).toBeGreaterThanOrEqual(19);
  });

  it.each(SUPPORTED_LOCALES.filter((l) => l !== "en"))("%s: counts 0–101 use the language's own form for every plural key", (lng) => {
    const t = translator.forLocale(lng);
    const en = translator.forLocale("en");
    const rules = new Intl.PluralRules(lng);
    const problems: string[] = [];
    for (const base of bases) {
      const showsNumber = en(base, { ...PARAMS, count: 7 }).includes("7");
      for (const count of COUNTS) {
        const category = rules.select(count);
        if (!translator.has(lng, `${base}_${category}`)) {
          problems.push(`${base}_${category} missing (count ${count})`);
          continue;
        }
        const text = t(base, { ...PARAMS, count }).replace(ISOLATES, "");
        if (text === en(base, { ...PARAMS, count })) problems.push(`${base} (${count}) is the English text: ${text}`);
        if (showsNumber && !text.includes(String(count)) && !singleNumber(lng, category))
          problems.push(`${base} (${count}) lost the number: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("Ukrainian and Arabic agree with the number as a reader expects", () => {
    const uk = translator.forLocale("uk");
    const months = COUNTS.map((count) => uk("kb:units.month", { count }));
    expect(months).toEqual([
      "0 місяців",
      "1 місяць",
      "2 місяці",
      "3 місяці",
      "5 місяців",
      "11 місяців",
      "21 місяць",
      "22 місяці",
      "25 місяців",
      "100 місяців",
      "101 місяць",
    ]);
    expect(uk("reminders:history.lastChange", { count: 0 })).toBe("Остання зміна: 0 днів тому.");
    const ar = translator.forLocale("ar");
    const arMonths = COUNTS.map((count) => ar("kb:units.month", { count }).replace(ISOLATES, ""));
    expect(arMonths).toEqual([
      "0 شهر",
      "شهر واحد",
      "شهران",
      "3 أشهر",
      "5 أشهر",
      "11 شهرًا",
      "21 شهرًا",
      "22 شهرًا",
      "25 شهرًا",
      "100 شهر",
      "101 شهر",
    ]);
  });
});
