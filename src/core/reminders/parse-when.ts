import type { Locale } from "../i18n/locales.js";
import { normalizeTime } from "./schedule.js";
import {
  type CompiledPhrase,
  type LanguageWords,
  languagesFor,
  normalizeScheduleText,
  numberOf,
  type ScheduleWords,
} from "./schedule-words.js";

/** What a reminder request asks to do with existing reminders, when it says so. */
export type ReminderOpWord = "pause" | "resume" | "stop" | "change" | "list" | "snooze";

/** Schedule parts found in free text; everything optional (the dialogue asks for what is missing). */
export interface ParsedWhen {
  /** ISO weekday 1 (Monday) – 7 (Sunday). */
  readonly weekday?: number;
  /** "HH:mm" */
  readonly time?: string;
  readonly every?: number;
  readonly unit?: "day" | "week";
  /** An IANA zone: typed as such ("America/Vancouver") or read from a name ("Pacific time", "Vancouver"). */
  readonly zone?: string;
  /** A time was written but is not a valid clock time ("at 25:00"). */
  readonly badTime?: boolean;
  readonly op?: ReminderOpWord;
}

export interface ParseWhenOptions {
  /** The word tables (data/schedule-words); without them only digits, "18h30" and IANA zones are read. */
  readonly words?: ScheduleWords | undefined;
  /** Languages to read the text in, most likely first (reply language, detected language); English is always tried last. */
  readonly langs?: readonly (Locale | null | undefined)[];
}

/** English and French operation words; other languages' operations come from the understander (reminderOp) and the `change` tables. */
const OPS: readonly [RegExp, ReminderOpWord][] = [
  [
    /\b(resume|unpause|restart|reactivate|turn (?:them |it )?back on|reprendre|reprends|réactive[rz]?|reactive[rz]?|relance[rz]?)\b/,
    "resume",
  ],
  [/\b(pause|suspend|hold|mets? en pause|mettre en pause|suspend(?:re|s|ez))\b/, "pause"],
  [/\b(snooze|remind me later|later|plus tard|reporte[rz]?|repousse[rz]?)\b/, "snooze"],
  [
    /\b(stop|cancel|delete|remove|turn off|no more|don'?t remind|do not remind|arrête[rz]?|arrete[rz]?|annule[rz]?|supprime[rz]?|efface[rz]?|ne plus|plus de rappels?)\b/,
    "stop",
  ],
  [/\b(change|move|switch|instead|reschedule|update|modifie[rz]?|change[rz]?|déplace[rz]?|deplace[rz]?|plutôt|plutot)\b/, "change"],
  [/\b(list|show|what are my|which reminders|my reminders|mes rappels|liste[rz]?|montre[rz]?|affiche[rz]?|voir)\b/, "list"],
];

const IANA_ZONE = /(?<![A-Za-z/])([A-Z][A-Za-z_]+\/[A-Z][A-Za-z_-]+(?:\/[A-Z][A-Za-z_-]+)?|Etc\/UTC)(?![A-Za-z/])/;

/** Times every language writes the same way: 18:30, 18.30, 18h30, 18 h, 6pm, 6 p.m. */
const DIGIT_TIME_WITH_MINUTES = /(?<!\d)(\d{1,2})\s*(?::|h|\.)\s*(\d{2})(?!\d)/u;
const DIGIT_TIME_HOUR = /(?<!\d)(\d{1,2})\s*(?:h(?![\p{L}])|(?=\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?![\p{L}])))/u;
const AM_PM_AFTER = /^\s*(a\.?\s?m\.?|p\.?\s?m\.?|ص|م|صبح|شب)(?![\p{L}\p{M}])/u;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Blanks out a match so later rules do not read the same words again ("every 2 weeks" is not a time). */
const blank = (text: string, m: RegExpMatchArray): string =>
  text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice((m.index ?? 0) + m[0].length);

function firstMatch<T>(items: readonly CompiledPhrase<T>[], text: string): { item: CompiledPhrase<T>; m: RegExpMatchArray } | undefined {
  for (const item of items) {
    const m = item.re.exec(text);
    if (m) return { item, m };
  }
  return undefined;
}

/** Finds the zone: an IANA name as typed, else the longest known name (capitals like "EST" only as typed). */
export function findZone(input: string, words: ScheduleWords | undefined): { zone: string; text: string } | undefined {
  const iana = IANA_ZONE.exec(input);
  if (iana?.[1]) return { zone: iana[1], text: iana[0] };
  if (/(?<![A-Za-z])UTC(?![A-Za-z])/i.test(input) && !words) return { zone: "UTC", text: "UTC" };
  if (!words) return undefined;
  const normalized = normalizeScheduleText(input);
  for (const name of words.zoneNames) {
    const m = name.re.exec(name.caseSensitive ? input : normalized);
    if (m) return { zone: name.zone, text: m[0] };
  }
  return undefined;
}

interface TimeFound {
  hour: number;
  minute: number;
  /** The match, to look for "pm" right after it. */
  end: number;
  /** A fixed phrase ("डेढ़ बजे") names a 24-hour time already. */
  fixed: boolean;
}

function findTime(table: LanguageWords | undefined, text: string): TimeFound | "bad" | undefined {
  const end = (m: RegExpMatchArray) => (m.index ?? 0) + m[0].length;
  // Written digits are unambiguous and win: "a las 6:30", "о 18:30", "۶:۳۰".
  const digits = DIGIT_TIME_WITH_MINUTES.exec(text);
  if (digits) return { hour: Number(digits[1]), minute: Number(digits[2]), end: end(digits), fixed: false };
  const withMinutes = table ? firstMatch(table.timesWithMinutes, text) : undefined;
  if (table && withMinutes) {
    const { item, m } = withMinutes;
    if (item.value.hour !== undefined) return { hour: item.value.hour, minute: item.value.minute ?? 0, end: end(m), fixed: true };
    const spoken = numberOf(table, m[item.numberGroup ?? 1]);
    const minute = item.minuteGroup !== undefined ? Number.parseInt(m[item.minuteGroup] ?? "", 10) : (item.value.minute ?? 0);
    if (spoken === undefined) return "bad";
    let hour = spoken + item.value.hourOffset;
    if (hour < 0) hour += 12;
    return { hour, minute, end: end(m), fixed: false };
  }
  const hourDigits = DIGIT_TIME_HOUR.exec(text);
  if (hourDigits) return { hour: Number(hourDigits[1]), minute: 0, end: end(hourDigits), fixed: false };
  if (!table) return undefined;
  const hourOnly = firstMatch(table.timesHourOnly, text) ?? firstMatch(table.hourNextToDayPart, text);
  if (hourOnly) {
    const spoken = numberOf(table, hourOnly.m[hourOnly.item.numberGroup ?? 1]);
    if (spoken === undefined) return "bad";
    return { hour: spoken, minute: 0, end: end(hourOnly.m), fixed: false };
  }
  return undefined;
}

/** 6 + "evening" → 18; 12 + "am" → 0; 8 + "night" → 20 but 2 + "night" → 2. */
function applyDayPart(hour: number, part: "am" | "pm" | "night" | undefined): number {
  if (hour > 12 || hour === 0 || !part) return hour;
  if (part === "am") return hour === 12 ? 0 : hour;
  if (part === "pm") return hour === 12 ? 12 : hour + 12;
  return hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
}

/**
 * Reads a reminder request in any of the twelve languages: weekday, time (digits, number words,
 * "half past", parts of the day), interval, zone and what to do ("remind me every Monday at 9",
 * "todos los miércoles a las 6:30 de la tarde", "每两周周三晚上六点半", "щосереди о 18:30 за київським
 * часом"). It never guesses: a part it cannot read is left out for the dialogue to ask about; a bare
 * number counts as a time only with a time word ("at", "बजे", "点", "pm", a part of the day).
 */
/** A schedule is said in a sentence or two; longer text is cut so every pattern's work stays bounded. */
const MAX_SCHEDULE_CHARS = 400;

export function parseWhen(fullInput: string, options: ParseWhenOptions = {}): ParsedWhen {
  const input = fullInput.length > MAX_SCHEDULE_CHARS ? fullInput.slice(0, MAX_SCHEDULE_CHARS) : fullInput;
  const result: Mutable<ParsedWhen> = {};
  const zone = findZone(input, options.words);
  let text = ` ${normalizeScheduleText(zone ? input.replace(zone.text, " ") : input)} `;
  if (zone) {
    result.zone = zone.zone;
    text = text.replace(normalizeScheduleText(zone.text), " ");
  }
  const tables = languagesFor(options.words, options.langs ?? []);

  for (const [re, op] of OPS) {
    if (re.test(text)) {
      result.op = op;
      break;
    }
  }
  if (!result.op && tables.some((t) => firstMatch(t.change, text))) result.op = "change";

  // Parts of the day are read before intervals are blanked out: "every evening at 6" is 18:00.
  const dayPartText = text;
  // Weekdays and intervals together, most specific first, in the first language that has them.
  for (const table of tables) {
    let found = false;
    for (const item of table.scheduleItems) {
      const m = item.re.exec(text);
      if (!m) continue;
      if ("weekday" in item.value) {
        if (result.weekday !== undefined) continue;
        result.weekday = item.value.weekday;
      } else {
        if (result.unit !== undefined) continue;
        const count = item.numberGroup !== undefined ? numberOf(table, m[item.numberGroup]) : item.value.every;
        if (count === undefined) continue;
        result.every = count;
        result.unit = item.value.unit;
      }
      found = true;
      if (!item.keepsWeekday) text = blank(text, m);
    }
    if (found) break;
  }

  let time: TimeFound | "bad" | undefined;
  for (const table of tables.length > 0 ? tables : [undefined]) {
    time = findTime(table, text);
    if (time) break;
  }
  if (time === "bad") {
    result.badTime = true;
  } else if (time) {
    let hour = time.hour;
    const marker = AM_PM_AFTER.exec(text.slice(time.end))?.[1];
    if (!time.fixed) {
      if (marker && hour >= 1 && hour <= 12) {
        const pm = /^p|^م|^شب/.test(marker);
        hour = pm ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour;
      } else if (marker && (hour > 12 || hour === 0)) {
        result.badTime = true;
      } else {
        const part = tables.map((t) => firstMatch(t.dayParts, dayPartText)).find((p) => p !== undefined);
        hour = applyDayPart(hour, part?.item.value);
      }
    }
    const clock = normalizeTime(hour, time.minute);
    if (!result.badTime && clock) result.time = clock;
    else result.badTime = true;
  } else {
    for (const t of tables) {
      if (firstMatch(t.midnight, text)) {
        result.time = "00:00";
        break;
      }
      if (firstMatch(t.noon, text)) {
        result.time = "12:00";
        break;
      }
    }
  }
  return result;
}
