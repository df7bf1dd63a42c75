import { isLocale, type Locale } from "../../i18n/locales.js";
import { ASCII } from "../normalize.js";
import type { Understanding } from "../understanding.js";
import type { FeatureBuffer } from "./features.js";
import { createFieldGroup } from "./field-group.js";
import { best } from "./linear-model.js";
import type { NluModel } from "./nlu-model.js";

/**
 * The language to reply in, read by the trained model where the word lists are weakest: text in Latin
 * letters (Roman Urdu next to Hinglish, romanized Punjabi, Arabizi, Finglish, Spanish and Portuguese
 * full of English words). Native scripts keep the detector's reading: Devanagari, Gurmukhi, Han or
 * Cyrillic decide the language by themselves, and in the Arabic script the detector counts the letters
 * that tell Arabic, Persian and Urdu apart (ي/ی, ك/ک, ہ), which the model's folded text no longer has.
 *
 * The model reads the same features as the other fields (n-grams and the lexicon's readings), from the
 * hybrid understander's one hashing of the message. On the held-back fifth of the corpus (nlu:validate's
 * split, 4,320 lines), replying in the model's language for Latin-script text from 0.5 was right for
 * 95.0% of messages, the word lists alone for 88.3% (Roman Urdu read as Hindi 123 times).
 */
export interface LanguageThresholds {
  /** The model's language replaces the detector's from this probability. */
  readonly override: number;
  /** ...and a language the user chose (the hint, kept when the detector was unsure) only from this one. */
  readonly overrideChosen: number;
}

export const DEFAULT_LANGUAGE_THRESHOLDS: LanguageThresholds = { override: 0.5, overrideChosen: 0.9 };

/** Only Latin letters among the letters: the text the word lists tell apart least well. */
const LATIN_ONLY = /^[\p{Script=Latin}\P{L}]*$/u;

export interface LanguageReader {
  /** The language to reply in when the model replaces the word lists' reading of `u`, else null. */
  read(text: string, u: Understanding, hint: Locale | undefined, features: FeatureBuffer): Locale | null;
}

/** Null when the model has no language field (an older model file): the word lists decide alone. */
export function createLanguageReader(model: NluModel, thresholds: LanguageThresholds = DEFAULT_LANGUAGE_THRESHOLDS): LanguageReader | null {
  const field = model.fields.lang;
  if (!field) return null;
  const group = createFieldGroup([field]);
  return {
    read(text, u, hint, features) {
      // "Talk to me in Hindi": a request to switch names its language, which says nothing of the writer's (and the reply
      // goes in the one asked for).
      if (u.overBudget || u.intent === "language" || features.length === 0 || !latinOnly(text)) return null;
      group.score(features);
      const top = best(field, group.probabilities(field));
      if (!top || top.label === u.lang || !isLocale(top.label)) return null;
      // Unsure word lists fall back on the user's chosen language: only a very sure model replaces that choice.
      const chosen = !u.langDetected && hint !== undefined && u.lang === hint;
      return top.probability >= (chosen ? thresholds.overrideChosen : thresholds.override) ? top.label : null;
    },
  };
}

/** Letters, if any, all Latin (plain ASCII is checked first: most messages are). */
function latinOnly(text: string): boolean {
  return ASCII.test(text) || LATIN_ONLY.test(text);
}
