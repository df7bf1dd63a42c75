import type { Locale } from "../i18n/locales.js";
import { LATIN_DETECTION_ORDER, type LatinDetectionLanguage, type NluLexicon } from "./lexicon.js";
import { foldText } from "./normalize.js";

export interface DetectedLanguage {
  readonly lang: Locale;
  /** False when the text gave too little evidence (the caller then prefers the platform hint). */
  readonly confident: boolean;
}

const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06c3\u06d2\u06d3]/g; // ٹ ڈ ڑ ں ھ ہ ۃ ے ۓ
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/g; // پ چ ژ گ ک ی (also used by Urdu)
const ARABIC_LETTERS = /[\u0629\u0643\u0649\u064a\u0623\u0625\u0624\u0626]/g; // ة ك ى ي أ إ ؤ ئ

/** A whole word of `words` in Arabic-script text as typed (global: count() walks every occurrence). */
function scriptWordPattern(words: readonly string[]): RegExp {
  const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return new RegExp(`(?:^|\\s)(?:${alternatives || "(?!)"})(?=\\s|$|[؟،.!])`, "g");
}

/** A quotation opens after a space or the start and closes before a space or punctuation, so "I'm" and "don't" are not quotes. */
const QUOTED_SPANS = /(?<=^|[\s:(（，,])['"«“‘「『]\s?[^'"«»“”‘’「」『』]{2,60}?\s?['"»”’」』](?=$|[\s,.;:!?)，。？、،؟—-])/gu;

const QUOTE_CHAR = /['"«“‘「『]/;

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * Builds a detector: script first (Han, Devanagari, Gurmukhi, Cyrillic, Arabic), then distinctive
 * letters and words inside the Arabic script (Urdu ے ں ہ ٹ ڈ, Persian پ چ ژ گ and است/می, Arabic ة ك ي),
 * then function words for Latin-script languages, including Hinglish and Punjabi in Latin letters.
 * An English status label quoted inside another script does not change the language.
 */
export function createLanguageDetector(words: Pick<NluLexicon, "functionWords" | "scriptWords">): {
  detect(raw: string, foldedWords: readonly string[], hint?: Locale): DetectedLanguage;
} {
  const { functionWords } = words;
  const PERSIAN_WORDS = scriptWordPattern(words.scriptWords.fa);
  const ARABIC_WORDS = scriptWordPattern(words.scriptWords.ar);
  const URDU_WORDS = scriptWordPattern(words.scriptWords.ur);
  const wordLangs = new Map<string, LatinDetectionLanguage[]>();
  for (const lang of LATIN_DETECTION_ORDER) {
    for (const word of functionWords[lang]) {
      const list = wordLangs.get(word) ?? [];
      list.push(lang);
      wordLangs.set(word, list);
    }
  }

  return {
    detect(raw, foldedWords, hint) {
      let han = 0;
      let deva = 0;
      let guru = 0;
      let arab = 0;
      let cyr = 0;
      let latin = 0;
      // Letters only one Latin-script language uses, counted in the same pass (no regex scan each).
      let spanish = false;
      let portuguese = false;
      let french = false;
      let cedilla = false;
      for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
        else if (c >= 0xc0 && c <= 0x24f) {
          latin++;
          const lower = c | 0x20; // é/É, ç/Ç… differ by 0x20 in Latin-1; œ/Œ is 0x153/0x152
          if (c === 0xf1 || c === 0xd1)
            spanish = true; // ñ Ñ
          else if (lower === 0xe3 || lower === 0xf5)
            portuguese = true; // ã õ
          else if (lower === 0xe8 || lower === 0xf9 || lower === 0xfb || c === 0x153 || c === 0x152)
            french = true; // è ù û œ
          else if (lower === 0xe7) cedilla = true; // ç
        } else if (c === 0xbf || c === 0xa1)
          spanish = true; // ¿ ¡
        else if (c === 0xab || c === 0xbb)
          french = true; // « »
        else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
        else if (c >= 0x0600 && c <= 0x06ff) arab++;
        else if (c >= 0x0900 && c <= 0x097f) deva++;
        else if (c >= 0x0a00 && c <= 0x0a7f) guru++;
        else if (c >= 0x0400 && c <= 0x04ff) cyr++;
        else if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff) || (c >= 0x0750 && c <= 0x077f)) arab++;
      }
      // Chinese characters carry about two Latin letters' worth of text each.
      const scripts: [Locale | "arab", number][] = [
        ["zh", han * 2],
        ["hi", deva],
        ["pa", guru],
        ["arab", arab],
        ["uk", cyr],
      ];
      let best: [Locale | "arab", number] = ["en", 0];
      for (const s of scripts) if (s[1] > best[1]) best = s;
      if (best[1] >= 2) {
        if (best[0] !== "arab") return { lang: best[0], confident: true };
        const ur = count(raw, URDU_LETTERS) * 3 + count(raw, URDU_WORDS);
        const fa = count(raw, PERSIAN_LETTERS) * 0.5 + count(raw, PERSIAN_WORDS) * 2;
        const ar = count(raw, ARABIC_LETTERS) * 1.5 + count(raw, ARABIC_WORDS) * 2;
        if (ur > 0 && ur >= ar) return { lang: "ur", confident: true };
        return { lang: ar > fa ? "ar" : "fa", confident: true };
      }
      if (latin === 0) return { lang: hint ?? "en", confident: false };

      const scores: Record<string, number> = { en: 0, fr: 0, es: 0, pt: 0, tl: 0, hi: 0, pa: 0, ur: 0 };
      // A quoted IRCC label ('Waiting on you') says nothing about the language the user writes in.
      const own = QUOTE_CHAR.test(raw) && QUOTED_SPANS.test(raw) ? foldText(raw.replace(QUOTED_SPANS, " ")).split(" ") : foldedWords;
      QUOTED_SPANS.lastIndex = 0;
      for (const word of own) {
        const langs = wordLangs.get(word);
        if (!langs) continue;
        const share = 1 / langs.length;
        for (const l of langs) scores[l] = (scores[l] ?? 0) + share;
      }
      if (spanish) scores.es = (scores.es ?? 0) + 2;
      if (portuguese) scores.pt = (scores.pt ?? 0) + 2;
      if (french) scores.fr = (scores.fr ?? 0) + 1;
      if (cedilla) scores.pt = (scores.pt ?? 0) + 0.5;
      let top: Locale = hint && hint in scores ? hint : "en";
      let topScore = scores[top] ?? 0;
      let second = 0;
      // for-in, not Object.entries: no pair arrays on every message.
      for (const l in scores) {
        const s = scores[l] as number;
        if (l === top) continue;
        if (s > topScore) {
          second = topScore;
          top = l as Locale;
          topScore = s;
        } else if (s > second) second = s;
      }
      // Roman Urdu and Hinglish share their function words ("mera status kahan hai"); the Urdu list only
      // holds words Hinglish does not use, so one of them decides between the two.
      if (top === "hi" && (scores.ur ?? 0) > 0) return { lang: "ur", confident: true };
      if (topScore < 0.9) return { lang: hint ?? "en", confident: false };
      return { lang: top, confident: topScore > second };
    },
  };
}
