import { spawn } from "node:child_process";
import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CoreLogger } from "../../../src/core/logger.js";
import { StoreWriteError } from "../../../src/core/store/user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { loadLocales } from "../../../src/infra/load-locales.js";
import { createLowdbUserStore, type LowdbUserStore, storeFiles } from "../../../src/infra/store/lowdb-user-store.js";
import { StoreLockedError } from "../../../src/infra/store/store-lock.js";
import { reminder } from "../../contracts/user-store.contract.js";
import { BLANK_UNDERSTANDING } from "../../helpers/understanding.js";

/**
 * Store fault matrix (issue 11, item 4 to 6), in process: damaged files, files removed under a
 * running store, a full disk, symlinks and stale locks. The child-process cases (SIGKILL) are in
 * store-faults.crash.test.ts.
 */
const clock = { now: () => new Date("2026-11-22T12:00:00.000Z") };
let dir: string;
let path: string;
const logged: { level: string; obj: unknown; msg: string }[] = [];
const logger: CoreLogger = {
  debug() {},
  info() {},
  warn: (obj, msg) => logged.push({ level: "warn", obj, msg: msg ?? "" }),
  error: (obj, msg) => logged.push({ level: "error", obj, msg: msg ?? "" }),
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "store-faults-"));
  path = join(dir, "store.json");
  logged.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A closed store of 100 users with one reminder each (r0…r99), as a snapshot on disk. */
async function hundredReminders(): Promise<void> {
  const store = await createLowdbUserStore({ path, clock });
  await Promise.all(Array.from({ length: 100 }, (_, i) => store.addReminder(reminder(`r${i}`, `tg:${i}`))));
  await store.close();
}
const ids = async (store: LowdbUserStore) => (await store.allReminders()).map((r) => r.id).sort();
const all = Array.from({ length: 100 }, (_, i) => `r${i}`).sort();
const lossLines = () => logged.filter((l) => /salvage .* lost/.test(l.msg));

describe("a damaged snapshot keeps every valid record, keeps a copy and names what was lost", () => {
  it("truncated by 3 bytes: all 100 reminders are back", async () => {
    await hundredReminders();
    const size = readFileSync(path).length;
    truncateSync(path, size - 3);
    const damaged = readFileSync(path, "utf8");
    const store = await createLowdbUserStore({ path, clock, logger });
    expect(await ids(store)).toEqual(all);
    expect(readFileSync(store.movedAside as string, "utf8")).toBe(damaged);
    expect(store.salvaged).toEqual({});
    expect(logged.some((l) => /damaged; every readable record was kept/.test(l.msg))).toBe(true);
    await store.close();
    // The next snapshot is sound again: a restart reads it without a word.
    logged.length = 0;
    const again = await createLowdbUserStore({ path, clock, logger });
    expect(await ids(again)).toEqual(all);
    expect(again.movedAside).toBeNull();
    expect(logged).toEqual([]);
    await again.close();
  });

  it("truncated in the middle of the last user: 99 back, the loss named", async () => {
    await hundredReminders();
    truncateSync(path, readFileSync(path).length - 40);
    const store = await createLowdbUserStore({ path, clock, logger });
    expect((await ids(store)).length).toBe(99);
    expect(store.salvaged).toEqual({ unreadableLines: 1 });
    expect(lossLines().map((l) => l.msg)).toEqual(["store: salvage of the store file lost 1 unreadable lines"]);
    await store.close();
  });

  it("trailing garbage: all 100 back, the garbage counted as one unreadable line", async () => {
    await hundredReminders();
    appendFileSync(path, "\u0000\u0000garbage}}{[");
    const store = await createLowdbUserStore({ path, clock, logger });
    expect(await ids(store)).toEqual(all);
    expect(store.salvaged).toEqual({ unreadableLines: 1 });
    await store.close();
  });

  it("one bad field among 100 reminders: the other 99 are back, one log line says 1 reminder was lost, no ids logged", async () => {
    await hundredReminders();
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.replace('["r42","week",1,"09:00"', '["r42","week",1,"99:99"'));
    const store = await createLowdbUserStore({ path, clock, logger });
    expect(await ids(store)).toEqual(all.filter((id) => id !== "r42"));
    expect(store.salvaged).toEqual({ reminders: 1 });
    expect(lossLines()).toHaveLength(1);
    expect(lossLines()[0]?.obj).toMatchObject({ lost: "reminders", count: 1 });
    expect(JSON.stringify(logged)).not.toMatch(/tg:|r42/);
    await store.close();
  });

  it("garbage over the header and part of the first lines: every whole line is still read", async () => {
    await hundredReminders();
    const text = readFileSync(path, "utf8");
    writeFileSync(path, `#####${text.slice(60)}`);
    const store = await createLowdbUserStore({ path, clock, logger });
    expect((await ids(store)).length).toBeGreaterThanOrEqual(98);
    await store.close();
  });

  it("a snapshot with nothing readable but a journal to replay: starts with the journal's changes and says the file was lost", async () => {
    writeFileSync(path, "\u0000".repeat(500));
    const line = JSON.stringify({ u: "tg:1", r: { profile: {}, reminders: [reminder("j")], log: [] } });
    writeFileSync(`${path}.journal.1`, `${line}\n`);
    const store = await createLowdbUserStore({ path, clock, logger });
    expect(await ids(store)).toEqual(["j"]);
    expect(store.salvaged).toEqual({ wholeFiles: 1 });
    expect(readFileSync(store.movedAside as string, "utf8")).toBe("\u0000".repeat(500));
    await store.close();
  });

  it("nothing readable: refuses to start (a setup error, exit 2 in main) and leaves the file as it was", async () => {
    writeFileSync(path, "\u0000".repeat(500));
    await expect(createLowdbUserStore({ path, clock, logger, lockWaitMs: 0 })).rejects.toThrow(/could not be read at all/);
    expect(readFileSync(path, "utf8")).toBe("\u0000".repeat(500));
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});

describe("a change that cannot be made durable is refused, never confirmed", () => {
  it("store directory removed while running: 10 of 10 creations rejected, none left in memory", async () => {
    const store = await createLowdbUserStore({ path, clock, logger, debounceMs: 5 });
    await store.addReminder(reminder("before"));
    rmSync(dir, { recursive: true, force: true });
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => store.addReminder(reminder(`lost${i}`, `tg:l${i}`))));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill("rejected"));
    for (const r of results) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(StoreWriteError);
    expect((await store.allReminders()).map((r) => r.id)).toEqual(["before"]);
    // One at a time as well (each after the store tried to recover).
    for (let i = 0; i < 3; i++) await expect(store.addReminder(reminder(`later${i}`, `tg:m${i}`))).rejects.toBeInstanceOf(StoreWriteError);
    await expect(store.deleteReminder("tg:1", "before")).rejects.toBeInstanceOf(StoreWriteError);
    expect((await store.allReminders()).map((r) => r.id)).toEqual(["before"]);
    await store.close();
  });

  it("journal removed while running: the change in flight is refused, the store recovers with a new journal and a snapshot", async () => {
    const store = await createLowdbUserStore({ path, clock, logger, debounceMs: 5 });
    for (let i = 0; i < 5; i++) await store.addReminder(reminder(`a${i}`, `tg:a${i}`));
    for (const file of storeFiles(path)) if (file.includes(".journal.")) unlinkSync(file);
    await expect(store.addReminder(reminder("refused", "tg:x"))).rejects.toBeInstanceOf(StoreWriteError);
    for (let i = 0; i < 5; i++) await store.addReminder(reminder(`b${i}`, `tg:b${i}`));
    // What a SIGKILL would leave now: the recovery snapshot plus the new journal.
    const onDisk = storeFiles(path).filter((f) => !f.endsWith(".lock"));
    const copy = mkdtempSync(join(tmpdir(), "store-faults-copy-"));
    try {
      for (const file of onDisk) writeFileSync(join(copy, file.slice(dir.length + 1)), readFileSync(file));
      const reopened = await createLowdbUserStore({ path: join(copy, "store.json"), clock });
      expect(await ids(reopened)).toEqual(["a0", "a1", "a2", "a3", "a4", "b0", "b1", "b2", "b3", "b4"]);
      await reopened.close();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    await store.close();
  });

  it("a full disk (the journal on /dev/full) refuses the creation with StoreWriteError", async () => {
    if (!existsSync("/dev/full")) return; // Linux only; CI runs Linux
    const store = await createLowdbUserStore({ path, clock, logger, debounceMs: 5, maxJournalBytes: 1 });
    // The next generation the store rotates to is the full device.
    symlinkSync("/dev/full", `${path}.journal.2`);
    await store.addReminder(reminder("first")); // written to journal 1, which then rotates to journal 2
    while (store.stats().snapshots === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(store.addReminder(reminder("second", "tg:2"))).rejects.toBeInstanceOf(StoreWriteError);
    expect((await store.allReminders()).map((r) => r.id)).toEqual(["first"]);
    expect(logged.some((l) => /journal append failed/.test(l.msg))).toBe(true);
    await store.close();
    if (lstatSync(`${path}.journal.2`, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(`${path}.journal.2`);
  });

  it("the user is told, in their language, that it was not saved", async () => {
    const store = await createLowdbUserStore({ path, clock, logger, debounceMs: 5 });
    const script: Record<string, typeof BLANK_UNDERSTANDING> = {
      "rappelle-moi chaque lundi": { ...BLANK_UNDERSTANDING, lang: "fr", intent: "reminder-set" },
    };
    const core = await createCoreFromDisk({
      store,
      understander: { understand: (text, hint) => script[text] ?? { ...BLANK_UNDERSTANDING, lang: hint ?? "en" } },
    });
    await store.setLanguage("tg:9", "fr");
    await store.flush();
    rmSync(dir, { recursive: true, force: true });
    const reply = await core.handle({
      kind: "text",
      text: "rappelle-moi chaque lundi à 9h, heure de Toronto",
      platform: "telegram",
      userId: "tg:9",
      chatId: "tg:9",
      isPrivate: true,
      localeHints: [],
    });
    const fr = loadLocales(join(import.meta.dirname, "../../../locales")).fr?.errors as Record<string, string>;
    expect(reply.text).toBe(fr.notSaved);
    expect(await store.listReminders("tg:9")).toEqual([]);
    await store.close();
  });
});

describe("the lock goes by the real path and waits for a holder that is exiting", () => {
  it("a symlinked file and a symlinked folder name the same store: the second opener is refused", async () => {
    const first = await createLowdbUserStore({ path, clock });
    const links = mkdtempSync(join(tmpdir(), "store-faults-links-"));
    try {
      symlinkSync(path, join(links, "link.json"));
      symlinkSync(dir, join(links, "dir"));
      for (const other of [join(links, "link.json"), join(links, "dir", "store.json")])
        await expect(createLowdbUserStore({ path: other, clock, lockWaitMs: 0 })).rejects.toBeInstanceOf(StoreLockedError);
      await first.addReminder(reminder("a"));
      await first.close();
      // Through the link the store writes the real file and leaves the link a link.
      const viaLink = await createLowdbUserStore({ path: join(links, "link.json"), clock });
      expect(viaLink.path).toBe(path);
      await viaLink.addReminder(reminder("b", "tg:2"));
      await viaLink.close();
      expect(lstatSync(join(links, "link.json")).isSymbolicLink()).toBe(true);
      expect(readFileSync(path, "utf8")).toContain('"b"');
    } finally {
      rmSync(links, { recursive: true, force: true });
    }
  });

  it("a lock held by a dead but not yet reaped process (a zombie) is taken over at once", async () => {
    // `sleep 0.05` becomes a zombie: its parent execs `sleep 5` and never waits for it.
    const parent = spawn("sh", ["-c", "sleep 0.05 & echo $!; exec sleep 5"], { stdio: ["ignore", "pipe", "ignore"] });
    try {
      const zombie = Number(await new Promise<string>((resolve) => parent.stdout.once("data", (d: Buffer) => resolve(d.toString()))));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(() => process.kill(zombie, 0)).not.toThrow(); // still in the process table
      writeFileSync(`${path}.lock`, JSON.stringify({ pid: zombie }));
      const started = Date.now();
      const store = await createLowdbUserStore({ path, clock, logger, lockWaitMs: 5_000 });
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(JSON.parse(readFileSync(`${path}.lock`, "utf8")).pid).toBe(process.pid);
      await store.close();
    } finally {
      parent.kill("SIGKILL");
    }
  });

  it("waits for a holder that exits within the wait, then opens", async () => {
    const holder = spawn("sleep", ["0.7"], { stdio: "ignore" });
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: holder.pid }));
    const store = await createLowdbUserStore({ path, clock, logger, lockWaitMs: 5_000 });
    expect(logged.some((l) => /waiting a few seconds/.test(l.msg))).toBe(true);
    await store.close();
  });

  it("refuses after the wait when the holder stays alive", async () => {
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: process.pid })); // this test process: alive
    const started = Date.now();
    await expect(createLowdbUserStore({ path, clock, lockWaitMs: 300 })).rejects.toBeInstanceOf(StoreLockedError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
