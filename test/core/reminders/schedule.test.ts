import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { firstOccurrence, isValidZone, makeSchedule, nextOccurrence, validateSchedule } from "../../../src/core/reminders/schedule.js";
import type { ReminderSchedule } from "../../../src/core/store/user-store.js";

const TZ = "America/Toronto";
const local = (ms: number, zone = TZ) => DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd HH:mm ZZ");
/** The next `n` occurrences after `from`. */
const run = (s: ReminderSchedule, from: number, n: number): string[] => {
  const out: string[] = [];
  let t = from;
  for (let i = 0; i < n; i++) {
    t = nextOccurrence(s, t);
    out.push(local(t, s.zone));
  }
  return out;
};
const week = (anchor: string, time = "09:00", every = 1): ReminderSchedule => ({ unit: "week", every, time, zone: TZ, anchor });
const day = (anchor: string, time: string, every = 1): ReminderSchedule => ({ unit: "day", every, time, zone: TZ, anchor });

describe("schedule: America/Toronto across DST", () => {
  it("keeps 09:00 local across the March change (EST → EDT)", () => {
    const s = week("2027-03-07");
    expect(run(s, Date.UTC(2027, 2, 1), 3)).toEqual(["2027-03-07 09:00 -05:00", "2027-03-14 09:00 -04:00", "2027-03-21 09:00 -04:00"]);
    // The UTC instant moves by an hour, the wall-clock time does not.
    const [a, b] = [nextOccurrence(s, Date.UTC(2027, 2, 1)), nextOccurrence(s, Date.UTC(2027, 2, 8))];
    expect(b - a).toBe(7 * 24 * 3600_000 - 3600_000);
  });

  it("keeps 09:00 local across the November change (EDT → EST)", () => {
    expect(run(week("2026-10-25"), Date.UTC(2026, 9, 20), 3)).toEqual([
      "2026-10-25 09:00 -04:00",
      "2026-11-01 09:00 -05:00",
      "2026-11-08 09:00 -05:00",
    ]);
  });

  it("moves a 02:30 reminder forward to 03:30 on spring-forward day, once, and back to 02:30 the day after", () => {
    expect(run(day("2027-03-13", "02:30"), Date.UTC(2027, 2, 12), 3)).toEqual([
      "2027-03-13 02:30 -05:00",
      "2027-03-14 03:30 -04:00",
      "2027-03-15 02:30 -04:00",
    ]);
  });

  it("a weekly reminder created for 02:30 on the spring-forward Sunday fires at 03:30 that day", () => {
    const now = new Date("2027-03-13T12:00:00Z");
    const s = makeSchedule({ unit: "week", every: 1, time: "02:30", zone: TZ, weekday: 7 }, now);
    expect(s.anchor).toBe("2027-03-14");
    expect(local(firstOccurrence(s))).toBe("2027-03-14 03:30 -04:00");
    expect(run(s, firstOccurrence(s), 1)).toEqual(["2027-03-21 02:30 -04:00"]);
  });

  it("fires a 01:30 reminder exactly once on fall-back day", () => {
    const s = day("2026-10-31", "01:30");
    const times = run(s, Date.UTC(2026, 9, 30), 3);
    expect(times.filter((t) => t.startsWith("2026-11-01"))).toHaveLength(1);
    expect(times[2]).toBe("2026-11-02 01:30 -05:00");
  });
});

describe("schedule: calendar", () => {
  it("includes leap day for daily and weekly reminders", () => {
    expect(run(day("2028-02-27", "08:00"), Date.UTC(2028, 1, 27), 4)).toEqual([
      "2028-02-27 08:00 -05:00",
      "2028-02-28 08:00 -05:00",
      "2028-02-29 08:00 -05:00",
      "2028-03-01 08:00 -05:00",
    ]);
    expect(run(week("2028-02-15", "09:00", 2), Date.UTC(2028, 1, 16), 2)).toEqual(["2028-02-29 09:00 -05:00", "2028-03-14 09:00 -04:00"]);
  });

  it("every 2 weeks stays on the anchor's weeks, even when asked from an off week", () => {
    const s = week("2026-11-23", "09:00", 2);
    expect(run(s, Date.UTC(2026, 11, 1), 2)).toEqual(["2026-12-07 09:00 -05:00", "2026-12-21 09:00 -05:00"]);
  });

  it("every 3 days counts calendar days", () => {
    expect(run(day("2026-11-22", "20:00", 3), Date.UTC(2026, 10, 22), 3)).toEqual([
      "2026-11-22 20:00 -05:00",
      "2026-11-25 20:00 -05:00",
      "2026-11-28 20:00 -05:00",
    ]);
  });

  it("makeSchedule picks today when the time is still ahead, else the next matching day", () => {
    const sunday7am = new Date("2026-11-22T12:00:00Z"); // 07:00 in Toronto
    expect(makeSchedule({ unit: "week", every: 1, time: "09:00", zone: TZ, weekday: 7 }, sunday7am).anchor).toBe("2026-11-22");
    expect(makeSchedule({ unit: "week", every: 1, time: "06:00", zone: TZ, weekday: 7 }, sunday7am).anchor).toBe("2026-11-29");
    expect(makeSchedule({ unit: "week", every: 1, time: "09:00", zone: TZ, weekday: 1 }, sunday7am).anchor).toBe("2026-11-23");
    expect(makeSchedule({ unit: "day", every: 1, time: "06:00", zone: TZ }, sunday7am).anchor).toBe("2026-11-23");
  });

  it("validates zones, times and intervals", () => {
    expect(isValidZone("Europe/Paris")).toBe(true);
    expect(isValidZone("Mars/Olympus")).toBe(false);
    expect(isValidZone("../etc/passwd")).toBe(false);
    expect(validateSchedule({ unit: "week", every: 1, time: "24:00", zone: TZ })).toBe("badTime");
    expect(validateSchedule({ unit: "week", every: 53, time: "09:00", zone: TZ })).toBe("badInterval");
    expect(validateSchedule({ unit: "day", every: 2, time: "09:00", zone: "Nowhere/Land" })).toBe("badZone");
    expect(validateSchedule({ unit: "day", every: 2, time: "09:00", zone: TZ })).toBeUndefined();
  });
});
