import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "../../../src/core/i18n/translator.js";
import type { ReminderSender } from "../../../src/core/reminders/delivery.js";
import { createReminderScheduler } from "../../../src/core/reminders/scheduler.js";
import type { Reminder } from "../../../src/core/store/user-store.js";
import { loadLocales } from "../../../src/infra/load-locales.js";
import { createPostgresDueQueue } from "../../../src/infra/postgres/postgres-due-queue.js";
import { createPostgresUserStore, type PostgresUserStore } from "../../../src/infra/postgres/postgres-user-store.js";
import { createSchedulerLeadership } from "../../../src/infra/postgres/scheduler-leader.js";
import { startTestPostgres, type TestPostgres } from "../../helpers/postgres-server.js";
import { TELEGRAM_SEND_RATES } from "../../../src/adapters/telegram/reminder-sender.js";

const translator = createTranslator(loadLocales(join(import.meta.dirname, "../../../locales")));
const DUE = Date.UTC(2026, 10, 23, 14, 0);
const clock = { now: () => new Date(DUE) };

const reminder = (id: string, userId: string, extra: Partial<Reminder> = {}): Reminder => ({
  id,
  userId,
  schedule: { unit: "week", every: 1, time: "09:00", zone: "America/Toronto", anchor: "2026-11-23" },
  application: null,
  paused: null,
  nextDueAt: DUE,
  snoozedUntil: null,
  lastDeliveredKey: null,
  createdAt: DUE - 86_400_000,
  ...extra,
});

function recordingSender(): { sender: ReminderSender; sent: string[] } {
  const sent: string[] = [];
  const sender: ReminderSender = {
    platform: "telegram",
    userPrefix: "tg:",
    rates: TELEGRAM_SEND_RATES,
    async send(userId) {
      sent.push(userId);
      return { kind: "sent" };
    },
  };
  return { sent, sender };
}

let server: TestPostgres;
let n = 0;
const open = async (): Promise<{ store: PostgresUserStore; url: string }> => {
  const url = server.createDatabase(`sched_${++n}`);
  return { store: await createPostgresUserStore({ connectionString: url, maxConnections: 4 }), url };
};
beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(() => server?.stop());

describe("scheduler on PostgreSQL (the database is the due queue)", () => {
  it("sends what is due once, skips paused, future and platform-less reminders, and advances them", async () => {
    const { store } = await open();
    try {
      await store.addReminder(reminder("due1", "tg:1"));
      await store.addReminder(reminder("due2", "tg:2", { nextDueAt: DUE + 600_000, snoozedUntil: DUE - 1 }));
      await store.addReminder(reminder("paused", "tg:3", { paused: "user" }));
      await store.addReminder(reminder("later", "tg:4", { nextDueAt: DUE + 3_600_000 }));
      await store.addReminder(reminder("discord", "dc:5"));
      const tg = recordingSender();
      const scheduler = createReminderScheduler({
        store,
        clock,
        senders: [tg.sender],
        translator,
        dueQueue: createPostgresDueQueue(store, { instanceId: "a" }),
      });
      const report = await scheduler.tick(DUE);
      expect(report).toMatchObject({ due: 2, sent: 2 });
      expect(tg.sent.sort()).toEqual(["tg:1", "tg:2"]);
      expect((await scheduler.tick(DUE + 1_000)).due).toBe(0);
      const advanced = await store.getReminder("tg:1", "due1");
      expect(advanced?.nextDueAt).toBeGreaterThan(DUE);
      expect(advanced?.lastDeliveredKey).toBe(`due1@${DUE}`);
      expect((await store.getReminder("tg:2", "due2"))?.snoozedUntil).toBeNull();
      await scheduler.stop();
    } finally {
      await store.close();
    }
  });

  it("an occurrence claimed by an instance that died is advanced without being sent again", async () => {
    const { store } = await open();
    try {
      await store.addReminder(reminder("r1", "tg:1"));
      await store.addReminder(reminder("r2", "tg:2"));
      // Instance "dead" claimed r1 (and maybe sent it) and was killed before recording the delivery.
      expect(
        await createPostgresDueQueue(store, { instanceId: "dead" })({ platforms: ["telegram"], prefixes: ["tg:"] }).claim(
          reminder("r1", "tg:1"),
          `r1@${DUE}`,
        ),
      ).toBe(true);
      const tg = recordingSender();
      const scheduler = createReminderScheduler({
        store,
        clock,
        senders: [tg.sender],
        translator,
        dueQueue: createPostgresDueQueue(store, { instanceId: "next" }),
      });
      await scheduler.tick(DUE);
      expect(tg.sent).toEqual(["tg:2"]);
      expect((await store.getReminder("tg:1", "r1"))?.nextDueAt).toBeGreaterThan(DUE);
      await scheduler.stop();
    } finally {
      await store.close();
    }
  });

  it("elects one leader among several and hands over when it stops", async () => {
    const { store, url } = await open();
    const events: string[] = [];
    const make = (name: string) =>
      createSchedulerLeadership({
        connectionString: url,
        intervalMs: 100,
        settleMs: 10,
        onElected: async () => void events.push(`${name}+`),
        onDeposed: async () => void events.push(`${name}-`),
      });
    const a = make("a");
    const b = make("b");
    try {
      a.start();
      const until = async (check: () => boolean) => {
        const deadline = Date.now() + 10_000;
        while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      };
      await until(() => a.isLeader());
      b.start();
      await new Promise((r) => setTimeout(r, 400));
      expect([a.isLeader(), b.isLeader()]).toEqual([true, false]);
      await a.stop();
      await until(() => b.isLeader());
      expect(b.isLeader()).toBe(true);
      expect(events).toEqual(["a+", "a-", "b+"]);
    } finally {
      await a.stop();
      await b.stop();
      await store.close();
    }
  });
});
