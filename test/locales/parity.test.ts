import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/core/commands/registry.js";
import { SUPPORTED_LOCALES } from "../../src/core/i18n/locales.js";

const LOCALES = join(import.meta.dirname, "..", "..", "locales");
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]).sort();
const load = (lng: string, ns: string) => flatten(JSON.parse(readFileSync(join(LOCALES, lng, ns), "utf8")) as Tree);
const namespaces = readdirSync(join(LOCALES, "en")).filter((f) => f.endsWith(".json"));
const present = readdirSync(LOCALES).filter((l) => statSync(join(LOCALES, l)).isDirectory());

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** The plural categories a language has in CLDR (uk: one few many other; ar: zero one two few many other; zh: other). */
const pluralCategories = (lng: string): string[] => new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
const withoutCount = (text: string) => variables(text).filter((v) => v !== "count");

/** Plural keys grouped by their base key ("units.month_few" → "units.month": {few: …}). */
function pluralGroups(catalogue: Map<string, string>): Map<string, Map<string, string>> {
  const groups = new Map<string, Map<string, string>>();
  for (const [key, text] of catalogue) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) continue;
    const base = key.slice(0, match.index);
    const group = groups.get(base) ?? new Map<string, string>();
    group.set(match[1] ?? "", text);
    groups.set(base, group);
  }
  return groups;
}

/**
 * Differences between a catalogue and English: plain keys must match one to one; a plural key must
 * have exactly the locale's own CLDR categories (English "_one/_other" becomes "_one/_few/_many/_other"
 * in Ukrainian, "_other" alone in Chinese). Every form keeps English's {{variables}}, except that a
 * form may spell the number out ("شهران", two months) instead of using {{count}}; "other" always has it.
 */
function catalogueProblems(en: Map<string, string>, other: Map<string, string>, lng: string): string[] {
  const problems: string[] = [];
  const isPlural = (key: string) => PLURAL_SUFFIX.test(key);
  for (const key of en.keys()) if (!isPlural(key) && !other.has(key)) problems.push(`missing ${key}`);
  for (const key of other.keys()) if (!isPlural(key) && !en.has(key)) problems.push(`extra ${key}`);
  for (const [key, text] of en) {
    if (isPlural(key)) continue;
    const translated = other.get(key);
    if (translated !== undefined && variables(translated).join() !== variables(text).join()) problems.push(`variables differ in ${key}`);
    if (translated !== undefined && translated.trim() === "") problems.push(`empty ${key}`);
  }
  const expected = pluralCategories(lng).sort().join();
  const enGroups = pluralGroups(en);
  const groups = pluralGroups(other);
  for (const base of groups.keys()) if (!enGroups.has(base)) problems.push(`extra plural ${base}`);
  for (const [base, enForms] of enGroups) {
    const forms = groups.get(base);
    if (!forms) {
      problems.push(`missing plural ${base}`);
      continue;
    }
    const have = [...forms.keys()].sort().join();
    if (have !== expected) problems.push(`${base} has plural forms [${have}], ${lng} needs [${expected}]`);
    const reference = enForms.get("other") ?? "";
    for (const [category, text] of forms) {
      if (text.trim() === "") problems.push(`empty ${base}_${category}`);
      if (withoutCount(text).join() !== withoutCount(reference).join()) problems.push(`variables differ in ${base}_${category}`);
      if (category === "other" && variables(reference).includes("count") && !variables(text).includes("count"))
        problems.push(`${base}_other has no {{count}}`);
    }
  }
  return problems;
}

describe("locale catalogues", () => {
  it("has only supported locale folders", () => {
    expect(present.filter((l) => !(SUPPORTED_LOCALES as readonly string[]).includes(l))).toEqual([]);
  });

  it("has every supported locale", () => {
    expect([...SUPPORTED_LOCALES].filter((l) => !present.includes(l))).toEqual([]);
  });

  describe.each(present.filter((l) => l !== "en"))("%s", (lng) => {
    it.each(namespaces)("%s has the same keys and {{variables}} as English, with its own CLDR plural forms", (ns) => {
      expect(catalogueProblems(load("en", ns), load(lng, ns), lng)).toEqual([]);
    });
  });

  it.each(namespaces)("English %s has exactly the English plural forms (one, other)", (ns) => {
    expect(catalogueProblems(load("en", ns), load("en", ns), "en")).toEqual([]);
  });

  it.each(present)("%s command descriptions fit Discord (1–100) and Telegram (3–256) limits", (lng) => {
    const commands = load(lng, "commands.json");
    const problems: string[] = [];
    for (const command of COMMANDS) {
      const text = commands.get(`${command.id}.description`);
      if (!text || text.length < 3 || text.length > 100) problems.push(`${command.id}: ${JSON.stringify(text)}`);
      for (const option of command.options) {
        const description = commands.get(option.descriptionKey.replace(/^commands:/, ""));
        if (!description || description.length > 100) problems.push(`${command.id}.${option.name}: ${JSON.stringify(description)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("asks each language for its own plural forms (the comparison itself works)", () => {
    const en = flatten({ units: { month_one: "{{count}} month", month_other: "{{count}} months" }, a: "x" });
    const ukOnlyEnglishForms = flatten({ units: { month_one: "{{count}} місяць", month_other: "{{count}} місяця" }, a: "x" });
    expect(catalogueProblems(en, ukOnlyEnglishForms, "uk")).toEqual([
      "units.month has plural forms [one,other], uk needs [few,many,one,other]",
    ]);
    const zh = flatten({ units: { month_other: "{{count}} 个月" }, a: "x" });
    expect(catalogueProblems(en, zh, "zh")).toEqual([]);
    const zhWithOne = flatten({ units: { month_one: "{{count}} 个月", month_other: "{{count}} 个月" }, a: "x" });
    expect(catalogueProblems(en, zhWithOne, "zh")).toHaveLength(1);
    const badVariable = flatten({ units: { month_other: "{{n}} 个月" }, a: "x" });
    expect(catalogueProblems(en, badVariable, "zh")).toContain("variables differ in units.month_other");
  });

  it("detects a missing key (the comparison itself works)", () => {
    const en = flatten({ a: "x {{n}}", b: { c: "y" } });
    const other = flatten({ a: "x {{m}}" });
    expect([...en.keys()].filter((k) => !other.has(k))).toEqual(["b.c"]);
    expect(variables(en.get("a") ?? "")).not.toEqual(variables(other.get("a") ?? ""));
  });
});
