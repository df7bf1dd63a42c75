/**
 * Text folding shared by the lexicon compiler and the understander, so a pattern and a message meet
 * in the same form: lower case, compatibility forms folded (full-width letters, Arabic presentation
 * forms), Latin/Cyrillic accents and Arabic-script vowel marks dropped, the Arabic, Persian and Urdu
 * spellings of the same letter unified, digits made ASCII, every non-word character a single space.
 * Typing "reçue", "recue" or "REÇUE" therefore reaches the same pattern.
 */

// Marks dropped after NFKD: Latin/Cyrillic combining accents, Arabic harakat/hamza/madda, tatweel,
// Devanagari/Gurmukhi nukta, candrabindu/anusvara, tippi/bindi/addak (users type them inconsistently).
const DROP = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0901\u0902\u093c\u0a01\u0a02\u0a3c\u0a70\u0a71]/;

/** Letters written differently in Arabic, Persian and Urdu, folded to one form. */
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
  "\u0153": "oe", // French ligature, as in "sœur" (NFKD leaves it whole)
  "\u00e6": "ae",
};
const DIGIT_BLOCKS = [0x0660, 0x06f0, 0x0966, 0x0a66];
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Plain ASCII text: most English messages, which need no decomposition or script folding. */
export const ASCII = /^[\x00-\x7f]*$/;
const ASCII_NON_WORD = /[^a-z0-9]+/g;

// Per code unit: 0 = not looked at yet, then what to do with it. Filled lazily (never at import,
// and only for characters that actually occur), so start-up stays fast.
const SEPARATOR = 1;
const KEEP = 2;
const DROPPED = 3;
const HAN_CHAR = 4;
const MAPPED = 5;
const classes = new Uint8Array(0x10000);
const LATIN_SCRIPT = 1;
const ARABIC_SCRIPT = 2;
const mapped = new Map<number, string>();

function classify(code: number): number {
  let kind: number;
  const ch = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff)
    kind = SEPARATOR; // emoji and rare scripts
  else if (DROP.test(ch)) kind = DROPPED;
  else if (!WORD_CHAR.test(ch)) kind = SEPARATOR;
  else if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)) kind = HAN_CHAR;
  else {
    const block = DIGIT_BLOCKS.find((b) => code >= b && code <= b + 9);
    const folded = FOLD[ch] ?? (block !== undefined ? String(code - block) : undefined);
    if (folded !== undefined) mapped.set(code, folded);
    kind = folded !== undefined ? MAPPED : KEEP;
  }
  classes[code] = kind;
  return kind;
}

// The last text folded and its result: the lexicon and the trained model both fold every message, one after the other.
let lastText: string | undefined;
let lastFolded = "";

/** Folds text for matching; the result has single spaces between words and none at the ends. */
export function foldText(text: string): string {
  if (text === lastText) return lastFolded;
  const folded = fold(text);
  lastText = text;
  lastFolded = folded;
  return folded;
}

function fold(text: string): string {
  // Most English messages are plain ASCII: no decomposition or script folding needed.
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_NON_WORD, " ").trim();
  const source = text.toLowerCase().normalize("NFKD");
  let out = "";
  let pendingSpace = false;
  let prevHan = false;
  let prevScript = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    const kind = (classes[code] as number) || classify(code);
    if (kind === DROPPED) continue;
    if (kind === SEPARATOR) {
      pendingSpace = out.length > 0;
      continue;
    }
    const han = kind === HAN_CHAR;
    // Latin letters and Arabic-script ones glued together are two words: Persian and Urdu attach
    // their suffixes to English terms ("visitor recordم", "PRکی").
    const script = code >= 0x61 && code <= 0x7a ? LATIN_SCRIPT : code >= 0x600 && code <= 0x6ff ? ARABIC_SCRIPT : prevScript;
    // Chinese has no spaces, but "我申请了eTA" must still let the Latin word "eta" stand alone.
    if (out.length > 0 && (pendingSpace || han !== prevHan || (script !== prevScript && prevScript !== 0))) out += " ";
    pendingSpace = false;
    prevHan = han;
    prevScript = script;
    out += kind === MAPPED ? (mapped.get(code) as string) : source[i];
  }
  return out;
}

/** Marks the start of a message so patterns can be anchored there ("^and for ..."). */
export const START = "\u0002";

/** True for words written in Arabic-script letters only (Arabic, Persian, Urdu; the scripts where attached affixes are removed). */
export const ARABIC_SCRIPT_WORD = /^[\u0600-\u06ff]+$/;

/** True for words written in Latin or Cyrillic letters only (the scripts where typo correction applies). */
export const LATIN_OR_CYRILLIC_WORD = /^[a-z\u00df-\u024f\u0400-\u04ff]+$/;

/** True when the text contains Han characters (Chinese is matched without word boundaries). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
