import { Info } from "luxon";
import { z } from "zod";
import { type Locale, SUPPORTED_LOCALES } from "../i18n/locales.js";

/**
 * The words people use for schedules and dates, one table per language (data/schedule-words/<lng>.json)
 * plus time-zone names (data/time-zones.json). Infra reads and validates the files; this module owns
 * their schema and turns them into regular expressions once at startup, so the parser itself is
 * language-neutral code and a new word is a data edit.
 */

const phrase = z.string().trim().min(1).max(80);
const phrases = z.array(phrase).max(200);
const hour = z.number().int().min(0).max(23);

const timePattern = z
  .object({
    /** `{h}` an hour (digits or a number word), `{m}` two-digit minutes; everything else is literal. */
    pattern: phrase,
    minute: z.number().int().min(0).max(59).optional(),
    /** "quarter to {h}", "пів на {h}": the clock hour is one before the spoken one. */
    hourOffset: z.number().int().min(-1).max(0).optional(),
    /** A phrase that names a fixed time without `{h}` ("डेढ़ बजे" = 1:30). */
    hour: hour.optional(),
  })
  .strict()
  .refine((t) => t.pattern.includes("{h}") !== (t.hour !== undefined), {
    message: "a time pattern has either {h} or a fixed hour",
  });

const interval = z
  .object({
    /** `{n}` a count, `{d}` any weekday form (the weekday is read separately). */
    phrases,
    every: z.number().int().min(1).max(52).optional(),
    unit: z.enum(["day", "week"]),
  })
  .strict()
  .refine((i) => i.every !== undefined || i.phrases.every((p) => p.includes("{n}")), {
    message: "an interval without a fixed 'every' must have {n} in every phrase",
  });

export const ScheduleWordsFileSchema = z
  .object({
    /** Words are separated by spaces (false for Chinese: no word boundaries are required). */
    spaced: z.boolean(),
    weekdays: z.object({ "1": phrases, "2": phrases, "3": phrases, "4": phrases, "5": phrases, "6": phrases, "7": phrases }).strict(),
    numbers: z.record(phrase, z.number().int().min(1).max(12)),
    times: z.array(timePattern),
    dayParts: z.object({ am: phrases, pm: phrases, night: phrases }).strict(),
    noon: phrases,
    midnight: phrases,
    intervals: z.array(interval),
    change: phrases,
    log: z
      .object({
        today: phrases,
        yesterday: phrases,
        dayBeforeYesterday: phrases,
        daysAgo: phrases.refine((list) => list.every((p) => p.includes("{n}")), { message: "every daysAgo phrase needs {n}" }),
        last: phrases,
      })
      .strict(),
  })
  .strict();
export type ScheduleWordsFile = z.infer<typeof ScheduleWordsFileSchema>;

export const TimeZonesFileSchema = z
  .object({
    about: z.string().optional(),
    choices: z
      .array(
        z
          .string()
          .regex(/^[A-Za-z_]+(\/[A-Za-z_]+){0,2}$/)
          .max(20),
      )
      .min(2)
      .max(8),
    zones: z.array(z.object({ zone: z.string().min(3), names: phrases.min(1) }).strict()).min(1),
  })
  .strict();
export type TimeZonesFile = z.infer<typeof TimeZonesFileSchema>;

/**
 * Lowercase, one kind of digit, apostrophe, Arabic letter and Indic mark, so that "۶:۳۰", "٦:٣٠",
 * "6:30"; "أربعاء"/"اربعاء"; "سه‌شنبه"/"سه شنبه"; "हफ़्ते"/"हफ्ते" compare equal. Applied to the tables
 * and to the text alike.
 */
export function normalizeScheduleText(text: string): string {
  // One pass with a lookup instead of a dozen replaces: this runs on every message that might be a schedule.
  const nfc = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFC");
  return nfc.toLowerCase().replace(SPECIAL_CHARS, foldChar).replace(/\s+/g, " ");
}

const SPECIAL_CHARS =
  /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0a66-\u0a6f\uff10-\uff19：’ʼ‘`´\u064b-\u0652\u0670\u0640أإآٱىيكةۀ\u200c\u093c\u0a3c\u0901\u0a70]|\u200d/g;
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x0a66, 0xff10];
const FOLDED: Readonly<Record<string, string>> = {
  "：": ":",
  "’": "'",
  ʼ: "'",
  "‘": "'",
  "`": "'",
  "´": "'",
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ی",
  ي: "ی",
  ك: "ک",
  ة: "ه",
  ۀ: "ه",
  "\u200c": " ",
  "\u0901": "\u0902",
  "\u0a70": "\u0a02",
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return FOLDED[ch] ?? ""; // harakat, tatweel, ZWJ and nuktas are dropped
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LETTER_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}])";
const LETTER_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";

/** One compiled phrase: the regex and how specific it is (longer literal text is tried first). */
export interface CompiledPhrase<T> {
  readonly re: RegExp;
  readonly weight: number;
  readonly value: T;
  /** Capture group of `{h}`/`{n}`, of `{m}`, when present. */
  readonly numberGroup?: number;
  readonly minuteGroup?: number;
  /** The phrase contains `{d}`: the weekday inside it must stay in the text. */
  readonly keepsWeekday: boolean;
}

export interface LanguageWords {
  readonly lang: Locale;
  readonly spaced: boolean;
  readonly numbers: ReadonlyMap<string, number>;
  /** Any weekday or interval at all, in one regular expression: a cheap first look at every message. */
  readonly anySchedule: RegExp;
  /** Weekdays and intervals together, most specific first ("每周三" before "每周", "ہر ہفتے" before "ہفتے"). */
  readonly scheduleItems: readonly CompiledPhrase<{ weekday: number } | { every?: number; unit: "day" | "week" }>[];
  /** Times with minutes or a fixed hour first, then hour-only ones. */
  readonly timesWithMinutes: readonly CompiledPhrase<{ minute?: number; hourOffset: number; hour?: number }>[];
  readonly timesHourOnly: readonly CompiledPhrase<{ hourOffset: number }>[];
  readonly dayParts: readonly CompiledPhrase<"am" | "pm" | "night">[];
  /** A bare hour next to a part of the day ("6 de la tarde", "शाम 6"). */
  readonly hourNextToDayPart: readonly CompiledPhrase<null>[];
  readonly noon: readonly CompiledPhrase<null>[];
  readonly midnight: readonly CompiledPhrase<null>[];
  readonly change: readonly CompiledPhrase<null>[];
  readonly weekdays: readonly CompiledPhrase<number>[];
  readonly log: {
    readonly today: readonly CompiledPhrase<null>[];
    readonly yesterday: readonly CompiledPhrase<null>[];
    readonly dayBeforeYesterday: readonly CompiledPhrase<null>[];
    readonly daysAgo: readonly CompiledPhrase<null>[];
    readonly last: readonly CompiledPhrase<null>[];
    /** "3 March", "March 3", "3 березня", "3月3日": groups day and month name (or month number). */
    readonly dayMonth: readonly { re: RegExp; dayGroup: number; monthGroup: number }[];
    readonly months: ReadonlyMap<string, number>;
  };
}

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

const byWeight = <T extends { weight: number }>(list: T[]): T[] => list.sort((a, b) => b.weight - a.weight);

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");
}

/** Months of the Gregorian calendar as ICU names them in `lang` (long and short, standalone and in dates). */
function monthNames(lang: Locale): Map<string, number> {
  const map = new Map<string, number>();
  const opts = { locale: lang, outputCalendar: "gregory" } as const;
  for (const list of [
    Info.months("long", opts),
    Info.months("short", opts),
    Info.monthsFormat("long", opts),
    Info.monthsFormat("short", opts),
  ]) {
    list.forEach((name, i) => {
      const key = normalizeScheduleText(name).replace(/\.$/, "");
      if (key && !/^\d+$/.test(key) && !map.has(key)) map.set(key, i + 1);
    });
  }
  return map;
}

/** Compiles one language's tables; a phrase's `{h}`/`{n}` accepts digits and that language's number words. */
export function compileLanguage(lang: Locale, file: ScheduleWordsFile): LanguageWords {
  const numbers = new Map<string, number>(Object.entries(file.numbers).map(([w, n]) => [normalizeScheduleText(w), n]));
  const numberRe = `(\\d{1,3}|${alternation(numbers.keys())})`;
  const weekdayForms: string[] = Object.values(file.weekdays)
    .flat()
    .map((w) => normalizeScheduleText(w));
  const weekdayRe = `(?:${alternation(weekdayForms)})`;

  const compile = <T>(raw: string, value: T): CompiledPhrase<T> => {
    const text = normalizeScheduleText(raw.trim());
    let group = 0;
    let numberGroup: number | undefined;
    let minuteGroup: number | undefined;
    let weight = 0;
    const parts = text.split(/(\{[hmnd]\})/);
    let source = "";
    parts.forEach((part, i) => {
      if (part === "{h}" || part === "{n}") {
        numberGroup = ++group;
        source += numberRe;
        weight += 1;
      } else if (part === "{m}") {
        minuteGroup = ++group;
        source += "(\\d{2})";
        weight += 1;
      } else if (part === "{d}") {
        source += weekdayRe;
        weight += 3;
      } else if (part) {
        weight += part.length;
        const nextToPlaceholder = (side: "start" | "end") => (side === "start" ? i > 0 : i < parts.length - 1);
        // Spaces between words need one; next to a number they are optional ("6बजे", "18 h").
        let literal = escapeRegex(part).replace(/ /g, "\\s+");
        if (nextToPlaceholder("start")) literal = literal.replace(/^\\s\+/, "\\s*");
        if (nextToPlaceholder("end")) literal = literal.replace(/\\s\+$/, "\\s*");
        source += literal.replace(/-/g, "[-\\s]?");
      }
    });
    // Without spaces between words (Chinese) only a number must not run into other digits: "周二18:00".
    const before = file.spaced ? LETTER_BEFORE : /^\{[hmn]\}/.test(text) ? "(?<!\\d)" : "";
    const after = file.spaced ? LETTER_AFTER : /\{[hmn]\}$/.test(text) ? "(?!\\d)" : "";
    return {
      re: new RegExp(`${before}${source}${after}`, "u"),
      weight,
      value,
      ...(numberGroup !== undefined ? { numberGroup } : {}),
      ...(minuteGroup !== undefined ? { minuteGroup } : {}),
      keepsWeekday: text.includes("{d}"),
    };
  };
  const many = <T>(list: readonly string[], value: T) => list.map((p) => compile(p, value));

  // The longest literal piece of every weekday and interval phrase: if none is in a message, it names no schedule.
  const scheduleKeywords = [...Object.values(file.weekdays).flat(), ...file.intervals.flatMap((i) => i.phrases)].map(
    (p) =>
      normalizeScheduleText(p)
        .split(/\{[hmnd]\}/)
        .map((part) => part.trim())
        .sort((x, y) => y.length - x.length)[0] ?? p,
  );
  const weekdays = byWeight(Object.entries(file.weekdays).flatMap(([day, forms]) => forms.map((f) => compile(f, Number(day)))));
  const scheduleItems = byWeight([
    ...weekdays.map((w) => ({ ...w, value: { weekday: w.value } })),
    ...file.intervals.flatMap((i) =>
      i.phrases.map((p) => compile(p, { unit: i.unit, ...(i.every !== undefined ? { every: i.every } : {}) })),
    ),
  ]);
  const timesWithMinutes = byWeight(
    file.times
      .filter((t) => t.minute !== undefined || t.hour !== undefined || t.pattern.includes("{m}"))
      .map((t) =>
        compile(t.pattern, {
          hourOffset: t.hourOffset ?? 0,
          ...(t.minute !== undefined ? { minute: t.minute } : {}),
          ...(t.hour !== undefined ? { hour: t.hour } : {}),
        }),
      ),
  );
  const timesHourOnly = byWeight(
    file.times
      .filter((t) => t.minute === undefined && t.hour === undefined && !t.pattern.includes("{m}"))
      .map((t) => compile(t.pattern, { hourOffset: t.hourOffset ?? 0 })),
  );
  const dayPartWords = [...file.dayParts.am, ...file.dayParts.pm, ...file.dayParts.night];
  const dayParts = byWeight([
    ...many(file.dayParts.am, "am" as const),
    ...many(file.dayParts.pm, "pm" as const),
    ...many(file.dayParts.night, "night" as const),
  ]);
  const partRe = alternation(dayPartWords.map(normalizeScheduleText));
  const hourNextToDayPart =
    dayPartWords.length === 0
      ? []
      : [
          {
            re: new RegExp(`${file.spaced ? LETTER_BEFORE : "(?<!\\d)"}${numberRe}\\s*(?:${partRe})`, "u"),
            weight: 1,
            value: null,
            numberGroup: 1,
            keepsWeekday: false,
          },
          {
            re: new RegExp(`(?:${partRe})\\s*${numberRe}${file.spaced ? LETTER_AFTER : "(?!\\d)"}`, "u"),
            weight: 1,
            value: null,
            numberGroup: 1,
            keepsWeekday: false,
          },
        ];

  const months = monthNames(lang);
  for (const [name, n] of monthNames("en")) if (!months.has(name)) months.set(name, n);
  const monthRe = `(${alternation(months.keys())})`;
  const dayMonth = [
    {
      re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|e|º|ª|\\.)?\\s*(?:de\\s+|of\\s+|ng\\s+)?${monthRe}(?![\\p{L}\\p{M}])`, "u"),
      dayGroup: 1,
      monthGroup: 2,
    },
    { re: new RegExp(`(?<![\\p{L}\\p{M}])${monthRe}\\.?\\s*(\\d{1,2})(?!\\d)`, "u"), dayGroup: 2, monthGroup: 1 },
    { re: /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?/u, dayGroup: 2, monthGroup: 1 },
  ];

  return {
    lang,
    spaced: file.spaced,
    numbers,
    anySchedule: new RegExp(
      file.spaced ? `${LETTER_BEFORE}(?:${alternation(new Set(scheduleKeywords))})${LETTER_AFTER}` : alternation(new Set(scheduleKeywords)),
      "u",
    ),
    scheduleItems,
    timesWithMinutes,
    timesHourOnly,
    dayParts,
    hourNextToDayPart,
    noon: byWeight(many(file.noon, null)),
    midnight: byWeight(many(file.midnight, null)),
    change: byWeight(many(file.change, null)),
    weekdays,
    log: {
      today: byWeight(many(file.log.today, null)),
      yesterday: byWeight(many(file.log.yesterday, null)),
      dayBeforeYesterday: byWeight(many(file.log.dayBeforeYesterday, null)),
      daysAgo: byWeight(many(file.log.daysAgo, null)),
      last: byWeight(many(file.log.last, null)),
      dayMonth,
      months,
    },
  };
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
  return { languages, zoneNames: byWeight(zoneNames), zoneChoices: zones.choices };
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
