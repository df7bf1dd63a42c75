/**
 * Store benchmark: lowdb (the shipped store) against SQLite (better-sqlite3, reference) at 10k and
 * 100k reminders (1M with --big). Each case runs in a fresh child process so peak RSS is its own.
 *
 *   npm run bench:store                 # 10k and 100k, lowdb and sqlite
 *   npm run bench:store -- --big        # adds 1M
 *   npm run bench:store -- --sizes 5000 # custom sizes
 *
 * Measured per case: start (open + validate + fill the scheduler's queue), peak RSS, p50/p99 of a
 * durable add and of a durable cancel (each awaited alone: the latency a user sees), a burst of 100
 * concurrent adds (group commit), a tick with nothing due, and the tick that takes a burst of 10%
 * of all reminders due at the same minute (moves them to the outbox and sends the first 25).
 * Goal at 100k: start ≤ 2 s, p99 add ≤ 10 ms, RSS ≤ 300 MB.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTranslator } from "../src/core/i18n/translator.js";
import type { ReminderSender } from "../src/core/reminders/delivery.js";
import { createReminderScheduler } from "../src/core/reminders/scheduler.js";
import type { UserRecord } from "../src/core/store/user-records.js";
import type { Reminder, UserStore } from "../src/core/store/user-store.js";
import { loadLocales } from "../src/infra/load-locales.js";
import { createLowdbUserStore } from "../src/infra/store/lowdb-user-store.js";
import { encodeUserLine } from "../src/infra/store/record-codec.js";
import { snapshotLayout } from "../src/infra/store/snapshot.js";
import { createSqliteUserStore, loadSqlite } from "../src/infra/sqlite-user-store.js";

type Kind = "lowdb" | "sqlite";
const ROOT = join(fileURLToPath(import.meta.url), "../..");
const BASE = Date.UTC(2026, 10, 23, 14); // Monday 09:00 Toronto
const WEEK = 7 * 24 * 3600_000;
const SAMPLES = 200;

const reminderFor = (i: number, burst: boolean): Reminder => ({
  id: `r${i.toString(36)}`,
  userId: `tg:${100000000 + i}`,
  schedule: { unit: "week", every: 1, time: "09:00", zone: "America/Toronto", anchor: "2026-11-23" },
  application: i % 3 === 0 ? "study-permit" : null,
  paused: null,
  // 10% due in the Monday 09:00 burst, the rest spread over the following week.
  nextDueAt: burst ? BASE : BASE + 60_000 + ((i * 7919) % (WEEK / 1000)) * 1000,
  snoozedUntil: null,
  lastDeliveredKey: null,
  createdAt: BASE - WEEK,
});

const pct = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

function seed(kind: Kind, path: string, n: number): void {
  if (kind === "lowdb") {
    const fragments: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = reminderFor(i, i % 10 === 0);
      const user: UserRecord = {
        profile: { language: "en" },
        reminders: [r],
        log: i % 4 === 0 ? [{ status: "aor", date: "2026-09-01", recordedAt: BASE - 2 * WEEK }] : [],
      };
      fragments.push(encodeUserLine(r.userId, user));
    }
    writeFileSync(path, snapshotLayout(fragments));
    return;
  }
  const Database = loadSqlite();
  if (!Database) throw new Error("no sqlite");
  const store = createSqliteUserStore({ path, Database });
  const db = new Database(path);
  const insert = db.prepare("INSERT INTO reminders(id, user_id, json) VALUES (?, ?, ?)");
  const profile = db.prepare("INSERT INTO profiles(user_id, json) VALUES (?, ?)");
  const log = db.prepare("INSERT INTO log(user_id, date, recorded_at, status) VALUES (?, ?, ?, ?)");
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const r = reminderFor(i, i % 10 === 0);
      insert.run(r.id, r.userId, JSON.stringify(r));
      profile.run(r.userId, '{"language":"en"}');
      if (i % 4 === 0) log.run(r.userId, "2026-09-01", BASE - 2 * WEEK, "aor");
    }
  })();
  db.close();
  void store.close();
}

async function runCase(kind: Kind, n: number, path: string): Promise<Record<string, number | string>> {
  {
    const clock = { now: () => new Date(BASE - 3600_000) };
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const store: UserStore = kind === "lowdb" ? await createLowdbUserStore({ path, clock }) : createSqliteUserStore({ path });
    const openMs = performance.now() - t0;
    const sender: ReminderSender = { platform: "telegram", send: async () => ({ kind: "sent" }) };
    const translator = createTranslator(loadLocales(join(ROOT, "locales")));
    const scheduler = createReminderScheduler({ store, clock, senders: [sender], translator });
    const t1 = performance.now();
    await scheduler.load();
    const startMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const startCpuMs = (cpu.user + cpu.system) / 1000;
    const queueMs = performance.now() - t1;
    // Peak so far: the start alone (the final peakRssMb also covers the adds, the due burst and close).
    const startPeakRssMb = process.resourceUsage().maxRSS / 1024;

    const add: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const r = { ...reminderFor(n + i, false), id: `new${i}`, userId: `tg:new${i}` };
      const s = performance.now();
      await store.addReminder(r);
      add.push(performance.now() - s);
    }
    const cancel: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const s = performance.now();
      await store.deleteReminder(`tg:new${i}`, `new${i}`);
      cancel.push(performance.now() - s);
    }
    const b0 = performance.now();
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => store.addReminder({ ...reminderFor(n + i, false), id: `burst${i}`, userId: `tg:burst${i}` })),
    );
    const burst100Ms = performance.now() - b0;

    const idle: number[] = [];
    for (let i = 0; i < 50; i++) {
      const s = performance.now();
      await scheduler.tick(BASE - 1000);
      idle.push(performance.now() - s);
    }
    const d0 = performance.now();
    const report = await scheduler.tick(BASE);
    const dueTickMs = performance.now() - d0;
    const f0 = performance.now();
    await store.flush();
    const flushMs = performance.now() - f0;
    await scheduler.stop();
    const beforeCloseRssMb = process.resourceUsage().maxRSS / 1024;
    await store.close();
    const rssMb = process.resourceUsage().maxRSS / 1024;
    return {
      store: kind,
      reminders: n,
      openMs: +openMs.toFixed(0),
      queueMs: +queueMs.toFixed(0),
      startMs: +startMs.toFixed(0),
      startCpuMs: +startCpuMs.toFixed(0),
      startPeakRssMb: +startPeakRssMb.toFixed(0),
      beforeClosePeakRssMb: +beforeCloseRssMb.toFixed(0),
      peakRssMb: +rssMb.toFixed(0),
      addP50Ms: +pct(add, 50).toFixed(2),
      addP99Ms: +pct(add, 99).toFixed(2),
      cancelP50Ms: +pct(cancel, 50).toFixed(2),
      cancelP99Ms: +pct(cancel, 99).toFixed(2),
      burst100AddsMs: +burst100Ms.toFixed(0),
      idleTickMs: +pct(idle, 50).toFixed(3),
      dueTickMs: +dueTickMs.toFixed(1),
      dueTaken: report.due,
      sentInTick: report.sent,
      flushAfterTickMs: +flushMs.toFixed(0),
      ...("stats" in store ? { snapshotMs: +(store as { stats(): { lastSnapshotMs: number } }).stats().lastSnapshotMs.toFixed(0) } : {}),
    };
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const caseIndex = args.indexOf("--case");
  if (caseIndex >= 0) {
    const [kind, n, path] = [args[caseIndex + 1] as Kind, Number(args[caseIndex + 2]), args[caseIndex + 3] as string];
    process.stdout.write(`${JSON.stringify(await runCase(kind, n, path))}\n`);
    return;
  }
  const seedIndex = args.indexOf("--seed");
  if (seedIndex >= 0) {
    seed(args[seedIndex + 1] as Kind, args[seedIndex + 3] as string, Number(args[seedIndex + 2]));
    return;
  }
  const sizesIndex = args.indexOf("--sizes");
  const sizes =
    sizesIndex >= 0
      ? (args[sizesIndex + 1] ?? "").split(",").map(Number)
      : [10_000, 100_000, ...(args.includes("--big") ? [1_000_000] : [])];
  const kinds: Kind[] = ["lowdb"];
  if (loadSqlite()) kinds.push("sqlite");
  else console.log("better-sqlite3 is not installed (optional dependency): SQLite reference skipped.");
  const rows: Record<string, number | string>[] = [];
  for (const n of sizes) {
    for (const kind of kinds) {
      const dir = mkdtempSync(join(tmpdir(), `bench-store-${kind}-`));
      const path = join(dir, kind === "lowdb" ? "store.json" : "store.db");
      const child = (mode: string) =>
        execFileSync(
          process.execPath,
          ["--import", "tsx", "--max-old-space-size=4096", fileURLToPath(import.meta.url), mode, kind, String(n), path],
          {
            cwd: ROOT,
            encoding: "utf8",
            stdio: ["ignore", "pipe", "inherit"],
            timeout: 30 * 60_000,
          },
        );
      try {
        // Seeding runs in its own process so the measured process's peak RSS is the store's alone.
        child("--seed");
        const out = child("--case");
        const row = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Record<string, number | string>;
        rows.push(row);
        console.log(JSON.stringify(row));
      } catch (error) {
        console.log(`${kind} ${n}: failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0] as object);
  console.log(`\n| ${keys.join(" | ")} |\n| ${keys.map(() => "---").join(" | ")} |`);
  for (const row of rows) console.log(`| ${keys.map((k) => row[k]).join(" | ")} |`);
  const lowdb100k = rows.find((r) => r.store === "lowdb" && r.reminders === 100_000);
  if (lowdb100k) {
    const ok = Number(lowdb100k.startMs) <= 2000 && Number(lowdb100k.addP99Ms) <= 10 && Number(lowdb100k.peakRssMb) <= 300;
    console.log(`\nGoal at 100k (start ≤ 2000 ms, p99 add ≤ 10 ms, RSS ≤ 300 MB) for lowdb: ${ok ? "met" : "NOT met"}`);
  }
}

await main();
