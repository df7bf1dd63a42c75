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

describe("locale catalogues", () => {
  it("has only supported locale folders", () => {
    expect(present.filter((l) => !(SUPPORTED_LOCALES as readonly string[]).includes(l))).toEqual([]);
  });

  it("has every supported locale", () => {
    expect([...SUPPORTED_LOCALES].filter((l) => !present.includes(l))).toEqual([]);
  });

  describe.each(present.filter((l) => l !== "en"))("%s", (lng) => {
    it.each(namespaces)("%s has the same keys and {{variables}} as English", (ns) => {
      const en = load("en", ns);
      const other = load(lng, ns);
      const problems: string[] = [];
      for (const key of en.keys()) if (!other.has(key)) problems.push(`missing ${key}`);
      for (const key of other.keys()) if (!en.has(key)) problems.push(`extra ${key}`);
      for (const [key, text] of en) {
        const translated = other.get(key);
        if (translated !== undefined && variables(translated).join() !== variables(text).join())
          problems.push(`variables differ in ${key}`);
        if (translated !== undefined && translated.trim() === "") problems.push(`empty ${key}`);
      }
      expect(problems).toEqual([]);
    });
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

  it("detects a missing key (the comparison itself works)", () => {
    const en = flatten({ a: "x {{n}}", b: { c: "y" } });
    const other = flatten({ a: "x {{m}}" });
    expect([...en.keys()].filter((k) => !other.has(k))).toEqual(["b.c"]);
    expect(variables(en.get("a") ?? "")).not.toEqual(variables(other.get("a") ?? ""));
  });
});
