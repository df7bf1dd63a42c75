import type { Locale } from "../i18n/locales.js";

/**
 * The understander's language data, read from data/nlu/ by infra (src/infra/load-lexicon.ts) and
 * passed to `createUnderstander`, so src/core holds the algorithms and no word of any language.
 *
 * A phrase table maps one id (an application, a status, a cue...) to phrases, one per element.
 * Inside one phrase (data/README.md has the full syntax):
 * - `*` at the start or end drops the word boundary there ("remind*" also matches "reminders");
 * - `^` at the start anchors the phrase at the beginning of the message;
 * - `{a,b}` expands to each option ("дозв{іл,олу}" = "дозвіл" and "дозволу");
 * - a `^2.5` suffix sets the weight (otherwise the kind's default weight applies).
 * Phrases are folded exactly like messages (see normalize.ts), so accents and letter variants do
 * not matter; Chinese phrases match without word boundaries.
 */
export type PhraseTable = Readonly<Record<string, readonly string[]>>;

/** The phrase files of one language folder (data/nlu/<lng>/<kind>.json), in compile order. */
export const LEXICON_KINDS = [
  "applications",
  "statuses",
  "roles",
  "intents",
  "cues",
  "systems",
  "relatives",
  "language-names",
  "countries",
] as const;
export type LexiconKind = (typeof LEXICON_KINDS)[number];

/** Languages whose Latin-script function words tell them apart, in the order that breaks detection ties. */
export const LATIN_DETECTION_ORDER = ["en", "fr", "es", "pt", "tl", "hi", "pa", "ur"] as const;
export type LatinDetectionLanguage = (typeof LATIN_DETECTION_ORDER)[number];

/** Word lists of one language (data/nlu/<lng>/words.json); every list is optional. */
export interface LanguageWords {
  /** Frequent short words (folded) that tell Latin-script languages apart and are never typo-corrected. */
  readonly functionWords?: readonly string[];
  /** Negations before the verb ("not yet referred"). */
  readonly negationsBefore?: readonly string[];
  /** Negations found inside a word, for scripts written without spaces ("还没转到": 没). */
  readonly negationsInWord?: readonly string[];
  /** Negations after the verb in verb-final languages ("रेफर नहीं हुआ"). */
  readonly negationsAfter?: readonly string[];
  /** Words after an age ("10 years old", "۲۲ ساله", "10岁"). */
  readonly ageAfterNumber?: readonly string[];
  /** Words before an age ("aged 15", "edad de 15"). */
  readonly ageBeforeNumber?: readonly string[];
  /** Words between two numbers of a range ("1 to 2", "1 à 2", "۱ تا ۲"). */
  readonly numberRange?: readonly string[];
  /**
   * Prefixes and suffixes Arabic, Persian and Urdu attach to a word ("التراكر", "همسرمو"), longest
   * first: an unknown word is reduced to the longest known stem (arabic-script-stems.ts). Kept in
   * shared/ since the three languages share several of them and the order decides ties.
   */
  readonly attachedPrefixes?: readonly string[];
  readonly attachedSuffixes?: readonly string[];
  /** Words that tell Arabic, Persian and Urdu apart in Arabic script, matched on the text as typed (ar, fa, ur only). */
  readonly scriptWords?: readonly string[];
  /** Latin letters typed for the Cyrillic letters they look like when the keyboard layout switches mid-word. */
  readonly latinLookAlikes?: Readonly<Record<string, string>>;
}

/** Everything the understander reads, merged over the twelve languages and the shared folder. */
export interface NluLexicon {
  readonly phrases: Readonly<Record<LexiconKind, PhraseTable>>;
  readonly functionWords: Readonly<Record<LatinDetectionLanguage, readonly string[]>>;
  readonly negationsBefore: readonly string[];
  readonly negationsAfter: readonly string[];
  readonly negationsInWord: readonly string[];
  readonly attachedPrefixes: readonly string[];
  readonly attachedSuffixes: readonly string[];
  readonly ageAfterNumber: readonly string[];
  readonly ageBeforeNumber: readonly string[];
  readonly numberRange: readonly string[];
  readonly latinLookAlikes: Readonly<Record<string, string>>;
  readonly scriptWords: Readonly<Record<ArabicScriptLanguage, readonly string[]>>;
}

/** Languages written in Arabic script, told apart by letters and `scriptWords`. */
export const ARABIC_SCRIPT_LANGUAGES = ["ar", "fa", "ur"] as const;
export type ArabicScriptLanguage = (typeof ARABIC_SCRIPT_LANGUAGES)[number];

/** One language folder (or "shared": brand, tool and form names written the same in every language). */
export type LexiconSource = Locale | "shared";
