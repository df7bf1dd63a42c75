import { DateTime } from "luxon";
import type { Locale } from "../i18n/locales.js";
import { type CompiledPhrase, languagesFor, normalizeScheduleText, numberOf, type ScheduleWords } from "./schedule-words.js";

export interface LogDate {
  /** "YYYY-MM-DD", or "invalid" when a date was written but does not exist ("2026-02-30", "31 April"). */
  readonly date: string | "invalid";
  /** The words that gave the date, to leave out when reading the status. */
  readonly matched: string;
}

const ISO_DATE = /(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/;

function first(items: readonly CompiledPhrase<null>[], text: string): RegExpMatchArray | undefined {
  for (const item of items) {
    const m = item.re.exec(text);
    if (m) return m;
  }
  return undefined;
}

/**
 * Reads the date of a status change from `/log` text in any of the twelve languages: an ISO date,
 * "today", "yesterday", "the day before yesterday", "3 days ago", "last Monday" / "on Monday" (the
 * most recent one; "last" means before today), "on 3 March" / "March 3" / "3月3日" (this year, or last
 * year when that date is still ahead). `today` is the user's local date. Undefined when the text has
 * no date (the caller uses today).
 */
export function parseLogDate(
  input: string,
  options: { words: ScheduleWords | undefined; langs: readonly (Locale | null | undefined)[]; today: string; zone: string },
): LogDate | undefined {
  const iso = ISO_DATE.exec(input);
  if (iso?.[1]) {
    const parsed = DateTime.fromISO(iso[1], { zone: options.zone });
    return { date: parsed.isValid ? iso[1] : "invalid", matched: iso[0] };
  }
  const today = DateTime.fromISO(options.today, { zone: options.zone });
  const text = normalizeScheduleText(input);
  const back = (days: number, m: RegExpMatchArray): LogDate => ({
    date: today.minus({ days }).toISODate() ?? options.today,
    matched: m[0],
  });

  for (const table of languagesFor(options.words, options.langs)) {
    for (const item of table.log.daysAgo) {
      const m = item.re.exec(text);
      const n = m ? numberOf(table, m[item.numberGroup ?? 1]) : undefined;
      if (m && n !== undefined) return back(n, m);
    }
    const before = first(table.log.dayBeforeYesterday, text);
    if (before) return back(2, before);
    const yesterday = first(table.log.yesterday, text);
    if (yesterday) return back(1, yesterday);
    for (const { re, dayGroup, monthGroup } of table.log.dayMonth) {
      const m = re.exec(text);
      if (!m) continue;
      const day = Number(m[dayGroup]);
      const monthWord = m[monthGroup] ?? "";
      const month = /^\d+$/.test(monthWord) ? Number(monthWord) : table.log.months.get(monthWord.replace(/\.$/, ""));
      if (!month) continue;
      let date = DateTime.fromObject({ year: today.year, month, day }, { zone: options.zone });
      if (!date.isValid) return { date: "invalid", matched: m[0] };
      if (date > today) date = date.minus({ years: 1 });
      return { date: date.toISODate() ?? options.today, matched: m[0] };
    }
    for (const weekday of table.weekdays) {
      const m = weekday.re.exec(text);
      if (!m) continue;
      // "last Monday" said on a Monday is a week ago; "Monday" said on a Monday is today.
      const last = first(table.log.last, text) !== undefined;
      let days = (today.weekday - weekday.value + 7) % 7;
      if (days === 0 && last) days = 7;
      return back(days, m);
    }
    const todayWord = first(table.log.today, text);
    if (todayWord) return back(0, todayWord);
  }
  return undefined;
}
