/**
 * Arabic, Persian and Urdu attach articles, prepositions, possessives and object markers to the
 * word itself: "التراكر" (the tracker), "بالسبونسرشب" (with the sponsorship), "همسرمو" (my spouse,
 * as object), "وضعیتشو" (her status), "تذكيراتي" (my reminders). The lexicon lists base words, so
 * a word the lexicon does not know is reduced to the longest known stem left after removing one
 * such prefix and one such suffix (the lists, longest first, are data: data/nlu/shared/words.json:
 * Persian plurals, possessives and the spoken object marker; Arabic articles, prepositions,
 * possessives and the plural ات). Known words are never touched, so a listed inflected form
 * ("زوجتي", "همسرم") keeps its own meaning.
 *
 * Works on folded text (see normalize.ts): ي/ى are ی, ك is ک, ة is ه.
 */

import { ARABIC_SCRIPT_WORD } from "./normalize.js";

const MIN_STEM = 2;
const MIN_WORD = 3;

export interface ArabicScriptStemmer {
  /** The known stem of an unknown Arabic-script word, or undefined (known word, other script, or no known stem). */
  stem(word: string): string | undefined;
}

/**
 * Nothing is cached: the words are the user's, and a few dozen `endsWith` checks per unknown word
 * cost less than a microsecond.
 */
export function createArabicScriptStemmer(
  known: ReadonlySet<string>,
  affixes: { readonly prefixes: readonly string[]; readonly suffixes: readonly string[] },
): ArabicScriptStemmer {
  // With the empty affix first, so one loop tries "no prefix" / "no suffix" too (built once, not per word).
  const PREFIXES_OR_NONE: readonly string[] = ["", ...affixes.prefixes];
  const SUFFIXES_OR_NONE: readonly string[] = ["", ...affixes.suffixes];
  const compute = (word: string): string | undefined => {
    let best: string | undefined;
    for (const prefix of PREFIXES_OR_NONE) {
      if (prefix && !word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      for (const suffix of SUFFIXES_OR_NONE) {
        if (!prefix && !suffix) continue;
        if (suffix && !rest.endsWith(suffix)) continue;
        const stem = rest.slice(0, rest.length - suffix.length);
        if (stem.length >= MIN_STEM && (best === undefined || stem.length > best.length) && known.has(stem)) best = stem;
      }
    }
    return best;
  };
  return {
    stem: (word) => (word.length < MIN_WORD || known.has(word) || !ARABIC_SCRIPT_WORD.test(word) ? undefined : compute(word)),
  };
}
