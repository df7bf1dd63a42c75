import type { Hit } from "./compile-lexicon.js";
import type { NluLexicon } from "./lexicon.js";

/** The lexicon's word lists (data/nlu/<lng>/words.json) compiled once into sets and patterns. */
export interface WordTables {
  /** The age a message gives next to a word like "years old" or "aged", or null. */
  age(folded: string): number | null;
  /** True when a negation stands within a few words of `hit` ("my claim has not yet been sent to the IRB"). */
  negatedAround(padded: string, hit: Hit): boolean;
  /** "1 to 2", "1-2" (never "12"), "1 à 2", "1到2", "۱ تا ۲" (digits are folded to ASCII). */
  readonly oneToTwo: RegExp;
  /** "2 to 4", "2-4" (never "24"), "2 à 4"... */
  readonly twoToFour: RegExp;
  /** A word mixing Cyrillic and Latin letters, with the Latin look-alikes made Cyrillic ("пермiту"). */
  withCyrillicLookAlikes(word: string): string;
}

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) => words.map(escapeRegExp).join("|");

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN_LETTER = /[a-z]/;

export function compileWordTables(lexicon: NluLexicon): WordTables {
  // "10 yr old", "de 15 ans", "۲۲ ساله", "10岁" and "aged 15", "edad de 15".
  const ageAfter = new RegExp(`(?<!\\d)(\\d{1,2}) ?(?:${alternation(lexicon.ageAfterNumber)})(?= |$)`);
  const ageBefore = new RegExp(`(?:${alternation(lexicon.ageBeforeNumber)}) (\\d{1,2})(?= |$)`);
  const range = alternation(lexicon.numberRange);
  const before = new Set(lexicon.negationsBefore);
  const after = new Set(lexicon.negationsAfter);
  // Chinese is written without spaces: its negations are looked for inside the words ("还没转到").
  const inWord = new RegExp(alternation(lexicon.negationsInWord) || "(?!)");
  const lookAlikes = lexicon.latinLookAlikes;
  return {
    age(folded) {
      const m = ageAfter.exec(folded) ?? ageBefore.exec(folded);
      return m ? Number(m[1]) : null;
    },
    // A phrase list cannot cover every wording of "not referred yet": a negation near the IRB mention can.
    negatedAround(padded, hit) {
      const preceding = padded
        .slice(Math.max(0, hit.start - 60), hit.start)
        .split(" ")
        .slice(-7);
      for (const w of preceding) if (before.has(w) || inWord.test(w)) return true;
      const following = padded
        .slice(hit.end, hit.end + 40)
        .split(" ")
        .slice(0, 4);
      for (const w of following) if (after.has(w)) return true;
      return false;
    },
    oneToTwo: new RegExp(`(?<![0-9])1(?: ?[-–] ?| (?:(?:${range}) )?)2(?![0-9])`),
    twoToFour: new RegExp(`(?<![0-9])2(?: ?[-–] ?| (?:(?:${range}) )?)4(?![0-9])`),
    withCyrillicLookAlikes(word) {
      if (!CYRILLIC.test(word) || !LATIN_LETTER.test(word)) return word;
      let out = "";
      for (const ch of word) out += lookAlikes[ch] ?? ch;
      return out;
    },
  };
}
