import { DateTime, IANAZone } from "luxon";
import type { ReminderSchedule } from "../store/user-store.js";

/** Zone used when the user never named one (most users wait on Canadian offices; IRCC works in Eastern time). */
export const DEFAULT_ZONE = "America/Toronto";
export const DEFAULT_TIME = "09:00";
/** ISO weekday 1 = Monday … 7 = Sunday. */
export const DEFAULT_WEEKDAY = 1;

export type ScheduleProblem = "badZone" | "badTime" | "badInterval";

/** Zones already found valid: luxon builds an Intl.DateTimeFormat per check (about half a millisecond). */
const validZones = new Set<string>();

/** True for a zone luxon (ICU) knows, e.g. "Europe/Paris"; rejects "EST5" style offsets-only typos and junk. */
export function isValidZone(zone: string): boolean {
  if (validZones.has(zone)) return true;
  const valid = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/.test(zone) && IANAZone.isValidZone(zone);
  // Bounded: only real zone names get in, and there are about 600 of them.
  if (valid && validZones.size < 1_000) validZones.add(zone);
  return valid;
}

/** "9" / "9:30" / "09:30" → "09:30"; undefined when not a wall-clock time. */
export function normalizeTime(hour: number, minute = 0): string | undefined {
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

export function validateSchedule(s: Pick<ReminderSchedule, "unit" | "every" | "time" | "zone">): ScheduleProblem | undefined {
  if (!isValidZone(s.zone)) return "badZone";
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(s.time)) return "badTime";
  const max = s.unit === "week" ? 52 : 365;
  if (!Number.isInteger(s.every) || s.every < 1 || s.every > max) return "badInterval";
  return undefined;
}

/**
 * The local wall-clock instant of `time` on `date` in `zone`. A time that does not exist (02:30 on the
 * spring-forward day) moves forward by the gap (03:30), as luxon does; an ambiguous one (01:30 on the
 * fall-back day) resolves to one instant, so the reminder fires once.
 */
function at(date: DateTime, time: string, zone: string): DateTime {
  const [h, m] = time.split(":").map(Number);
  return DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: h ?? 0, minute: m ?? 0 }, { zone });
}

/**
 * Builds a schedule whose first occurrence is the first matching local date at or after `now`'s
 * local date (today if the time is still ahead). `weekday` (1–7) applies to weekly schedules.
 */
export function makeSchedule(
  input: { unit: "day" | "week"; every: number; time: string; zone: string; weekday?: number | undefined },
  now: Date,
): ReminderSchedule {
  const local = DateTime.fromJSDate(now, { zone: input.zone });
  let day = local.startOf("day");
  if (input.unit === "week") {
    const weekday = input.weekday ?? local.weekday;
    day = day.plus({ days: (weekday - local.weekday + 7) % 7 });
  }
  if (at(day, input.time, input.zone).toMillis() <= now.getTime()) {
    day = day.plus(input.unit === "week" ? { weeks: 1 } : { days: 1 });
  }
  return { unit: input.unit, every: input.every, time: input.time, zone: input.zone, anchor: day.toISODate() ?? "1970-01-01" };
}

/** ISO weekday (1–7) of a weekly schedule's occurrences. */
export function scheduleWeekday(s: ReminderSchedule): number {
  return DateTime.fromISO(s.anchor, { zone: s.zone }).weekday;
}

/**
 * First occurrence strictly after `after` (epoch ms). Occurrences are anchor + k·every days/weeks in the
 * local calendar, at the local time: DST changes move the UTC instant, never the wall-clock time.
 */
export function nextOccurrence(s: ReminderSchedule, after: number): number {
  const stepDays = s.unit === "week" ? 7 * s.every : s.every;
  const anchor = DateTime.fromISO(s.anchor, { zone: s.zone }).startOf("day");
  const afterLocal = DateTime.fromMillis(after, { zone: s.zone }).startOf("day");
  // Calendar days between the anchor and `after` (local dates; immune to 23/25-hour days).
  const diff = Math.round(afterLocal.diff(anchor, "days").days);
  let k = Math.max(0, Math.floor(diff / stepDays));
  for (;;) {
    const candidate = at(anchor.plus({ days: k * stepDays }), s.time, s.zone).toMillis();
    if (candidate > after) return candidate;
    k += 1;
  }
}

/** The first occurrence of a fresh schedule (at or after its anchor). */
export function firstOccurrence(s: ReminderSchedule): number {
  const anchor = DateTime.fromISO(s.anchor, { zone: s.zone });
  return at(anchor, s.time, s.zone).toMillis();
}

/** Local calendar days from `fromDate` ("YYYY-MM-DD") to the local date of `now` in `zone`. */
export function daysSince(fromDate: string, now: number, zone: string): number {
  const from = DateTime.fromISO(fromDate, { zone }).startOf("day");
  const today = DateTime.fromMillis(now, { zone }).startOf("day");
  return Math.round(today.diff(from, "days").days);
}

/** Local date "YYYY-MM-DD" of `now` in `zone`. */
export function localDate(now: number, zone: string): string {
  return DateTime.fromMillis(now, { zone }).toISODate() ?? "1970-01-01";
}
