import { z } from "zod";
import { SUPPORTED_LOCALES } from "../i18n/locales.js";
import { compilePhrase, expandAlternatives } from "./compile-lexicon.js";
import {
  ARABIC_SCRIPT_LANGUAGES,
  LATIN_DETECTION_ORDER,
  LEXICON_KINDS,
  type LanguageWords,
  type LexiconKind,
  type LexiconSource,
  type NluLexicon,
  type PhraseTable,
} from "./lexicon.js";
import { DEFAULT_WEIGHTS, LEXICON_IDS } from "./lexicon-ids.js";

/** Folders in merge order: the shared names first, then the languages in the project's order. */
export const LEXICON_SOURCES: readonly LexiconSource[] = ["shared", ...SUPPORTED_LOCALES];

/** One parsed JSON file of data/nlu/<source>/, as infra read it. */
export interface LexiconFile {
  readonly source: LexiconSource;
  /** A phrase kind, or "words" for the language's word lists. */
  readonly kind: LexiconKind | "words";
  /** The path shown in problems. */
  readonly path: string;
  readonly content: unknown;
}

/** Every problem found in the lexicon files, one line each ("file: id: phrase: what is wrong"). */
export class LexiconError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the NLU lexicon has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "LexiconError";
  }
}

const phraseFileSchema = z.record(z.string(), z.array(z.string()));
const wordListSchema = z.array(z.string().regex(/^\S(.*\S)?$/, "a word must not be empty or start or end with a space"));
const wordsFileSchema = z.strictObject({
  functionWords: wordListSchema.optional(),
  negationsBefore: wordListSchema.optional(),
  negationsAfter: wordListSchema.optional(),
  negationsInWord: wordListSchema.optional(),
  attachedPrefixes: wordListSchema.optional(),
  attachedSuffixes: wordListSchema.optional(),
  ageAfterNumber: wordListSchema.optional(),
  ageBeforeNumber: wordListSchema.optional(),
  numberRange: wordListSchema.optional(),
  latinLookAlikes: z.record(z.string().length(1), z.string().length(1)).optional(),
  scriptWords: wordListSchema.optional(),
});

const WEIGHT = /^\d+(?:\.\d+)?$/;

/** Syntax problems of one phrase, or [] when it is well formed (the rules of lexicon.ts). */
export function phraseProblems(phrase: string): string[] {
  const problems: string[] = [];
  if (phrase.trim() === "") return ["empty phrase"];
  if (phrase !== phrase.trim()) problems.push("leading or trailing space");
  if (phrase.includes("|")) problems.push('"|" is not allowed: put each phrase in its own array element');
  const caret = phrase.lastIndexOf("^");
  let body = phrase;
  if (caret > 0) {
    if (!WEIGHT.test(phrase.slice(caret + 1))) problems.push(`bad weight "^${phrase.slice(caret + 1)}" (expected e.g. "^2.5")`);
    body = phrase.slice(0, caret);
  }
  if (body.startsWith("^")) body = body.slice(1);
  if (body.includes("^")) problems.push('"^" only anchors the start or sets the weight at the end');
  if (body.slice(1, -1).includes("*")) problems.push('"*" only at the start or end of a phrase');
  const braces = body.replace(/[^{}]/g, "");
  if (!/^(?:\{\})*$/.test(braces)) problems.push('unbalanced or nested "{...}"');
  return problems;
}

/**
 * Validates every file and merges them into the lexicon the understander compiles. Fails with a
 * LexiconError listing every problem (file, id, phrase), never only the first. These checks are
 * cheap (no folding), as they run at every start; `foldedPhraseProblems` adds the checks that need
 * each phrase folded, and the data tests run it.
 */
export function buildLexicon(files: readonly LexiconFile[]): NluLexicon {
  const problems: string[] = [];
  const tables = new Map<LexiconKind, Map<LexiconSource, PhraseTable>>();
  const words = new Map<LexiconSource, LanguageWords>();
  for (const file of files) {
    if (file.kind === "words") {
      const parsed = wordsFileSchema.safeParse(file.content);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${file.path}: ${issue.path.join(".") || "file"}: ${issue.message}`);
        continue;
      }
      words.set(file.source, parsed.data);
      continue;
    }
    const kind = file.kind;
    const parsed = phraseFileSchema.safeParse(file.content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file.path}: ${issue.path.join(".") || "file"}: ${issue.message}`);
      continue;
    }
    const known = LEXICON_IDS[kind];
    for (const [id, phrases] of Object.entries(parsed.data)) {
      if (!known.includes(id)) problems.push(`${file.path}: ${id}: unknown ${kind} id (known: see src/core/nlu/lexicon-ids.ts)`);
      if (phrases.length === 0) problems.push(`${file.path}: ${id}: empty list (remove the id instead)`);
      const inFile = new Set<string>();
      for (const phrase of phrases) {
        for (const p of phraseProblems(phrase)) problems.push(`${file.path}: ${id}: "${phrase}": ${p}`);
        if (inFile.has(phrase)) problems.push(`${file.path}: ${id}: "${phrase}": duplicate phrase`);
        inFile.add(phrase);
      }
    }
    const byKind = tables.get(kind) ?? new Map<LexiconSource, PhraseTable>();
    if (byKind.has(file.source)) problems.push(`${file.path}: read twice`);
    byKind.set(file.source, parsed.data);
    tables.set(kind, byKind);
  }
  if (problems.length > 0) throw new LexiconError(problems);
  return mergeLexicon(tables, words);
}

/**
 * The checks that fold every phrase like a message (too slow for every start, run by the data tests):
 * a phrase that folds to nothing, a phrase that repeats another of the same id and file once folded
 * ("Reçue" and "recue"), and a phrase that has another weight than the same folded phrase of the same
 * id in another file (then the reading order of the files would decide its weight). Expects files
 * `buildLexicon` accepted.
 */
export function foldedPhraseProblems(files: readonly LexiconFile[]): string[] {
  const problems: string[] = [];
  // kind|id|pattern -> where it was first seen with which weight, across files.
  const weights = new Map<string, { weight: number; path: string; phrase: string }>();
  for (const file of files) {
    if (file.kind === "words") continue;
    const kind = file.kind;
    for (const [id, phrases] of Object.entries(file.content as Record<string, string[]>)) {
      const inFile = new Set<string>();
      for (const phrase of phrases) {
        if (phraseProblems(phrase).length > 0) continue;
        const compiled = expandAlternatives(phrase).map((alternative) => compilePhrase(alternative, DEFAULT_WEIGHTS[kind]));
        if (compiled.some((c) => c === null)) {
          problems.push(`${file.path}: ${id}: "${phrase}": nothing left to match after folding`);
          continue;
        }
        if (compiled.every((c) => c !== null && inFile.has(c.pattern))) {
          problems.push(`${file.path}: ${id}: "${phrase}": duplicate phrase once folded`);
        }
        for (const c of compiled) {
          if (c === null) continue;
          inFile.add(c.pattern);
          const key = `${kind}|${id}|${c.pattern}`;
          const first = weights.get(key);
          if (!first) weights.set(key, { weight: c.weight, path: file.path, phrase });
          else if (first.weight !== c.weight)
            problems.push(
              `${file.path}: ${id}: "${phrase}": weight ${c.weight} differs from "${first.phrase}" (${first.weight}) in ${first.path}; the same phrase must weigh the same`,
            );
        }
      }
    }
  }
  return problems;
}

function mergeLexicon(tables: Map<LexiconKind, Map<LexiconSource, PhraseTable>>, words: Map<LexiconSource, LanguageWords>): NluLexicon {
  const phrases = {} as Record<LexiconKind, PhraseTable>;
  for (const kind of LEXICON_KINDS) {
    const merged: Record<string, string[]> = {};
    for (const id of LEXICON_IDS[kind]) {
      const list: string[] = [];
      for (const source of LEXICON_SOURCES) list.push(...(tables.get(kind)?.get(source)?.[id] ?? []));
      if (list.length > 0) merged[id] = list;
    }
    phrases[kind] = merged;
  }
  const all = (pick: (w: LanguageWords) => readonly string[] | undefined): string[] =>
    LEXICON_SOURCES.flatMap((source) => {
      const w = words.get(source);
      return w ? [...(pick(w) ?? [])] : [];
    });
  const functionWords = {} as Record<(typeof LATIN_DETECTION_ORDER)[number], readonly string[]>;
  for (const lang of LATIN_DETECTION_ORDER) functionWords[lang] = words.get(lang)?.functionWords ?? [];
  const scriptWords = {} as Record<(typeof ARABIC_SCRIPT_LANGUAGES)[number], readonly string[]>;
  for (const lang of ARABIC_SCRIPT_LANGUAGES) scriptWords[lang] = words.get(lang)?.scriptWords ?? [];
  const latinLookAlikes: Record<string, string> = {};
  for (const source of LEXICON_SOURCES) Object.assign(latinLookAlikes, words.get(source)?.latinLookAlikes ?? {});
  return {
    phrases,
    functionWords,
    negationsBefore: all((w) => w.negationsBefore),
    negationsAfter: all((w) => w.negationsAfter),
    negationsInWord: all((w) => w.negationsInWord),
    attachedPrefixes: all((w) => w.attachedPrefixes),
    attachedSuffixes: all((w) => w.attachedSuffixes),
    ageAfterNumber: all((w) => w.ageAfterNumber),
    ageBeforeNumber: all((w) => w.ageBeforeNumber),
    numberRange: all((w) => w.numberRange),
    latinLookAlikes,
    scriptWords,
  };
}
