import { DateTime, Info } from "luxon";
import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import type { Reminder, ReminderSchedule } from "../store/user-store.js";
import { scheduleWeekday } from "./schedule.js";
import { effectiveDue } from "./scheduler.js";

/** Localized weekday name (luxon/ICU data, so every supported locale gets a real name). */
export const weekdayName = (weekday: number, lang: Locale): string =>
  Info.weekdays("long", { locale: lang })[weekday - 1] ?? String(weekday);

/** A local instant in the reminder's zone, formatted for the user's language. */
export const formatInstant = (ms: number, zone: string, lang: Locale): string =>
  DateTime.fromMillis(ms, { zone }).setLocale(lang).toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY);

/** "every Monday at 09:00 (America/Toronto)" and its daily / every-N variants. */
export function describeSchedule(s: ReminderSchedule, t: Translate, lang: Locale): string {
  const params = { time: s.time, zone: s.zone, count: s.every, weekday: weekdayName(scheduleWeekday(s), lang) };
  if (s.unit === "day") return s.every === 1 ? t("reminders:schedule.daily", params) : t("reminders:schedule.everyDays", params);
  return s.every === 1 ? t("reminders:schedule.weekly", params) : t("reminders:schedule.everyWeeks", params);
}

/** One line for /reminders and /mydata: schedule, state and next time. */
export function describeReminder(r: Reminder, t: Translate, lang: Locale): string {
  const schedule = describeSchedule(r.schedule, t, lang);
  if (r.paused) return t(r.paused === "blocked" ? "reminders:list.pausedBlocked" : "reminders:list.paused", { schedule });
  const due = effectiveDue(r) ?? r.nextDueAt;
  return t("reminders:list.active", { schedule, next: formatInstant(due, r.schedule.zone, lang) });
}
