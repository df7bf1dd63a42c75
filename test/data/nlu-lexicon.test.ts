import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SUPPORTED_LOCALES } from "../../src/core/i18n/locales.js";
import { LEXICON_KINDS, type LexiconKind } from "../../src/core/nlu/lexicon.js";
import { buildLexicon, foldedPhraseProblems } from "../../src/core/nlu/lexicon-schema.js";
import { readLexiconFiles } from "../../src/infra/load-lexicon.js";

/**
 * Parity of the understander's phrases across the twelve languages (data/nlu/<lng>/<kind>.json).
 * Matching is language-independent (every phrase applies to every message), so a phrase's folder is
 * organisation; this table shows where a language is thin. Run with `--reporter=verbose` or look
 * at the printed table: one row per id, one column per language, "+" when data/nlu/shared/ names it.
 */
const NLU = join(import.meta.dirname, "../../data/nlu");

/** Kinds whose ids are what the bot answers about (intent and slot values) and the cues that decide them. */
const CHECKED_KINDS: readonly LexiconKind[] = ["intents", "applications", "roles", "statuses", "cues"];

/**
 * Known gaps: one language has no phrase for an id every other language has. Each entry says why.
 * A gap that is filled must leave this list (the test fails on a stale entry).
 */
const ALLOWED_GAPS: Readonly<Record<string, string>> = {
  // Tagalog speakers name IRCC's documents, statuses and processes in English (Taglish: "yung study
  // permit ko", "Decision made na"); the English phrases match their messages. Real Tagalog phrasings
  // are still worth adding.
  "tl applications citizenship-certificate": "Taglish uses the English name",
  "tl applications citizenship-grant-adult": "Taglish uses the English name",
  "tl applications document-replacement": "Taglish uses the English name",
  "tl applications pr-card-new": "Taglish uses the English name",
  "tl applications pr-card-renewal": "Taglish uses the English name",
  "tl applications pr-confirmation": "Taglish uses the English name (COPR, eCOPR)",
  "tl applications pr-protected-person": "Taglish uses the English name",
  "tl applications sponsorship-dependent-child": "Taglish uses the English name",
  "tl applications study-permit": "Taglish uses the English name",
  "tl statuses account-eligibility-review": "IRCC's English label is quoted as is",
  "tl statuses account-medical-passed": "IRCC's English label is quoted as is",
  "tl statuses cas-decision-made": "IRCC's English label is quoted as is",
  "tl statuses cit-background": "IRCC's English label is quoted as is",
  "tl statuses tracker-waiting-on-you": "IRCC's English label is quoted as is",
  "tl roles applicant-with-representative": "true gap: no Tagalog phrasing of 'my lawyer/consultant' yet",
  "tl cues citizenship-word": "true gap: 'pagkamamamayan' sits in the English file's line; Taglish says 'citizenship'",
  "tl cues extension": "Taglish says 'extension', 'extend'",
  "tl cues first-card": "true gap: no Tagalog phrasing of 'first PR card' yet",
  "tl cues lost": "true gap: no Tagalog 'nawala' phrasing yet",
  "tl cues military": "Taglish uses the English words",
  "tl cues myth-same-login": "true gap: no Tagalog phrasing of 'same login' yet",
  // The same word in two languages lands in one file.
  "es cues programme:atlantic": "'atlantico' is Spanish and Portuguese; it is in pt/cues.json",
  "fa cues myth-stages": "'مراحل' is Arabic and Persian; it is in ar/cues.json",
};

type Counts = Map<string, Map<string, number>>; // "kind id" -> source -> phrases

function readCounts(): Counts {
  const counts: Counts = new Map();
  for (const source of ["shared", ...SUPPORTED_LOCALES]) {
    for (const kind of LEXICON_KINDS) {
      const path = join(NLU, source, `${kind}.json`);
      if (!existsSync(path)) continue;
      const table = JSON.parse(readFileSync(path, "utf8")) as Record<string, string[]>;
      for (const [id, phrases] of Object.entries(table)) {
        const key = `${kind} ${id}`;
        const row = counts.get(key) ?? new Map<string, number>();
        row.set(source, phrases.length);
        counts.set(key, row);
      }
    }
  }
  return counts;
}

function formatTable(counts: Counts): string {
  const width = Math.max(...[...counts.keys()].map((k) => k.length));
  const lines = [`${"kind id".padEnd(width)} ${SUPPORTED_LOCALES.map((l) => l.padStart(4)).join("")}  shared`];
  for (const [key, row] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const cells = SUPPORTED_LOCALES.map((l) => String(row.get(l) ?? "-").padStart(4)).join("");
    lines.push(`${key.padEnd(width)} ${cells}  ${row.get("shared") ?? ""}`);
  }
  const totals = SUPPORTED_LOCALES.map((l) => String([...counts.values()].reduce((n, row) => n + (row.get(l) ?? 0), 0)).padStart(6));
  lines.push(`phrases per language: ${SUPPORTED_LOCALES.map((l, i) => `${l} ${totals[i]?.trim()}`).join(", ")}`);
  return lines.join("\n");
}

/** "lng kind id" for each id that every language but one has (and shared/ does not cover). */
function gaps(counts: Counts): string[] {
  const found: string[] = [];
  for (const [key, row] of counts) {
    const kind = key.split(" ")[0] as LexiconKind;
    if (!CHECKED_KINDS.includes(kind) || (row.get("shared") ?? 0) > 0) continue;
    const missing = SUPPORTED_LOCALES.filter((l) => (row.get(l) ?? 0) === 0);
    if (missing.length === 1) found.push(`${missing[0]} ${key}`);
  }
  return found.sort();
}

describe("NLU lexicon parity across languages", () => {
  const counts = readCounts();

  it("prints the phrases per language of every intent, application, role, status and cue", () => {
    const table = formatTable(counts);
    console.log(table);
    // Every language has phrases of every kind the bot answers about.
    for (const lng of SUPPORTED_LOCALES) {
      for (const kind of CHECKED_KINDS) {
        const total = [...counts].filter(([key]) => key.startsWith(`${kind} `)).reduce((n, [, row]) => n + (row.get(lng) ?? 0), 0);
        expect(total, `${lng} ${kind}`).toBeGreaterThan(0);
      }
    }
  });

  it("has no language without phrases for an id every other language has, except the commented gaps", () => {
    const found = gaps(counts);
    expect(found.filter((gap) => !(gap in ALLOWED_GAPS))).toEqual([]);
    // A gap that was filled leaves the allow-list.
    expect(Object.keys(ALLOWED_GAPS).filter((gap) => !found.includes(gap))).toEqual([]);
  });

  it("gives every intent phrases in every language (or shared/)", () => {
    for (const [key, row] of counts) {
      if (!key.startsWith("intents ")) continue;
      if ((row.get("shared") ?? 0) > 0) continue;
      const missing = SUPPORTED_LOCALES.filter((l) => (row.get(l) ?? 0) === 0);
      expect(missing, key).toEqual([]);
    }
  });

  it("holds no phrase that folds to nothing, repeats another of its file once folded, or weighs differently in two files", () => {
    const { files, problems } = readLexiconFiles(NLU);
    expect(problems).toEqual([]);
    buildLexicon(files);
    expect(foldedPhraseProblems(files)).toEqual([]);
  });
});
