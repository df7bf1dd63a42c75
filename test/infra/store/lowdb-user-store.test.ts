import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CoreLogger } from "../../../src/core/logger.js";
import { reminder } from "../../contracts/user-store.contract.js";
import { snapshotChunks, snapshotLayout } from "../../../src/infra/store/snapshot.js";
import { createLowdbUserStore, StoreUnreadableError, StoreVersionError, storeFiles } from "../../../src/infra/store/lowdb-user-store.js";
import { StoreLockedError } from "../../../src/infra/store/store-lock.js";

const clock = { now: () => new Date("2026-11-22T12:00:00.000Z") };
let dir: string;
let path: string;
const errors: string[] = [];
const logger: CoreLogger = { debug() {}, info() {}, warn() {}, error: (_o, msg) => errors.push(msg ?? "") };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lowdb-store-"));
  path = join(dir, "store.json");
  errors.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The file on disk read as plain JSON (v3: one `[userId, [language, timezone, blocked], reminders, log]` per user). */
const usersOnDisk = (): Map<string, { language: string | null; reminderIds: string[] }> => {
  const file = JSON.parse(readFileSync(path, "utf8")) as { version: number; users: [string, [string | null], [string][]][] };
  expect(file.version).toBe(3);
  return new Map(file.users.map(([id, [language], reminders]) => [id, { language, reminderIds: reminders.map((r) => r[0]) }]));
};

describe("lowdb store file handling", () => {
  it("refuses a file with nothing readable in it, leaving it untouched", async () => {
    const content = '{"version":2,"users":{"tg:1":';
    writeFileSync(path, content);
    await expect(createLowdbUserStore({ path, clock, logger })).rejects.toBeInstanceOf(StoreUnreadableError);
    expect(readFileSync(path, "utf8")).toBe(content);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it("treats an empty file as an empty store, keeping a copy", async () => {
    writeFileSync(path, "");
    const store = await createLowdbUserStore({ path, clock, logger });
    expect(store.movedAside).toBe(`${path}.corrupt-2026-11-22T12-00-00-000Z`);
    expect(await store.allReminders()).toEqual([]);
    await store.close();
  });

  it.each([
    [
      "an unknown field",
      JSON.stringify({ version: 2, users: { "tg:1": { profile: {}, reminders: [reminder("a")], log: [], email: "x@y.z" } } }),
      ["a"],
      {},
    ],
    [
      "a reminder under another user",
      JSON.stringify({ version: 2, users: { "tg:1": { profile: {}, reminders: [reminder("a"), reminder("b", "tg:2")], log: [] } } }),
      ["a"],
      { reminders: 1 },
    ],
  ])("salvages a file with %s: keeps the valid records, keeps a copy, drops only the bad part", async (_name, content, kept, lost) => {
    writeFileSync(path, content);
    const store = await createLowdbUserStore({ path, clock, logger });
    expect(store.movedAside).toBe(`${path}.corrupt-2026-11-22T12-00-00-000Z`);
    expect(readFileSync(store.movedAside as string, "utf8")).toBe(content);
    expect(errors.join()).toMatch(/damaged; every readable record was kept/);
    expect((await store.allReminders()).map((r) => r.id)).toEqual(kept);
    expect(store.salvaged).toEqual(lost);
    await store.addReminder(reminder("new", "tg:3"));
    await store.close();
    expect(readFileSync(store.movedAside as string, "utf8")).toBe(content);
    expect(usersOnDisk().get("tg:1")?.reminderIds).toEqual(kept);
    expect(usersOnDisk().get("tg:3")?.reminderIds).toEqual(["new"]);
  });

  it("loads both its own one-user-per-line layout and a hand-formatted file", async () => {
    const users = { "tg:1": { profile: { language: "fr" }, reminders: [reminder("a")], log: [] } };
    writeFileSync(path, JSON.stringify({ version: 2, users }, null, 2));
    let store = await createLowdbUserStore({ path, clock, logger });
    expect((await store.getReminder("tg:1", "a"))?.id).toBe("a");
    await store.setLanguage("tg:2", "es");
    await store.close();
    const text = readFileSync(path, "utf8");
    expect(text.split("\n")).toHaveLength(5); // head, 2 users, tail, final newline
    expect(usersOnDisk().get("tg:2")?.language).toBe("es");
    store = await createLowdbUserStore({ path, clock, logger });
    expect(await store.getProfile("tg:1")).toEqual({ language: "fr" });
    await store.close();
    expect(errors).toEqual([]);
  });

  it("migrates a version 2 file (one object per user) to the compact version 3 lines, keeping every field and a backup", async () => {
    const r = reminder("a", "tg:1", { paused: "user", snoozedUntil: 5, lastDeliveredKey: "a@1", application: "study-permit" });
    const v2 = {
      "tg:1": {
        profile: { language: "fr", timezone: "Europe/Paris", blockedNotice: true },
        reminders: [r],
        log: [{ status: "aor", date: "2026-01-02", recordedAt: 7 }],
      },
      "tg:2": { profile: {}, reminders: [reminder("b", "tg:2")], log: [] },
    };
    // The layout v2 snapshots wrote: one user per line.
    const text = `{"version":2,"users":{\n${Object.entries(v2)
      .map(([id, u]) => `${JSON.stringify(id)}:${JSON.stringify(u)}`)
      .join(",\n")}\n}}\n`;
    writeFileSync(path, text);
    let store = await createLowdbUserStore({ path, clock, logger });
    await store.close();
    expect(readFileSync(`${path}.v2.bak`, "utf8")).toBe(text);
    expect([...usersOnDisk().keys()]).toEqual(["tg:1", "tg:2"]);
    store = await createLowdbUserStore({ path, clock, logger });
    expect(await store.exportUser("tg:1")).toEqual({ userId: "tg:1", ...v2["tg:1"] });
    expect(await store.getReminder("tg:2", "b")).toEqual(reminder("b", "tg:2"));
    await store.close();
    expect(errors).toEqual([]);
  });

  it("lists every problem of a version 3 file by position and field name (no user id) and keeps every valid part", async () => {
    const problems: unknown[] = [];
    const capture: CoreLogger = { ...logger, error: (o) => problems.push(...((o as { problems?: unknown[] }).problems ?? [])) };
    const good = ["r1", "week", 1, "09:00", "America/Toronto", "2026-11-23", null, null, 1, null, null, 1];
    const lines = [
      ["tg:1", ["en", null, 0], [good], []],
      ["tg:2", [null, null, 0], [["r2", "week", 1, "09:00", 5, "2026-11-23", null, null, 1, null, null, 1]], []],
      ["tg:3", [null, null, 0], [[...good.slice(0, 11), 1, "extra"]], []],
      ["tg:1", [null, null, 0], [], []],
      ["tg:4", ["en", null, 0], [], [["aor", "yesterday", 1]]],
    ];
    const content = `{"version":3,"users":[\n${lines.map((l) => JSON.stringify(l)).join(",\n")}\n]}\n`;
    writeFileSync(path, content);
    const store = await createLowdbUserStore({ path, clock, logger: capture });
    expect(store.movedAside).not.toBeNull();
    expect(readFileSync(store.movedAside as string, "utf8")).toBe(content);
    expect(problems).toEqual([
      expect.stringMatching(/^user 2: reminders\.0\.zone: /),
      expect.stringMatching(/^user 2: reminders\.0: /),
      expect.stringMatching(/^user 3: reminders\.0: /),
      expect.stringMatching(/^user 3: reminders\.0: /),
      "user 4: duplicate user",
      expect.stringMatching(/^user 5: log\.0\.date: /),
      expect.stringMatching(/^user 5: log\.0: /),
    ]);
    expect(JSON.stringify(problems)).not.toMatch(/tg:/);
    expect((await store.allReminders()).map((r) => r.id)).toEqual(["r1"]);
    expect(await store.getProfile("tg:4")).toEqual({ language: "en" });
    expect(store.salvaged).toEqual({ reminders: 2, users: 1, logEntries: 1 });
    await store.close();
  });

  it("reads a hand-formatted version 3 file and rewrites it one user per line", async () => {
    const users = [
      [
        "tg:1",
        ["es", "America/Vancouver", 0],
        [["a", "day", 3, "18:30", "America/Vancouver", "2026-11-23", null, null, 1, null, null, 1]],
        [],
      ],
    ];
    writeFileSync(path, JSON.stringify({ version: 3, users }, null, 2));
    let store = await createLowdbUserStore({ path, clock, logger });
    expect((await store.getReminder("tg:1", "a"))?.schedule).toEqual({
      unit: "day",
      every: 3,
      time: "18:30",
      zone: "America/Vancouver",
      anchor: "2026-11-23",
    });
    await store.close();
    expect(readFileSync(path, "utf8")).toBe(`{"version":3,"users":[\n${JSON.stringify(users[0])}\n]}\n`);
    store = await createLowdbUserStore({ path, clock, logger });
    expect(await store.getProfile("tg:1")).toEqual({ language: "es", timezone: "America/Vancouver" });
    await store.close();
    expect(errors).toEqual([]);
  });

  it("writes the snapshot in chunks that add up to exactly the one-document layout", () => {
    const lines = Array.from({ length: 7 }, (_, i) => JSON.stringify([`tg:${i}`, [null, null, 0], [], []]));
    const chunks = [...snapshotChunks(lines, 40)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join("")).toBe(snapshotLayout(lines));
    expect(JSON.parse(chunks.join("")).users).toHaveLength(7);
    expect([...snapshotChunks([], 40)].join("")).toBe('{"version":3,"users":[\n\n]}\n');
  });

  it("refuses a file from a newer version and leaves it unchanged", async () => {
    writeFileSync(path, '{"version":99,"users":{}}');
    await expect(createLowdbUserStore({ path, clock })).rejects.toBeInstanceOf(StoreVersionError);
    expect(readFileSync(path, "utf8")).toBe('{"version":99,"users":{}}');
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it("migrates a version 1 file (profiles only) and keeps a backup", async () => {
    writeFileSync(path, JSON.stringify({ version: 1, users: { "tg:1": { language: "fr" }, "tg:2": {} } }));
    const store = await createLowdbUserStore({ path, clock });
    expect(await store.getProfile("tg:1")).toEqual({ language: "fr" });
    await store.close();
    expect(usersOnDisk().get("tg:1")?.language).toBe("fr");
    expect(existsSync(`${path}.v1.bak`)).toBe(true);
  });

  it("a second opener in the same process gets a clear error; close releases the lock", async () => {
    const store = await createLowdbUserStore({ path, clock });
    const second = createLowdbUserStore({ path, clock, lockWaitMs: 300 });
    await expect(second).rejects.toBeInstanceOf(StoreLockedError);
    await expect(second).rejects.toThrow(new RegExp(`in use by process ${process.pid}`));
    await store.close();
    const again = await createLowdbUserStore({ path, clock });
    await again.close();
  });

  it("takes over a stale lock left by a dead process", async () => {
    const dead = spawnSync("true"); // a process that has exited (and was reaped): its pid is free
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: dead.pid }));
    const store = await createLowdbUserStore({ path, clock });
    expect(JSON.parse(readFileSync(`${path}.lock`, "utf8")).pid).toBe(process.pid);
    await store.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it("acknowledges a creation once its journal line is written, group-commits, and snapshots on close", async () => {
    const store = await createLowdbUserStore({ path, clock, debounceMs: 50 });
    await store.addReminder(reminder("a"));
    const journal = storeFiles(path).find((f) => f.includes(".journal."));
    expect(readFileSync(journal as string, "utf8")).toContain('"id":"a"');
    const before = store.stats().appends;
    for (let i = 0; i < 500; i++) await store.addLogEntry(`tg:${i}`, { status: "aor", date: "2026-01-01", recordedAt: i });
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.addReminder(reminder(`b${i}`, `tg:b${i}`))));
    await store.flush();
    // 550 changes, a handful of appends, no whole-file rewrite yet.
    expect(store.stats().appends - before).toBeLessThanOrEqual(4);
    expect(store.stats().snapshots).toBe(0);
    await store.close();
    expect(usersOnDisk().size).toBe(550); // 500 log users (tg:1 among them, with reminder "a") + 50
    expect(readdirSync(dir).sort()).toEqual(["store.json"]);
  });

  it("replays the journal after a crash, ignoring a torn last line, and snapshots it", async () => {
    const store = await createLowdbUserStore({ path, clock, snapshotMs: 60_000 });
    await store.addReminder(reminder("j1"));
    await store.addReminder(reminder("j2", "tg:2"));
    await store.deleteReminder("tg:2", "j2");
    const journal = storeFiles(path).find((f) => f.includes(".journal.")) as string;
    // Simulate a crash: a half-written line, the lock left behind by a dead pid.
    appendFileSync(journal, '{"u":"tg:3","r":{"profile":{');
    const dead = spawnSync("true"); // a process that has exited (and was reaped): its pid is free
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: dead.pid }));
    const again = await createLowdbUserStore({ path, clock });
    expect((await again.allReminders()).map((r) => r.id)).toEqual(["j1"]);
    expect(again.movedAside).toBeNull();
    expect(usersOnDisk().get("tg:1")?.reminderIds).toEqual(["j1"]);
    await again.close();
    await store.close().catch(() => undefined);
  });

  it("keeps every valid line of a journal with a bad line in the middle, and keeps a copy of it", async () => {
    const line = (u: string, language: string) => JSON.stringify({ u, r: { profile: { language }, reminders: [], log: [] } });
    writeFileSync(`${path}.journal.1`, `${line("tg:1", "fr")}\nnot json\n${line("tg:2", "es")}\n{"torn":`);
    const store = await createLowdbUserStore({ path, clock, logger });
    expect(await store.getProfile("tg:1")).toEqual({ language: "fr" });
    expect(await store.getProfile("tg:2")).toEqual({ language: "es" });
    expect(store.salvaged).toEqual({ journalLines: 1 });
    expect(errors.join()).toMatch(/journal lost 1 journal lines/);
    expect(storeFiles(path).some((f) => f.includes(".journal.1.corrupt-"))).toBe(true);
    await store.close();
  });
});
