/**
 * Text folding shared by the lexicon compiler and the understander, so a pattern and a message meet
 * in the same form: lower case, compatibility forms folded (full-width letters, Arabic presentation
 * forms), Latin/Cyrillic accents and Arabic-script vowel marks dropped, the Arabic, Persian and Urdu
 * spellings of the same letter unified, digits made ASCII, every non-word character a single space.
 * Typing "reçue", "recue" or "REÇUE" therefore reaches the same pattern.
 */

// Marks dropped after NFKD: Latin/Cyrillic combining accents, Arabic harakat/hamza/madda, tatweel,
// Devanagari/Gurmukhi nukta, candrabindu/anusvara, tippi/bindi/addak (users type them inconsistently).
const DROP = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0901\u0902\u093c\u0a01\u0a02\u0a3c\u0a70\u0a71]/g;

const FOLD: Readonly<Record<string, string>> = {
  "\u0643": "\u06a9", // Arabic kaf -> keheh
  "\u064a": "\u06cc", // Arabic yeh -> Farsi yeh
  "\u0649": "\u06cc", // alef maksura
  "\u0629": "\u0647", // teh marbuta -> heh
  "\u06c0": "\u0647",
  "\u06c1": "\u0647", // Urdu heh goal
  "\u06c2": "\u0647",
  "\u06c3": "\u0647",
  "\u06be": "\u0647", // heh doachashmee
  "\u06ba": "\u0646", // noon ghunna
  "\u06d3": "\u06d2",
  "\u0671": "\u0627",
  "\u0451": "\u0435",
};
const FOLD_RE = /[\u0643\u064a\u0649\u0629\u06c0-\u06c3\u06be\u06ba\u06d3\u0671\u0451]/g;
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0a66-\u0a6f]/g;
// Chinese has no spaces, but "我申请了eTA" must still let the Latin word "eta" stand alone.
const HAN_EDGE = /[\u3400-\u9fff](?=[^\u3400-\u9fff\s])|[^\u3400-\u9fff\s](?=[\u3400-\u9fff])/g;
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

function asciiDigit(c: string): string {
  const code = c.charCodeAt(0);
  const base = code >= 0x0a66 ? 0x0a66 : code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660;
  return String(code - base);
}

/** Folds text for matching; the result has single spaces between words and none at the ends. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(DROP, "")
    .replace(FOLD_RE, (c) => FOLD[c] ?? c)
    .replace(DIGITS, asciiDigit)
    .replace(NON_WORD, " ")
    .replace(HAN_EDGE, "$& ")
    .trim();
}

/** Marks the start of a message so patterns can be anchored there ("^and for ..."). */
export const START = "\u0002";

/** True for words written in Latin or Cyrillic letters only (the scripts where typo correction applies). */
export const LATIN_OR_CYRILLIC_WORD = /^[a-z\u00df-\u024f\u0400-\u04ff]+$/;

/** True when the text contains Han characters (Chinese is matched without word boundaries). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
