import type { Clock } from "../clock.js";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales.js";
import type { Translate, Translator } from "../i18n/translator.js";
import { type CoreLogger, silentLogger } from "../logger.js";
import type { Reminder, StatusLogEntry, StoreChange, UserStore } from "../store/user-store.js";
import type { DeliveryResult, ReminderSender } from "./delivery.js";
import { MinHeap } from "./min-heap.js";
import { DEFAULT_RATES, type RateLimits, RateLimiter } from "./rate-limiter.js";
import { buildReminderMessage } from "./reminder-message.js";
import { nextOccurrence } from "./schedule.js";

type PlatformId = ReminderSender["platform"];

export interface ReminderSchedulerOptions {
  readonly store: UserStore;
  readonly clock: Clock;
  readonly senders: readonly ReminderSender[];
  readonly translator: Translator;
  readonly logger?: CoreLogger;
  /** Per-platform send rates; defaults in {@link DEFAULT_RATES}. */
  readonly rates?: Partial<Record<PlatformId, RateLimits>>;
  readonly defaultLocale?: Locale;
  /** Interval of the timer started by start(). */
  readonly tickMs?: number;
  /** An occurrence taken from the queue more than this after its time is marked late (missed while offline). */
  readonly lateAfterMs?: number;
  /** `retry` results are retried this many times, then the occurrence is given up and logged. */
  readonly maxRetries?: number;
  /** "Where am I in the wait" line for a reminder (bar against IRCC's published time), or undefined for none. */
  readonly waitLine?: (input: {
    reminder: Reminder;
    log: readonly StatusLogEntry[];
    now: number;
    t: Translate;
    lang: Locale;
  }) => Promise<string | undefined>;
}

/** What one tick did; for tests, logs and the benchmark. */
export interface TickReport {
  readonly due: number;
  readonly sent: number;
  readonly late: number;
  readonly blocked: number;
  readonly retried: number;
  readonly failed: number;
  /** Occurrences taken from the queue but not sent yet (rate limits, retries). */
  readonly waiting: number;
}

export interface ReminderScheduler {
  /** Loads every reminder into the due queue and starts the timer. */
  start(): Promise<void>;
  /** Stops the timer, waits for the tick in progress and flushes the store. */
  stop(): Promise<void>;
  /** Loads the queue without starting a timer (tests, benchmarks). Idempotent. */
  load(): Promise<void>;
  /** One scheduling step at `now`: take what is due, send within the rate limits, record deliveries. */
  tick(now?: number): Promise<TickReport>;
  /** Reminders in the due queue (paused ones excluded). */
  readonly queued: number;
}

interface Entry {
  reminder: Reminder;
  version: number;
  dueAt: number;
}

interface Job {
  readonly reminderId: string;
  readonly userId: string;
  readonly dueAt: number;
  readonly key: string;
  readonly late: boolean;
  attempts: number;
  notBefore: number;
}

/** `tg:42` → telegram, `dc:9` → discord, `console` → the console chat (delivered only while it runs); cli users get none. */
export function platformOf(userId: string): PlatformId | undefined {
  if (userId.startsWith("tg:")) return "telegram";
  if (userId.startsWith("dc:")) return "discord";
  if (userId === "console") return "console";
  return undefined;
}

/** Occurrence key: one per reminder per scheduled instant; the unit of at-least-once delivery. */
export const occurrenceKey = (reminderId: string, dueAt: number): string => `${reminderId}@${dueAt}`;

/** The instant a reminder is next due: an earlier snooze wins over the regular occurrence; paused → none. */
export function effectiveDue(r: Reminder): number | undefined {
  if (r.paused) return undefined;
  return r.snoozedUntil !== null ? Math.min(r.snoozedUntil, r.nextDueAt) : r.nextDueAt;
}

/**
 * The reminder scheduler. Why it is shaped like this:
 * - A min-heap on the next due instant, fed by store change events: a tick pops only what is due
 *   (no scan of every reminder), and pause/delete/forget take effect without polling the store.
 * - At-least-once: an occurrence is recorded (next due advanced, `lastDeliveredKey` set) only after
 *   the platform accepted it, and the record rides the store's coalesced writes. A crash before the
 *   record is on disk re-sends that occurrence on restart (never skips it); a recorded one is never
 *   sent again; stop() flushes, so a clean restart never doubles.
 * - After downtime the overdue occurrence is delivered once, marked late, and the schedule jumps
 *   to the next future occurrence: at most one catch-up message per reminder.
 * - Per-platform token buckets (and a per-chat gap) spread a burst over time instead of dropping it.
 * - `blocked` pauses all of the user's reminders (reason "blocked") and leaves a one-time notice.
 */
export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const { store, clock, translator } = options;
  const logger = options.logger ?? silentLogger;
  const tickMs = options.tickMs ?? 250;
  const lateAfterMs = options.lateAfterMs ?? 30 * 60_000;
  const maxRetries = options.maxRetries ?? 5;
  const senders = new Map<PlatformId, ReminderSender>(options.senders.map((s) => [s.platform, s]));
  const limiters = new Map<PlatformId, RateLimiter>(
    options.senders.map((s) => [s.platform, new RateLimiter(options.rates?.[s.platform] ?? DEFAULT_RATES[s.platform])]),
  );

  const heap = new MinHeap<{ id: string; version: number }>();
  const entries = new Map<string, Entry>();
  const byUser = new Map<string, Set<string>>();
  const outbox = new Map<PlatformId, Job[]>();
  const queuedKeys = new Set<string>();
  let version = 0;
  let loaded = false;
  let unsubscribe: (() => void) | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<TickReport> | undefined;

  const forget = (reminderId: string): void => {
    const entry = entries.get(reminderId);
    if (!entry) return;
    entries.delete(reminderId);
    const ids = byUser.get(entry.reminder.userId);
    ids?.delete(reminderId);
    if (ids?.size === 0) byUser.delete(entry.reminder.userId);
  };

  /** Puts (or re-puts) a reminder in the queue; older heap entries become stale via the version. */
  const track = (reminder: Reminder): void => {
    const platform = platformOf(reminder.userId);
    const due = effectiveDue(reminder);
    if (!platform || !senders.has(platform) || due === undefined) {
      forget(reminder.id);
      return;
    }
    version += 1;
    entries.set(reminder.id, { reminder, version, dueAt: due });
    const ids = byUser.get(reminder.userId) ?? new Set<string>();
    byUser.set(reminder.userId, ids);
    ids.add(reminder.id);
    heap.push(due, { id: reminder.id, version });
  };

  const onChange = (change: StoreChange): void => {
    switch (change.kind) {
      case "reminder-upserted":
        track(change.reminder);
        break;
      case "reminder-deleted":
        forget(change.reminderId);
        break;
      case "user-deleted":
        for (const id of [...(byUser.get(change.userId) ?? [])]) forget(id);
        for (const [platform, jobs] of outbox)
          outbox.set(
            platform,
            jobs.filter((j) => j.userId !== change.userId),
          );
        break;
    }
  };

  const load = async (): Promise<void> => {
    if (loaded) return;
    loaded = true;
    unsubscribe = store.subscribe(onChange);
    let skipped = 0;
    for (const reminder of await store.allReminders()) {
      track(reminder);
      if (!reminder.paused && !entries.has(reminder.id)) skipped += 1;
    }
    if (skipped > 0) logger.info({ skipped }, "scheduler: reminders of platforms without a sender are kept but not scheduled");
  };

  /** Moves every due occurrence from the heap to its platform's outbox. */
  const takeDue = (now: number): number => {
    let due = 0;
    for (;;) {
      const top = heap.peekKey();
      if (top === undefined || top > now) break;
      const item = heap.pop();
      if (!item) break;
      const entry = entries.get(item.value.id);
      if (!entry || entry.version !== item.value.version) continue; // stale heap entry
      const key = occurrenceKey(entry.reminder.id, entry.dueAt);
      if (queuedKeys.has(key)) continue;
      if (entry.reminder.lastDeliveredKey === key) {
        // Recorded as delivered before a restart but not advanced: advance without sending again.
        void advance(entry.reminder.userId, entry.reminder.id, entry.dueAt, now);
        continue;
      }
      const platform = platformOf(entry.reminder.userId) as PlatformId;
      const jobs = outbox.get(platform) ?? [];
      jobs.push({
        reminderId: entry.reminder.id,
        userId: entry.reminder.userId,
        dueAt: entry.dueAt,
        key,
        late: now - entry.dueAt > lateAfterMs,
        attempts: 0,
        notBefore: 0,
      });
      outbox.set(platform, jobs);
      queuedKeys.add(key);
      due += 1;
    }
    return due;
  };

  /** Records a handled occurrence: next regular occurrence after `now`, snooze cleared if it fired. */
  const advance = async (userId: string, reminderId: string, dueAt: number, now: number): Promise<void> => {
    const current = await store.getReminder(userId, reminderId);
    if (!current) return;
    const nextDueAt = current.nextDueAt <= now ? nextOccurrence(current.schedule, Math.max(now, dueAt)) : current.nextDueAt;
    const snoozedUntil = current.snoozedUntil !== null && current.snoozedUntil > now ? current.snoozedUntil : null;
    await store.updateReminder({ ...current, nextDueAt, snoozedUntil, lastDeliveredKey: occurrenceKey(reminderId, dueAt) });
  };

  const pauseBlocked = async (userId: string): Promise<void> => {
    for (const r of await store.listReminders(userId)) {
      if (!r.paused) await store.updateReminder({ ...r, paused: "blocked" });
    }
    await store.setBlockedNotice(userId, true);
  };

  const deliver = async (sender: ReminderSender, job: Job, now: number): Promise<DeliveryResult | "dropped"> => {
    const entry = entries.get(job.reminderId);
    // Paused, deleted or rescheduled while waiting in the outbox: this occurrence is void.
    if (!entry || entry.dueAt !== job.dueAt) return "dropped";
    const profile = await store.getProfile(job.userId);
    const lang = profile?.language ?? options.defaultLocale ?? DEFAULT_LOCALE;
    const t = translator.forLocale(lang);
    const log = await store.listLog(job.userId);
    const wait = options.waitLine
      ? await options.waitLine({ reminder: entry.reminder, log, now, t, lang }).catch(() => undefined)
      : undefined;
    const reply = buildReminderMessage({
      reminder: entry.reminder,
      lang,
      t,
      log,
      now,
      lateFor: job.late ? job.dueAt : undefined,
      wait,
    });
    try {
      return await sender.send(job.userId, reply);
    } catch (error) {
      return { kind: "failed", error: error instanceof Error ? error.message : String(error) };
    }
  };

  const tick = async (nowArg?: number): Promise<TickReport> => {
    await load();
    const now = nowArg ?? clock.now().getTime();
    const due = takeDue(now);
    let sent = 0;
    let late = 0;
    let blocked = 0;
    let retried = 0;
    let failed = 0;
    const work: Promise<void>[] = [];
    const retryJobs: { platform: PlatformId; job: Job }[] = [];
    for (const [platform, jobs] of outbox) {
      const sender = senders.get(platform);
      const limiter = limiters.get(platform);
      if (!sender || !limiter) continue;
      const keep: Job[] = [];
      let i = 0;
      for (; i < jobs.length; i++) {
        const job = jobs[i] as Job;
        if (limiter.exhausted(now)) break;
        if (job.notBefore > now || !limiter.tryTake(job.userId, now)) {
          keep.push(job);
          continue;
        }
        work.push(
          deliver(sender, job, now).then(async (result) => {
            if (result === "dropped") {
              queuedKeys.delete(job.key);
              return;
            }
            switch (result.kind) {
              case "sent":
                sent += 1;
                if (job.late) late += 1;
                await advance(job.userId, job.reminderId, job.dueAt, now);
                queuedKeys.delete(job.key);
                return;
              case "blocked":
                blocked += 1;
                logger.info({ platform }, "scheduler: user blocked the bot or closed DMs; their reminders are paused");
                await pauseBlocked(job.userId);
                queuedKeys.delete(job.key);
                return;
              case "retry":
                if (job.attempts < maxRetries) {
                  retried += 1;
                  job.attempts += 1;
                  job.notBefore = now + Math.max(0, result.afterMs);
                  retryJobs.push({ platform, job });
                  return;
                }
                failed += 1;
                logger.warn({ platform, attempts: job.attempts }, "scheduler: giving up on one occurrence after retries");
                await advance(job.userId, job.reminderId, job.dueAt, now);
                queuedKeys.delete(job.key);
                return;
              case "failed":
                failed += 1;
                logger.warn({ platform, err: result.error }, "scheduler: delivery failed; occurrence skipped");
                await advance(job.userId, job.reminderId, job.dueAt, now);
                queuedKeys.delete(job.key);
                return;
            }
          }),
        );
      }
      outbox.set(platform, i < jobs.length ? keep.concat(jobs.slice(i)) : keep);
      limiter.prune(now);
    }
    await Promise.all(work);
    for (const { platform, job } of retryJobs) outbox.get(platform)?.push(job);
    // No flush here: delivery records ride the store's coalesced writes (lowdb: within its debounce),
    // so a burst does not rewrite the file every tick. A crash inside that window re-sends those few
    // occurrences on restart (at-least-once); stop() flushes, so a clean restart never doubles.
    let waiting = 0;
    for (const jobs of outbox.values()) waiting += jobs.length;
    return { due, sent, late, blocked, retried, failed, waiting };
  };

  const guardedTick = (): void => {
    if (running) return;
    running = tick().finally(() => {
      running = undefined;
    });
    running.catch((error: unknown) =>
      logger.error({ err: error instanceof Error ? error.message : String(error) }, "scheduler: tick failed"),
    );
  };

  return {
    load,
    tick,
    get queued() {
      return entries.size;
    },
    async start() {
      await load();
      if (!timer) {
        timer = setInterval(guardedTick, tickMs);
        timer.unref?.();
      }
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (running) await running.catch(() => undefined);
      unsubscribe?.();
      unsubscribe = undefined;
      loaded = false;
      heap.clear();
      entries.clear();
      byUser.clear();
      outbox.clear();
      queuedKeys.clear();
      await store.flush();
    },
  };
}
