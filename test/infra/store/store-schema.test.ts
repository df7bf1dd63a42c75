import { describe, expect, it } from "vitest";
import { parseStoreFile, snapshotLayout } from "../../../src/infra/store/snapshot.js";

/** A valid v3 user line (see encodeUserLine) with every field set. */
const base = (): unknown[] => [
  "tg:1",
  ["fr", "Europe/Paris", 1],
  [["a", "week", 1, "09:00", "America/Toronto", "2026-11-23", "study-permit", "user", 1795442400000, 5, "a@1", 1794837600000]],
  [["aor", "2026-01-01", 3]],
];
type Path = readonly number[];
const withValue = (path: Path, value: unknown): unknown[] => {
  const tuple = base();
  let target = tuple as unknown[];
  for (const i of path.slice(0, -1)) target = target[i] as unknown[];
  target[path.at(-1) as number] = value;
  return tuple;
};
const load = (users: unknown[][]) => parseStoreFile(snapshotLayout(users.map((u) => JSON.stringify(u))));
/** "sound" when the file loaded with nothing wrong, else "damaged" (salvaged) or "unreadable". */
const verdict = (users: unknown[][]): string => {
  const outcome = load(users);
  return outcome.kind === "ok" ? (outcome.damage ? "damaged" : "sound") : outcome.kind;
};

// Every field of the line, with values the zod tuple schema must reject.
const INVALID: [string, Path, unknown[]][] = [
  ["userId", [0], ["", "x".repeat(65), 1, null]],
  ["language", [1, 0], ["xx", "", 1]],
  ["timezone", [1, 1], ["", "z".repeat(65), 3]],
  ["blockedNotice", [1, 2], [2, true, null]],
  ["reminder id", [2, 0, 0], ["", "a b", "x".repeat(25), 7, null]],
  ["unit", [2, 0, 1], ["month", null]],
  ["every", [2, 0, 2], [0, 366, 1.5, -1, "1", null]],
  ["time", [2, 0, 3], ["24:00", "9:00", "09:60", null]],
  ["zone", [2, 0, 4], ["", "z".repeat(65), null]],
  ["anchor", [2, 0, 5], ["2026-1-01", "", null]],
  ["application", [2, 0, 6], ["visa", ""]],
  ["paused", [2, 0, 7], ["no", ""]],
  ["nextDueAt", [2, 0, 8], [1.5, null, "1", 2 ** 53]],
  ["snoozedUntil", [2, 0, 9], [0.5, "1"]],
  ["lastDeliveredKey", [2, 0, 10], ["k".repeat(65), 1]],
  ["createdAt", [2, 0, 11], [null, 1e300]],
  ["log status", [3, 0, 0], ["maybe", null]],
  ["log date", [3, 0, 1], ["yesterday", null]],
  ["log recordedAt", [3, 0, 2], [null, 0.1]],
];

describe("v3 store lines: the fast whole-line check never accepts what the tuple schema rejects", () => {
  it.each(INVALID)("%s: every invalid value is reported as damage", (name, path, values) => {
    for (const value of values) expect(verdict([withValue(path, value)]), `${name} = ${JSON.stringify(value)}`).not.toBe("sound");
  });

  it("rejects extra or missing tuple elements and too many reminders", () => {
    const extra = base();
    (extra[2] as unknown[][])[0]?.push(null);
    const short = base();
    (short[1] as unknown[]).pop();
    const many = base();
    many[2] = Array.from({ length: 51 }, (_, i) => [...((base()[2] as unknown[][])[0] as unknown[])].fill(`r${i}`, 0, 1));
    for (const tuple of [extra, short, many, [...base(), []]]) expect(verdict([tuple])).not.toBe("sound");
  });

  it("accepts valid edge values, including escaped strings only the full schema reads", () => {
    const cases = [
      base(),
      withValue([2, 0, 2], 365),
      withValue([2, 0, 4], "z".repeat(64)),
      withValue([2, 0, 4], 'Odd\\"Zone\u00e9'),
      withValue([1, 1], null),
      withValue([2, 0, 8], -(2 ** 53 - 1)),
      withValue([2, 0, 10], ""),
      withValue([0], "dc:\u0001"),
    ];
    for (const tuple of cases) expect(verdict([tuple]), JSON.stringify(tuple)).toBe("sound");
    const outcome = load([withValue([2, 0, 4], 'Odd\\"Zone')]);
    expect(outcome.kind === "ok" && outcome.users.get("tg:1")?.reminders[0]?.schedule.zone).toBe('Odd\\"Zone');
  });
});
