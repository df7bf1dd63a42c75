import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const LOCALES = join(import.meta.dirname, "..", "..", "locales");
const present = readdirSync(LOCALES).filter((l) => statSync(join(LOCALES, l)).isDirectory() && l !== "en");
const namespaces = readdirSync(join(LOCALES, "en")).filter((f) => f.endsWith(".json"));
const LATIN_SCRIPT = new Set(["fr", "es", "pt", "tl"]);

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * Removes what may legitimately stay in English: URLs, {{variables}}, /commands, form numbers,
 * acronyms and product names, and quoted IRCC on-screen labels ("…", « … », '…', “…”).
 */
function strippedOfAllowedEnglish(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\{\{[^}]+\}\}/g, " ")
    .replace(/\/[a-z_]+/g, " ")
    .replace(/"[^"]*"|«[^»]*»|“[^”]*”|‘[^’]*’|'[^']*'/g, " ")
    .replace(
      /\b(IMM|IRCC|CAS|ECAS|e-CAS|UCI|AOR|COPR|e-COPR|PR|PRTD|eTA|CSQ|PEQ|MIFI|IRB|RPD|RAD|GCKey|CICC|VOS|BOC|H&C|EE|PNP|CEC|FSW|PGP|LMIA|IEC|ATIP|GCMS|Arrima|Canada|Quebec|Québec|Express Entry|America\/Toronto|UTC|[A-Z]{2,})\b/g,
      " ",
    )
    .replace(/[0-9]/g, " ");
}

function latinShare(text: string): number {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return 0;
  return letters.filter((c) => /\p{Script=Latin}/u.test(c)).length / letters.length;
}

describe.each(present)("%s has no English left in its replies", (lng) => {
  it.each(namespaces)("%s", (ns) => {
    let other: Map<string, string>;
    try {
      other = flatten(JSON.parse(readFileSync(join(LOCALES, lng, ns), "utf8")) as Tree);
    } catch {
      return; // a missing file is the parity test's finding
    }
    const en = flatten(JSON.parse(readFileSync(join(LOCALES, "en", ns), "utf8")) as Tree);
    const leaks: string[] = [];
    for (const [key, english] of en) {
      const text = other.get(key);
      if (text === undefined) continue;
      const rest = strippedOfAllowedEnglish(text);
      const words = rest.match(/\p{L}{3,}/gu) ?? [];
      if (words.length === 0) continue;
      // A single identical word is usually a true cognate ("Pause", "Options", "Date"); a phrase is a leak.
      if (text === english && words.length >= 2) leaks.push(`${key}: identical to English`);
      else if (!LATIN_SCRIPT.has(lng) && words.length >= 3 && latinShare(rest) > 0.5) leaks.push(`${key}: mostly Latin letters`);
    }
    expect(leaks).toEqual([]);
  });
});

describe("the leak check itself", () => {
  it("allows URLs, form numbers and quoted labels but catches sentences", () => {
    expect((strippedOfAllowedEnglish('IMM 5476 "Decision made" https://canada.ca/x').match(/\p{L}{3,}/gu) ?? []).length).toBe(0);
    expect(latinShare(strippedOfAllowedEnglish("Please wait for the letter"))).toBe(1);
  });
});
