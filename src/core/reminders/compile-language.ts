import { Info } from "luxon";
import type { Locale } from "../i18n/locales.js";
import { normalizeScheduleText } from "./normalize-schedule-text.js";
import type { ScheduleWordsFile } from "./schedule-words-schema.js";

// One language's schedule table (data/schedule-words/<lng>.json) compiled to regular expressions.

export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const LETTER_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}])";
export const LETTER_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";

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

export const byWeight = <T extends { weight: number }>(list: T[]): T[] => list.sort((a, b) => b.weight - a.weight);

export function alternation(words: Iterable<string>): string {
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
