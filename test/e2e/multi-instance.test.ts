import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build.mjs";
import type { Reminder } from "../../src/core/store/user-store.js";
import { createPostgresUserStore, type PostgresUserStore } from "../../src/infra/postgres/postgres-user-store.js";
import { freePort, startTestPostgres, type TestPostgres } from "../helpers/postgres-server.js";
import { FakeTelegramApi } from "../helpers/telegram-fake-api.js";
import { commandUpdate, TEST_TOKEN } from "../helpers/telegram-harness.js";

/**
 * Several instances on one database, end to end: three real bot processes (built like `npm start`)
 * in Telegram webhook mode share one real PostgreSQL and one fake Bot API on 127.0.0.1.
 * - 2,000 updates spread over the three, one in ten posted to two instances at once (what a load
 *   balancer retry or Telegram's own re-send does): each is answered exactly once.
 * - 1,000 reminders due at the same instant: each delivered once, at most 25 per second overall,
 *   while the instance sending them is SIGKILLed 10 times (and restarted); another one takes over
 *   within 10 s each time.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const SECRET = "multi-instance-secret";
const HOOK = "/tg-hook";
const INSTANCES = 3;

interface Instance {
  port: number;
  child: ChildProcess;
  stderr: string;
  exited: boolean;
}

let pg: TestPostgres;
let databaseUrl: string;
let entry: string;
let work: string;
const api = new FakeTelegramApi(TEST_TOKEN);
let apiRoot: string;
const instances: Instance[] = [];
const logs: string[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function spawnInstance(port: number): Instance {
  const child = spawn(process.execPath, ["--enable-source-maps", entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}${HOOK}`,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      STORE_PATH: join(work, `unused-${port}.json`),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const instance: Instance = { port, child, stderr: "", exited: false };
  child.stderr?.on("data", (chunk: Buffer) => {
    instance.stderr += chunk.toString();
  });
  child.once("exit", () => {
    instance.exited = true;
    logs.push(instance.stderr);
  });
  return instance;
}

async function health(port: number): Promise<{ ok: boolean; database?: string; scheduler?: boolean } | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(3_000) });
    // /healthz is the health registry's report: one check per component (see src/infra/health.ts).
    const body = (await res.json()) as { ok: boolean; checks?: Record<string, { ok: boolean; detail?: string }> };
    return {
      ok: body.ok,
      database: body.checks?.database?.detail,
      scheduler: body.checks?.scheduler?.detail?.startsWith("holds the scheduler lock") ?? false,
    };
  } catch {
    return undefined;
  }
}

async function waitHealthy(instance: Instance, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.exited) throw new Error(`instance on ${instance.port} exited:\n${instance.stderr}`);
    if ((await health(instance.port))?.ok) return;
    await sleep(200);
  }
  throw new Error(`instance on ${instance.port} not healthy after ${timeoutMs} ms:\n${instance.stderr}`);
}

async function post(port: number, update: Update): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}${HOOK}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(update),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Runs `tasks` with at most `limit` at a time. */
async function pooled<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await task(items[next++] as T);
    }),
  );
}

const messagesTo = (from: number, to: number) =>
  api.calls.filter(
    (c) => c.method === "sendMessage" && typeof c.payload.chat_id === "number" && c.payload.chat_id >= from && c.payload.chat_id < to,
  );

beforeAll(async () => {
  pg = await startTestPostgres();
  databaseUrl = pg.createDatabase("bot");
  entry = join(await buildDist(join(ROOT, "dist-e2e-multi")), "main.js");
  apiRoot = await api.start();
  work = mkdtempSync(join(tmpdir(), "multi-e2e-"));
  for (let i = 0; i < INSTANCES; i++) instances.push(spawnInstance(await freePort()));
  await Promise.all(instances.map((instance) => waitHealthy(instance)));
}, 180_000);

afterAll(async () => {
  for (const instance of instances) if (!instance.exited) instance.child.kill("SIGKILL");
  await sleep(200);
  await api.stop();
  pg?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(join(ROOT, "dist-e2e-multi"), { recursive: true, force: true });
});

describe("three bot instances on one PostgreSQL", () => {
  it("answers each of 2,000 updates exactly once, also those posted to two instances", async () => {
    // How many messages one /help answer is (it may be split into parts): measured once on one instance.
    const control = 90_000;
    expect(await post(instances[0]!.port, commandUpdate({ id: control, language_code: "en" }, "help"))).toBe(200);
    await api.waitFor((c) => c.method === "sendMessage" && c.payload.chat_id === control, 30_000, "the control answer");
    await sleep(1_500);
    const perAnswer = api.sent(control).length;

    const first = 100_000;
    const updates = Array.from({ length: 2_000 }, (_, i) => ({ i, update: commandUpdate({ id: first + i, language_code: "en" }, "help") }));
    let twice = 0;
    await pooled(updates, 24, async ({ i, update }) => {
      const target = instances[i % INSTANCES]!.port;
      if (i % 10 === 0) {
        twice++;
        const other = instances[(i + 1) % INSTANCES]!.port;
        expect(await Promise.all([post(target, update), post(other, update)])).toEqual([200, 200]);
      } else expect(await post(target, update)).toBe(200);
    });
    expect(twice).toBe(200);

    const deadline = Date.now() + 240_000;
    while (new Set(messagesTo(first, first + 2_000).map((c) => c.payload.chat_id)).size < 2_000 && Date.now() < deadline) await sleep(250);
    await sleep(3_000); // room for a double to show up
    const counts = new Map<number, number>();
    for (const c of messagesTo(first, first + 2_000))
      counts.set(c.payload.chat_id as number, (counts.get(c.payload.chat_id as number) ?? 0) + 1);
    const wrong = [...counts].filter(([, n]) => n !== perAnswer);
    expect(counts.size).toBe(2_000);
    expect(wrong).toEqual([]);
  }, 360_000);

  it("delivers 1,000 reminders due at once exactly once at ≤ 25/s while the sender is SIGKILLed 10 times", async () => {
    const store: PostgresUserStore = await createPostgresUserStore({ connectionString: databaseUrl, maxConnections: 4 });
    const first = 200_000;
    const total = 1_000;
    const dueAt = Date.now() + 5_000;
    try {
      await pooled(
        Array.from({ length: total }, (_, i) => i),
        8,
        async (i) => {
          const reminder: Reminder = {
            id: `m${i}`,
            userId: `tg:${first + i}`,
            schedule: { unit: "week", every: 1, time: "09:00", zone: "UTC", anchor: "2026-01-05" },
            application: null,
            paused: null,
            nextDueAt: dueAt,
            snoozedUntil: null,
            lastDeliveredKey: null,
            createdAt: dueAt - 60_000,
          };
          await store.addReminder(reminder);
        },
      );

      const delivered = () => messagesTo(first, first + total);
      const takeovers: number[] = [];
      let kills = 0;
      const deadline = Date.now() + 300_000;
      let lastCount = -1;
      let lastChange = Date.now();
      while (delivered().length < total && Date.now() < deadline) {
        // Kill once the current sender has delivered another 60 (so every kill lands mid-delivery).
        const before = delivered().length;
        if (kills >= 10 || before > total - 80) {
          // After the kills: stop waiting once nothing new arrived for 15 s (an in-doubt loss never arrives).
          if (before !== lastCount) [lastCount, lastChange] = [before, Date.now()];
          else if (Date.now() - lastChange > 15_000) break;
          await sleep(250);
          continue;
        }
        while (delivered().length < before + 60 && Date.now() < deadline) await sleep(50);
        let leader: Instance | undefined;
        for (const candidate of instances) {
          if (!candidate.exited && (await health(candidate.port))?.scheduler) leader = candidate;
        }
        if (!leader) continue;
        leader.child.kill("SIGKILL");
        const killedAt = Date.now();
        kills++;
        // Restart it on the same port, as a supervisor would.
        await new Promise<void>((resolve) => (leader!.exited ? resolve() : leader!.child.once("exit", () => resolve())));
        const index = instances.indexOf(leader);
        instances[index] = spawnInstance(leader.port);
        // A message sent after the kill (the fake stamps arrivals in ms since it started) shows another instance took over.
        const killedAtFake = killedAt - (api as unknown as { started: number }).started;
        while (!delivered().some((c) => c.at > killedAtFake + 200) && Date.now() < deadline) await sleep(20);
        takeovers.push(Date.now() - killedAt);
      }
      await sleep(3_000); // room for a double to show up

      const calls = delivered();
      const counts = new Map<number, number>();
      for (const c of calls) counts.set(c.payload.chat_id as number, (counts.get(c.payload.chat_id as number) ?? 0) + 1);
      const missing = Array.from({ length: total }, (_, i) => first + i).filter((id) => !counts.has(id));
      const doubled = [...counts].filter(([, n]) => n > 1);
      // The rate as the Bot API saw it: the most messages in any one-second window.
      const times = calls.map((c) => c.at).sort((a, b) => a - b);
      let maxPerSecond = 0;
      for (let i = 0, j = 0; i < times.length; i++) {
        while ((times[i] as number) - (times[j] as number) >= 1_000) j++;
        maxPerSecond = Math.max(maxPerSecond, i - j + 1);
      }
      const claimedSkips =
        logs
          .concat(instances.map((x) => x.stderr))
          .join("\n")
          .split("already claimed").length - 1;
      console.log(
        JSON.stringify({
          delivered: calls.length,
          distinct: counts.size,
          kills,
          takeoverMs: takeovers,
          maxPerSecond,
          spanMs: (times.at(-1) ?? 0) - (times[0] ?? 0),
          claimedSkips,
          missing: missing.length,
          doubled: doubled.length,
        }),
      );
      expect(kills).toBe(10);
      // Never twice: an occurrence claimed by a killed sender is not sent again.
      expect(doubled).toEqual([]);
      // Lost ones can only be occurrences a killed sender had claimed but not yet put on the wire (the
      // gap between its claim and its request); each is logged by the taker-over as "already claimed".
      // With no idempotent Bot API that gap cannot be closed, only kept short: see the README.
      expect(missing.length).toBeLessThanOrEqual(claimedSkips);
      expect(Math.max(...takeovers)).toBeLessThanOrEqual(10_000);
      expect(maxPerSecond).toBeLessThanOrEqual(25);
      // Every reminder moved on to its next week.
      const { rows } = await store.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM reminders WHERE next_due_at <= $1", [dueAt]);
      expect(rows[0]?.n).toBe(0);
    } finally {
      await store.close();
    }
  }, 420_000);
});
