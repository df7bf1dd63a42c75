import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decodeAction } from "../../../src/core/actions.js";
import { createTranslator } from "../../../src/core/i18n/translator.js";
import type { DeliveryResult, ReminderSender } from "../../../src/core/reminders/delivery.js";
import { firstOccurrence, makeSchedule } from "../../../src/core/reminders/schedule.js";
import { createReminderScheduler, type ReminderScheduler } from "../../../src/core/reminders/scheduler.js";
import type { BotReply } from "../../../src/core/reply.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import type { Reminder, UserStore } from "../../../src/core/store/user-store.js";
import { loadLocales } from "../../../src/infra/load-locales.js";
import { createLowdbUserStore } from "../../../src/infra/store/lowdb-user-store.js";
import { DISCORD_SEND_RATES } from "../../../src/adapters/discord/reminder-sender.js";
import { TELEGRAM_SEND_RATES } from "../../../src/adapters/telegram/reminder-sender.js";

const translator = createTranslator(loadLocales(join(import.meta.dirname, "../../../locales")));
const DAY = 24 * 3600_000;
const START = new Date("2026-11-22T12:00:00Z"); // Sunday 07:00 in Toronto

class FakeClock {
  constructor(public ms: number) {}
  now = () => new Date(this.ms);
}

interface Sent {
  userId: string;
  reply: BotReply;
  at: number;
}

function fakeSender(
  platform: "telegram" | "discord",
  clock: FakeClock,
  result: (userId: string) => DeliveryResult = () => ({ kind: "sent" }),
) {
  const sent: Sent[] = [];
  const sender: ReminderSender = {
    platform,
    userPrefix: platform === "telegram" ? "tg:" : "dc:",
    rates: platform === "telegram" ? TELEGRAM_SEND_RATES : DISCORD_SEND_RATES,
    async send(userId, reply) {
      const r = result(userId);
      if (r.kind === "sent") sent.push({ userId, reply, at: clock.ms });
      return r;
    },
  };
  return { sender, sent };
}

function weekly(id: string, userId: string, now: Date, extra: Partial<Reminder> = {}): Reminder {
  const schedule = makeSchedule({ unit: "week", every: 1, time: "09:00", zone: "America/Toronto", weekday: 1 }, now);
  return {
    id,
    userId,
    schedule,
    application: null,
    paused: null,
    nextDueAt: firstOccurrence(schedule),
    snoozedUntil: null,
    lastDeliveredKey: null,
    createdAt: now.getTime(),
    ...extra,
  };
}

/** Ticks every 250 ms of fake time from the clock's time until `until`. */
async function runUntil(s: ReminderScheduler, clock: FakeClock, until: number, stepMs = 250): Promise<void> {
  while (clock.ms < until) {
    clock.ms = Math.min(until, clock.ms + stepMs);
    await s.tick(clock.ms);
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function setup(store: UserStore = createMemoryUserStore(), result?: (userId: string) => DeliveryResult) {
  const clock = new FakeClock(START.getTime());
  const tg = fakeSender("telegram", clock, result);
  const scheduler = createReminderScheduler({ store, clock, senders: [tg.sender], translator });
  cleanups.push(() => scheduler.stop());
  return { clock, store, scheduler, sent: tg.sent };
}

describe("reminder scheduler", () => {
  it("sends on time with the user's language, the log's last change and snooze/stop buttons", async () => {
    const { clock, store, scheduler, sent } = setup();
    await store.setLanguage("tg:1", "fr");
    await store.addLogEntry("tg:1", { status: "aor", date: "2026-11-01", recordedAt: 0 });
    const r = weekly("r1", "tg:1", START, { application: "study-permit" });
    await store.addReminder(r);
    await scheduler.load();
    await runUntil(scheduler, clock, r.nextDueAt - 1000);
    expect(sent).toHaveLength(0);
    await runUntil(scheduler, clock, r.nextDueAt + 1000);
    expect(sent).toHaveLength(1);
    const reply = sent[0]?.reply as BotReply;
    expect(reply.lang).toBe("fr");
    expect(reply.text).toContain("il y a 22 jours");
    expect(reply.text).not.toContain("hors ligne");
    expect(reply.choices.map((c) => decodeAction(c.data))).toEqual([
      { type: "reminder", op: "snooze", reminderId: "r1" },
      { type: "reminder", op: "stop", reminderId: "r1" },
    ]);
    const next = await store.getReminder("tg:1", "r1");
    expect(next?.nextDueAt).toBe(r.nextDueAt + 7 * DAY);
    expect(next?.lastDeliveredKey).toBe(`r1@${r.nextDueAt}`);
  });

  it("after 3 weeks of downtime delivers exactly one late occurrence, then resumes the schedule", async () => {
    const { clock, store, scheduler, sent } = setup();
    const r = weekly("r1", "tg:1", START);
    await store.addReminder(r);
    clock.ms = r.nextDueAt + 21 * DAY + 3 * 3600_000; // three missed Mondays later (plus the one due)
    await scheduler.load();
    await runUntil(scheduler, clock, clock.ms + 10_000);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.reply.text).toMatch(/offline/);
    const after = (await store.getReminder("tg:1", "r1")) as Reminder;
    expect(after.nextDueAt).toBe(r.nextDueAt + 28 * DAY);
    await runUntil(scheduler, clock, after.nextDueAt + 5_000, 60_000);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.reply.text).not.toMatch(/offline/);
  });

  it("a restart neither doubles nor skips (lowdb store reopened)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sched-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, "store.json");
    const clock = new FakeClock(START.getTime());
    let store = await createLowdbUserStore({ path, clock, debounceMs: 10_000 });
    const r = weekly("r1", "tg:1", START);
    await store.addReminder(r);
    const first = fakeSender("telegram", clock);
    let scheduler = createReminderScheduler({ store, clock, senders: [first.sender], translator });
    clock.ms = r.nextDueAt + 1000;
    await scheduler.tick(clock.ms);
    expect(first.sent).toHaveLength(1);
    // A clean stop flushes the delivery record (a crash would re-send this one occurrence: at-least-once).
    await scheduler.stop();
    await store.close();
    store = await createLowdbUserStore({ path, clock });
    const second = fakeSender("telegram", clock);
    scheduler = createReminderScheduler({ store, clock, senders: [second.sender], translator });
    await scheduler.tick(clock.ms + 1000);
    expect(second.sent).toHaveLength(0);
    await runUntil(scheduler, clock, r.nextDueAt + 7 * DAY + 1000, 60_000);
    expect(second.sent).toHaveLength(1);
    await scheduler.stop();
    await store.close();
  });

  it("snooze sends once a day later and keeps the regular occurrence", async () => {
    const { clock, store, scheduler, sent } = setup();
    const r = weekly("r1", "tg:1", START);
    await store.addReminder(r);
    await scheduler.load();
    await runUntil(scheduler, clock, r.nextDueAt + 1000, 60_000);
    expect(sent).toHaveLength(1);
    const current = (await store.getReminder("tg:1", "r1")) as Reminder;
    await store.updateReminder({ ...current, snoozedUntil: clock.ms + DAY });
    await runUntil(scheduler, clock, clock.ms + DAY - 5000, 60_000);
    expect(sent).toHaveLength(1);
    await runUntil(scheduler, clock, clock.ms + 10_000);
    expect(sent).toHaveLength(2);
    expect((await store.getReminder("tg:1", "r1"))?.snoozedUntil).toBeNull();
    await runUntil(scheduler, clock, r.nextDueAt + 7 * DAY + 1000, 60_000);
    expect(sent).toHaveLength(3);
  });

  it("a paused reminder is not sent; a resumed one continues without catch-up", async () => {
    const { clock, store, scheduler, sent } = setup();
    const r = weekly("r1", "tg:1", START);
    await store.addReminder(r);
    await scheduler.load();
    await store.updateReminder({ ...r, paused: "user" });
    await runUntil(scheduler, clock, r.nextDueAt + 8 * DAY, 60_000);
    expect(sent).toHaveLength(0);
    expect(scheduler.queued).toBe(0);
    const resumedNext = r.nextDueAt + 14 * DAY;
    await store.updateReminder({ ...r, paused: null, nextDueAt: resumedNext });
    await runUntil(scheduler, clock, resumedNext + 1000, 60_000);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.at).toBeGreaterThanOrEqual(resumedNext);
  });

  it("spreads a burst within the Telegram rate (≤25/s overall, ≤1/s per chat) without dropping", async () => {
    const { clock, store, scheduler, sent } = setup();
    for (let i = 0; i < 100; i++) await store.addReminder(weekly(`u${i}`, `tg:${i}`, START));
    for (let i = 0; i < 3; i++) await store.addReminder(weekly(`same${i}`, "tg:same", START));
    const due = (await store.getReminder("tg:1", "u1"))?.nextDueAt as number;
    clock.ms = due - 250;
    await scheduler.load();
    await runUntil(scheduler, clock, due + 10_000);
    expect(sent).toHaveLength(103);
    const times = sent.map((s) => s.at).sort((a, b) => a - b);
    for (let i = 0; i < times.length; i++) {
      const inWindow = times.filter((t) => t >= (times[i] as number) && t < (times[i] as number) + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(25);
    }
    const same = sent.filter((s) => s.userId === "tg:same").map((s) => s.at);
    expect(same).toHaveLength(3);
    expect((same[1] as number) - (same[0] as number)).toBeGreaterThanOrEqual(1000);
    expect((same[2] as number) - (same[1] as number)).toBeGreaterThanOrEqual(1000);
  });

  it("a blocked user's reminders are paused (not retried) and a one-time notice is left", async () => {
    const { clock, store, scheduler, sent } = setup(createMemoryUserStore(), (u) =>
      u === "tg:1" ? { kind: "blocked" } : { kind: "sent" },
    );
    await store.addReminder(weekly("a", "tg:1", START));
    await store.addReminder(
      weekly("b", "tg:1", START, { schedule: makeSchedule({ unit: "day", every: 1, time: "10:00", zone: "America/Toronto" }, START) }),
    );
    await store.addReminder(weekly("c", "tg:2", START));
    await scheduler.load();
    const report = await scheduler.tick(START.getTime() + 8 * DAY);
    expect(report.blocked).toBe(1);
    expect((await store.listReminders("tg:1")).map((r) => r.paused)).toEqual(["blocked", "blocked"]);
    expect((await store.getProfile("tg:1"))?.blockedNotice).toBe(true);
    await runUntil(scheduler, clock, START.getTime() + 9 * DAY, 60_000);
    // tg:2 gets the late occurrence and the next one; tg:1 (blocked) is never tried again.
    expect(sent.map((s) => s.userId)).toEqual(["tg:2", "tg:2"]);
  });

  it("retries a `retry` result after the delay, then gives up after the limit", async () => {
    let calls = 0;
    const { clock, store, scheduler, sent } = setup(createMemoryUserStore(), () =>
      ++calls <= 2 ? { kind: "retry", afterMs: 5_000 } : { kind: "sent" },
    );
    const r = weekly("r1", "tg:1", START);
    await store.addReminder(r);
    await scheduler.load();
    clock.ms = r.nextDueAt;
    await scheduler.tick(clock.ms);
    expect(sent).toHaveLength(0);
    await runUntil(scheduler, clock, clock.ms + 4_000);
    expect(calls).toBe(1);
    await runUntil(scheduler, clock, clock.ms + 12_000);
    expect(calls).toBe(3);
    expect(sent).toHaveLength(1);
  });

  it("deleting a user (/forget) drops their queued and waiting occurrences", async () => {
    const { clock, store, scheduler, sent } = setup();
    for (let i = 0; i < 60; i++) await store.addReminder(weekly(`u${i}`, `tg:${i}`, START));
    await store.addReminder(weekly("gone", "tg:gone", START));
    await store.deleteUser("tg:0");
    await scheduler.load();
    const due = (await store.getReminder("tg:1", "u1"))?.nextDueAt as number;
    clock.ms = due;
    await scheduler.tick(due); // 25 go, the rest wait in the outbox
    expect(sent).toHaveLength(25);
    const victim = ["tg:gone", ...Array.from({ length: 59 }, (_, i) => `tg:${i + 1}`)].find(
      (u) => !sent.some((s) => s.userId === u),
    ) as string;
    await store.deleteUser(victim);
    await runUntil(scheduler, clock, due + 5_000);
    const users = new Set(sent.map((s) => s.userId));
    expect(users.has("tg:0")).toBe(false);
    expect(users.has(victim)).toBe(false);
    expect(sent).toHaveLength(59);
  });

  it("only schedules platforms that have a sender, and keeps the others in the store", async () => {
    const { store, scheduler } = setup();
    await store.addReminder(weekly("d1", "dc:1", START));
    await store.addReminder(weekly("t1", "tg:1", START));
    await scheduler.load();
    expect(scheduler.queued).toBe(1);
    expect(await store.allReminders()).toHaveLength(2);
  });
});
