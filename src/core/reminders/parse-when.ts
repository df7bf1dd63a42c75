import type { Locale } from "../i18n/locales.js";
import { normalizeTime } from "./schedule.js";

/** What a reminder request asks to do with existing reminders, when it says so. */
export type ReminderOpWord = "pause" | "resume" | "stop" | "change" | "list" | "snooze";

/** Schedule parts found in free text; everything optional (the dialogue fills defaults). */
export interface ParsedWhen {
  /** ISO weekday 1 (Monday) – 7 (Sunday). */
  readonly weekday?: number;
  /** "HH:mm" */
  readonly time?: string;
  readonly every?: number;
  readonly unit?: "day" | "week";
  /** An IANA-looking zone as typed ("America/Vancouver"); validated by the caller. */
  readonly zone?: string;
  /** A time was written but is not a valid clock time ("at 25:00"). */
  readonly badTime?: boolean;
  readonly op?: ReminderOpWord;
}

/** Languages with word lists; others still get digits, times ("9:30", "21h") and IANA zones. */
export const PARSER_LOCALES: ReadonlySet<Locale> = new Set<Locale>(["en", "fr"]);

const WEEKDAYS: readonly [RegExp, number][] = [
  [/\b(mondays?|mon|lundis?)\b/, 1],
  [/\b(tuesdays?|tues?|mardis?)\b/, 2],
  [/\b(wednesdays?|wed|mercredis?)\b/, 3],
  [/\b(thursdays?|thu|thurs|jeudis?)\b/, 4],
  [/\b(fridays?|fri|vendredis?)\b/, 5],
  [/\b(saturdays?|sat|samedis?)\b/, 6],
  [/\b(sundays?|sun|dimanches?)\b/, 7],
];

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
};
const NUM =
  "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)";
const toNumber = (word: string): number => NUMBER_WORDS[word] ?? Number.parseInt(word, 10);

const INTERVALS: readonly [RegExp, (m: RegExpMatchArray) => { every: number; unit: "day" | "week" }][] = [
  [
    new RegExp(`\\b(?:every|each)\\s+${NUM}\\s+(days?|weeks?)\\b`),
    (m) => ({ every: toNumber(m[1] ?? "1"), unit: (m[2] ?? "").startsWith("day") ? "day" : "week" }),
  ],
  [
    new RegExp(`\\b(?:tous|toutes)\\s+les\\s+${NUM}\\s+(jours|semaines)\\b`),
    (m) => ({ every: toNumber(m[1] ?? "1"), unit: (m[2] ?? "").startsWith("jour") ? "day" : "week" }),
  ],
  [
    /\b(every other week|biweekly|fortnightly|every fortnight|une semaine sur deux|toutes les deux semaines|aux deux semaines)\b/,
    () => ({ every: 2, unit: "week" }),
  ],
  [/\b(every ?day|daily|each day|tous les jours|chaque jour|quotidien(?:ne)?(?:ment)?)\b/, () => ({ every: 1, unit: "day" })],
  [
    /\b(every week|each week|weekly|once a week|chaque semaine|toutes les semaines|hebdomadaire(?:ment)?|une fois par semaine)\b/,
    () => ({ every: 1, unit: "week" }),
  ],
];

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

const ZONE = /\b([A-Z][A-Za-z_]+\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?|UTC|Etc\/UTC)\b/;

/**
 * A small, predictable parser for reminder requests in English and French: weekday, time, interval,
 * zone and what to do ("remind me every Monday at 9", "toutes les 2 semaines le vendredi à 18h30",
 * "pause my reminders"). It never guesses a time from a bare number: "9" counts only after "at"/"à"
 * or with ":", "h", "am"/"pm".
 */
export function parseWhen(input: string): ParsedWhen {
  const zoneMatch = ZONE.exec(input);
  let text = ` ${input.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ")} `;
  if (zoneMatch) text = text.replace(zoneMatch[0].toLowerCase(), " ");
  const result: { -readonly [K in keyof ParsedWhen]: ParsedWhen[K] } = {};
  if (zoneMatch) result.zone = zoneMatch[1];

  for (const [re, op] of OPS) {
    if (re.test(text)) {
      result.op = op;
      break;
    }
  }
  for (const [re, make] of INTERVALS) {
    const m = text.match(re);
    if (m) {
      Object.assign(result, make(m));
      text = text.replace(m[0], " ");
      break;
    }
  }
  for (const [re, day] of WEEKDAYS) {
    if (re.test(text)) {
      result.weekday = day;
      break;
    }
  }
  const time = parseTime(text);
  if (time === "bad") result.badTime = true;
  else if (time) result.time = time;
  return result;
}

function parseTime(text: string): string | "bad" | undefined {
  if (/\b(noon|midday|midi)\b/.test(text)) return "12:00";
  if (/\b(midnight|minuit)\b/.test(text)) return "00:00";
  const patterns = [
    // 9:30, 09.30, 21h, 21h30, 9 h 30, 9am, 9 p.m.
    /\b(\d{1,2})\s*(?::|\.|h)\s*(\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(?=\W)/,
    /\b(\d{1,2})\s*()(am|pm|a\.m\.|p\.m\.)(?=\W)/,
    // at 9, à 9, @ 9
    /(?:\sat|\sà|@)\s*(\d{1,2})()\s*(am|pm|a\.m\.|p\.m\.)?(?=\W)/,
  ];
  for (const re of patterns) {
    const m = text.match(re);
    if (!m) continue;
    let hour = Number.parseInt(m[1] ?? "", 10);
    const minute = m[2] ? Number.parseInt(m[2], 10) : 0;
    const suffix = m[3] ?? "";
    if (suffix) {
      if (hour < 1 || hour > 12) return "bad";
      if (suffix.startsWith("p") && hour !== 12) hour += 12;
      if (suffix.startsWith("a") && hour === 12) hour = 0;
    } else if (
      /\b(in the evening|tonight|du soir|le soir|in the afternoon|de l'après-midi|de l'apres-midi)\b/.test(text) &&
      hour >= 1 &&
      hour < 12
    ) {
      hour += 12;
    }
    return normalizeTime(hour, minute) ?? "bad";
  }
  return undefined;
}
