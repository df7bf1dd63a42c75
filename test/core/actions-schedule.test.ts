import { describe, expect, it } from "vitest";
import { decodeAction, encodeAction, MAX_ACTION_BYTES, type ScheduleAction } from "../../src/core/actions.js";

const base: ScheduleAction = {
  type: "schedule",
  unit: "week",
  every: 2,
  weekday: 3,
  time: "18:30",
  zone: "America/St_Johns",
  target: null,
};

describe("schedule buttons in the action codec", () => {
  it.each<ScheduleAction>([
    base,
    { ...base, weekday: null, time: null, zone: null },
    { ...base, unit: "day", every: 1, weekday: null, zone: "profile" },
    { ...base, target: { reminderId: "AbC_-123456789012345678z" } },
    // The longest: the longest button zone with the longest application id still fits Telegram's 64 bytes.
    { ...base, every: 52, target: { application: "sponsorship-dependent-child" } },
  ])("round-trips %j within the size limit", (action) => {
    const data = encodeAction(action);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_ACTION_BYTES);
    expect(decodeAction(data)).toEqual(action);
  });

  it.each([
    "1|w|w2|8|1830|America/Toronto|", // no 8th weekday
    "1|w|w2|3|2460|America/Toronto|", // not a clock time
    "1|w|x2|3|1830|America/Toronto|", // unknown unit
    "1|w|w0|3|1830|America/Toronto|", // every 0
    "1|w|w2|3|1830|../../etc|", // not a zone
    "1|w|w2|3|1830|America/Toronto|anot-an-application-id",
    "1|w|w2|3|1830|America/Toronto|r../x",
    "1|w|w2|3|1830|America/Toronto", // a field short
  ])("rejects forged data %s", (data) => {
    expect(decodeAction(data)).toBeUndefined();
  });
});
