import { createPatternMatcher, type PatternMatcher } from "./aho-corasick.js";
import { ARABIC_SCRIPT_WORD, foldText, HAN, LATIN_OR_CYRILLIC_WORD, START } from "./normalize.js";
import type { PhraseTable } from "./lexicon.js";

/** What a lexicon phrase says when it is found in a message. */
export type SignalCategory = "app" | "status" | "role" | "intent" | "cue" | "ctx" | "rel" | "locale" | "country";

export interface Signal {
  readonly category: SignalCategory;
  readonly id: string;
  readonly weight: number;
}

/** One phrase found in a message. `start`/`end` index the padded folded text (end exclusive). */
export interface Hit {
  readonly signal: Signal;
  readonly start: number;
  readonly end: number;
}

export interface CompiledLexicon {
  readonly matcher: PatternMatcher;
  /** Signals of each matcher pattern (several lexicon entries may share one folded phrase). */
  readonly signals: readonly (readonly Signal[])[];
  readonly patternLengths: readonly number[];
  /** Latin and Cyrillic words of the lexicon, the targets of typo correction. */
  readonly vocabulary: ReadonlySet<string>;
  /** Arabic-script words of the lexicon, the stems that attached prefixes and suffixes are removed down to. */
  readonly arabicScriptWords: ReadonlySet<string>;
}

/**
 * Expands "{a,b}" groups into every combination, so inflected forms stay readable in the lexicon:
 * "дозв{іл,олу} на роботу" -> "дозвіл на роботу", "дозволу на роботу".
 */
export function expandAlternatives(phrase: string): string[] {
  const open = phrase.indexOf("{");
  if (open < 0) return [phrase];
  const close = phrase.indexOf("}", open);
  if (close < 0) throw new Error(`lexicon: unclosed "{" in "${phrase}"`);
  const head = phrase.slice(0, open);
  const tails = expandAlternatives(phrase.slice(close + 1));
  const out: string[] = [];
  for (const option of phrase.slice(open + 1, close).split(",")) for (const tail of tails) out.push(head + option + tail);
  return out;
}

/** Parses "phrase^2.5" into its folded matcher form with boundaries, and its weight. */
export function compilePhrase(
  raw: string,
  defaultWeight: number,
): { pattern: string; weight: number; words: string[]; arabicScriptWords: string[] } | null {
  let text = raw.trim();
  let weight = defaultWeight;
  const caret = text.lastIndexOf("^");
  if (caret > 0) {
    const w = Number(text.slice(caret + 1));
    if (!Number.isFinite(w)) throw new Error(`lexicon: bad weight in "${raw}"`);
    weight = w;
    text = text.slice(0, caret);
  }
  const anchored = text.startsWith("^");
  if (anchored) text = text.slice(1);
  const openStart = text.startsWith("*");
  const openEnd = text.endsWith("*");
  if (text.slice(1, -1).includes("*")) throw new Error(`lexicon: "*" only at the start or end of a phrase: "${raw}"`);
  const body = foldText(text.replace(/^\*|\*$/g, ""));
  if (body.length === 0) return null;
  const han = HAN.test(body);
  const lead = anchored ? `${START} ` : openStart || han ? "" : " ";
  const trail = openEnd || han ? "" : " ";
  const all = body.split(" ");
  const words = all.filter((w) => LATIN_OR_CYRILLIC_WORD.test(w));
  const arabicScriptWords = all.filter((w) => ARABIC_SCRIPT_WORD.test(w));
  return { pattern: `${lead}${body}${trail}`, weight, words, arabicScriptWords };
}

/**
 * Compiles every lexicon into one matcher. Done once when the understander is created; a broken
 * phrase fails here, at start-up, never while answering.
 */
export function compileLexicons(tables: readonly { category: SignalCategory; lexicon: PhraseTable; weight: number }[]): CompiledLexicon {
  const byPattern = new Map<string, Signal[]>();
  const vocabulary = new Set<string>();
  const arabicScriptWords = new Set<string>();
  for (const { category, lexicon, weight } of tables) {
    for (const [id, phrases] of Object.entries(lexicon)) {
      for (const phrase of phrases) {
        for (const alternative of expandAlternatives(phrase)) {
          const compiled = compilePhrase(alternative, weight);
          if (!compiled) continue;
          const list = byPattern.get(compiled.pattern) ?? [];
          if (!list.some((s) => s.category === category && s.id === id)) list.push({ category, id, weight: compiled.weight });
          byPattern.set(compiled.pattern, list);
          for (const w of compiled.words) vocabulary.add(w);
          for (const w of compiled.arabicScriptWords) arabicScriptWords.add(w);
        }
      }
    }
  }
  const patterns = [...byPattern.keys()];
  return {
    matcher: createPatternMatcher(patterns),
    signals: patterns.map((p) => byPattern.get(p) as Signal[]),
    patternLengths: patterns.map((p) => p.length),
    vocabulary,
    arabicScriptWords,
  };
}
