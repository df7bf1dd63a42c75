import { type Locale, SUPPORTED_LOCALES } from "../i18n/locales.js";
import { byWeight, compileLanguage, escapeRegex, LETTER_AFTER, LETTER_BEFORE, type LanguageWords } from "./compile-language.js";
import { normalizeScheduleText } from "./normalize-schedule-text.js";
import type { ScheduleWordsFile, TimeZonesFile } from "./schedule-words-schema.js";

/**
 * The words people use for schedules and dates, one table per language (data/schedule-words/<lng>.json)
 * plus time-zone names (data/time-zones.json). Infra reads and validates the files against
 * schedule-words-schema.ts; this module turns them into regular expressions (compile-language.ts per
 * language, zone names here), so the parser itself is language-neutral code and a new word is a data edit.
 */

export { type CompiledPhrase, compileLanguage, type LanguageWords } from "./compile-language.js";
export { normalizeScheduleText } from "./normalize-schedule-text.js";
export { type ScheduleWordsFile, ScheduleWordsFileSchema, type TimeZonesFile, TimeZonesFileSchema } from "./schedule-words-schema.js";

export interface ZoneName {
  readonly re: RegExp;
  readonly weight: number;
  readonly zone: string;
  /** Names in capitals (EST, IST) are matched in the original text, case-sensitively. */
  readonly caseSensitive: boolean;
}

export interface ScheduleWords {
  readonly languages: ReadonlyMap<Locale, LanguageWords>;
  readonly zoneNames: readonly ZoneName[];
  /** Zones offered as buttons when the zone was not understood. */
  readonly zoneChoices: readonly string[];
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * Compiles every language's tables and the zone names. Throws when a language is missing, so a
 * deployment never runs with schedule wording for only some of its languages.
 */
export function compileScheduleWords(files: Readonly<Partial<Record<Locale, ScheduleWordsFile>>>, zones: TimeZonesFile): ScheduleWords {
  const missing = SUPPORTED_LOCALES.filter((l) => !files[l]);
  if (missing.length > 0) throw new Error(`schedule words: no table for ${missing.join(", ")}`);
  const languages = lazyLanguages(files as Readonly<Record<Locale, ScheduleWordsFile>>);
  // Compiled on first use too: the zone names' expressions took 130 ms of every `ask` start, for questions
  // that never name a time zone. A running bot compiles them at start (warmScheduleWords).
  let zoneNames: readonly ZoneName[] | undefined;
  return {
    languages,
    get zoneNames() {
      zoneNames ??= compileZoneNames(zones);
      return zoneNames;
    },
    zoneChoices: zones.choices,
  };
}

function compileZoneNames(zones: TimeZonesFile): readonly ZoneName[] {
  const zoneNames: ZoneName[] = [];
  for (const { zone, names } of zones.zones) {
    for (const name of names) {
      const caseSensitive = /^[A-Z]{2,5}$/.test(name);
      const text = caseSensitive ? name : normalizeScheduleText(name);
      const source = escapeRegex(text).replace(/ /g, "\\s+").replace(/-/g, "[-\\s]?");
      const re = CJK.test(text)
        ? new RegExp(source, "u")
        : caseSensitive
          ? new RegExp(`(?<![A-Za-z])${source}(?![A-Za-z])`, "u")
          : new RegExp(`${LETTER_BEFORE}${source}${LETTER_AFTER}`, "u");
      zoneNames.push({ re, weight: text.length, zone, caseSensitive });
    }
  }
  return byWeight(zoneNames);
}

/**
 * Each language's tables are compiled on first use: compiling all twelve took about 0.6 s, which every
 * `ask` start paid before its first answer. The files were validated when loaded; a running bot
 * compiles them all at start (warmScheduleWords), so no user message pays either.
 */
function lazyLanguages(files: Readonly<Record<Locale, ScheduleWordsFile>>): ReadonlyMap<Locale, LanguageWords> {
  const compiled = new Map<Locale, LanguageWords>();
  const get = (lang: Locale): LanguageWords | undefined => {
    let table = compiled.get(lang);
    if (!table && files[lang]) {
      table = compileLanguage(lang, files[lang]);
      compiled.set(lang, table);
    }
    return table;
  };
  const entries = (): [Locale, LanguageWords][] => SUPPORTED_LOCALES.map((l) => [l, get(l) as LanguageWords]);
  return {
    get,
    has: (lang) => SUPPORTED_LOCALES.includes(lang),
    get size() {
      return SUPPORTED_LOCALES.length;
    },
    forEach: (fn, thisArg) => {
      for (const [lang, table] of entries()) fn.call(thisArg, table, lang, compiled);
    },
    entries: () => entries()[Symbol.iterator](),
    keys: () => SUPPORTED_LOCALES[Symbol.iterator](),
    values: () =>
      entries()
        .map(([, table]) => table)
        [Symbol.iterator](),
    [Symbol.iterator]: () => entries()[Symbol.iterator](),
  };
}

/** The tables for a reply language, the language the text was detected in, then English. */
export function languagesFor(words: ScheduleWords | undefined, langs: readonly (Locale | null | undefined)[]): LanguageWords[] {
  if (!words) return [];
  const out: LanguageWords[] = [];
  for (const lang of [...langs, "en" as Locale]) {
    const table = lang ? words.languages.get(lang) : undefined;
    if (table && !out.includes(table)) out.push(table);
  }
  return out;
}

/** Reads a number captured by `{h}`/`{n}`: digits or one of the language's number words. */
export function numberOf(table: LanguageWords, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (/^\d+$/.test(raw)) return Number.parseInt(raw, 10);
  return table.numbers.get(raw);
}

/**
 * Runs every compiled pattern once on a short text. V8 compiles a regular expression on its first
 * use (interpreted at first, then to machine code), and these alternations are large: lazily, the
 * first long message in a language took 50–250 ms. A long-running bot calls this once at start so no user message pays for it.
 */
export function warmScheduleWords(words: ScheduleWords): void {
  // Twice per kind of text: V8 interprets a regular expression's first run and compiles it to machine
  // code for the next, and it compiles separately for one-byte (Latin-1) and two-byte strings, so a
  // first message with any letter past U+00FF (Cyrillic, Arabic, Gurmukhi…) paid again: 200–450 ms.
  for (const sample of ["1", "2", "1\u0436", "2\u0436"]) warmOnce(words, sample);
}

function warmOnce(words: ScheduleWords, sample: string): void {
  for (const table of words.languages.values()) {
    table.anySchedule.test(sample);
    for (const list of [
      table.scheduleItems,
      table.timesWithMinutes,
      table.timesHourOnly,
      table.dayParts,
      table.hourNextToDayPart,
      table.noon,
      table.midnight,
      table.change,
      table.weekdays,
      table.log.today,
      table.log.yesterday,
      table.log.dayBeforeYesterday,
      table.log.daysAgo,
      table.log.last,
    ] as readonly (readonly { re: RegExp }[])[]) {
      for (const phrase of list) phrase.re.test(sample);
    }
    for (const { re } of table.log.dayMonth) re.test(sample);
  }
  for (const zone of words.zoneNames) zone.re.test(sample);
}
