import type { Clock } from "../clock.js";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales.js";
import type { Translate, Translator } from "../i18n/translator.js";
import { type CoreLogger, silentLogger } from "../logger.js";
import type { Reminder, StatusLogEntry, StoreChange, UserStore } from "../store/user-store.js";
import type { DeliveryResult, ReminderSender } from "./delivery.js";
import { createHeapDueQueue, type DueQueue, type DueQueueFactory, effectiveDue, platformResolver } from "./due-queue.js";
import { type RateLimits, RateLimiter } from "./rate-limiter.js";
import { buildReminderMessage } from "./reminder-message.js";
import { nextOccurrence } from "./schedule.js";

type PlatformId = ReminderSender["platform"];

export interface ReminderSchedulerOptions {
  readonly store: UserStore;
  readonly clock: Clock;
  readonly senders: readonly ReminderSender[];
  readonly translator: Translator;
  readonly logger?: CoreLogger;
  /** Per-platform send rates; default: what each sender declares. */
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
  /** Where due reminders come from; default: an in-memory heap over `store` ({@link createHeapDueQueue}). */
  readonly dueQueue?: DueQueueFactory;
  /** Most occurrences waiting in the outbox; a tick takes no more from the queue than fit. Default 10,000. */
  readonly maxOutbox?: number;
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
  /** Reminders in the in-memory due queue (paused ones excluded); 0 when the queue is the database. */
  readonly queued: number;
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

export { effectiveDue, platformResolver };

/** Occurrence key: one per reminder per scheduled instant; the unit of at-least-once delivery. */
export const occurrenceKey = (reminderId: string, dueAt: number): string => `${reminderId}@${dueAt}`;

/**
 * The reminder scheduler. Why it is shaped like this:
 * - What is due comes from a {@link DueQueue} port: an in-memory min-heap fed by store change events
 *   (memory, lowdb), or the database itself (PostgreSQL). A tick takes only what is due and fits in
 *   the outbox, and re-reads each reminder just before sending, so pause/delete/forget win.
 * - Before sending, the occurrence key is claimed through the queue (PostgreSQL: in the reminder's
 *   row), so an instance taking over after a crash never sends an occurrence a second time.
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
    options.senders.map((s) => [s.platform, new RateLimiter(options.rates?.[s.platform] ?? s.rates)]),
  );

  const maxOutbox = options.maxOutbox ?? 10_000;
  const pacers = new Map<PlatformId, SendPacer>(
    options.senders.map((s) => [
      s.platform,
      new SendPacer((options.rates?.[s.platform] ?? s.rates).perSecond, () => clock.now().getTime()),
    ]),
  );
  const queue: DueQueue = (options.dueQueue ?? createHeapDueQueue(store))({
    platforms: [...senders.keys()],
    prefixes: options.senders.map((s) => s.userPrefix),
  });
  const platformOf = platformResolver(options.senders);
  const outbox = new Map<PlatformId, Job[]>();
  /** Reminder ids with an occurrence in the outbox or being delivered. */
  const queuedIds = new Set<string>();
  let loaded = false;
  let unsubscribe: (() => void) | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<TickReport> | undefined;

  const onChange = (change: StoreChange): void => {
    switch (change.kind) {
      case "reminder-upserted":
      case "reminder-deleted":
        break;
      case "user-deleted":
        // Forgotten users leave the outbox at once (sending re-reads the store anyway).
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
    await queue.load();
  };

  /** Moves due occurrences from the queue to their platform's outbox, as many as fit. */
  const takeDue = async (now: number): Promise<number> => {
    let waiting = 0;
    for (const jobs of outbox.values()) waiting += jobs.length;
    const room = maxOutbox - waiting;
    if (room <= 0) return 0;
    let due = 0;
    for (const { reminderId, userId, dueAt, lastDeliveredKey } of await queue.takeDue(now, room, queuedIds)) {
      if (queuedIds.has(reminderId)) continue;
      const key = occurrenceKey(reminderId, dueAt);
      if (lastDeliveredKey === key) {
        // Recorded as delivered before a restart but not advanced: advance without sending again.
        queuedIds.add(reminderId);
        void advance(userId, reminderId, dueAt, now).finally(() => queuedIds.delete(reminderId));
        continue;
      }
      const platform = platformOf(userId) as PlatformId;
      const jobs = outbox.get(platform) ?? [];
      jobs.push({
        reminderId,
        userId,
        dueAt,
        key,
        late: now - dueAt > lateAfterMs,
        attempts: 0,
        notBefore: 0,
      });
      outbox.set(platform, jobs);
      queuedIds.add(reminderId);
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

  const deliver = async (
    sender: ReminderSender,
    job: Job,
    now: number,
    pacer: SendPacer | undefined,
  ): Promise<DeliveryResult | "dropped" | "claimed"> => {
    const reminder = await queue.current(job.userId, job.reminderId);
    // Paused, deleted or rescheduled while waiting in the outbox: this occurrence is void.
    if (!reminder || effectiveDue(reminder) !== job.dueAt) return "dropped";
    // Taken by an instance that stopped while sending it: never send it twice.
    if (await queue.claimedElsewhere(job.reminderId, job.key)) return "claimed";
    const profile = await store.getProfile(job.userId);
    const lang = profile?.language ?? options.defaultLocale ?? DEFAULT_LOCALE;
    const t = translator.forLocale(lang);
    const log = await store.listLog(job.userId);
    const wait = options.waitLine ? await options.waitLine({ reminder, log, now, t, lang }).catch(() => undefined) : undefined;
    const reply = buildReminderMessage({
      reminder,
      lang,
      t,
      log,
      now,
      lateFor: job.late ? job.dueAt : undefined,
      wait,
    });
    await pacer?.pass();
    // The claim and the send start together, the claim's write first: a sender killed between the two
    // writes loses that one message (no idempotent Bot API can tell the next sender), so the gap is
    // kept to the request's own preparation. Under one sender (the lock holder) nobody else can take
    // the key meanwhile; the check above saw every claim of the instance before it.
    const claiming = queue.claim(reminder, job.key).then(
      (ok) => {
        if (!ok) logger.error({}, "scheduler: an occurrence was claimed by another instance while this one sent it");
      },
      (error: unknown) =>
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, "scheduler: could not record a claim"),
    );
    try {
      return await sender.send(job.userId, reply);
    } catch (error) {
      return { kind: "failed", error: error instanceof Error ? error.message : String(error) };
    } finally {
      await claiming;
    }
  };

  const tick = async (nowArg?: number): Promise<TickReport> => {
    await load();
    const now = nowArg ?? clock.now().getTime();
    const due = await takeDue(now);
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
          deliver(sender, job, now, nowArg === undefined ? pacers.get(platform) : undefined).then(async (result) => {
            if (result === "dropped") {
              queuedIds.delete(job.reminderId);
              return;
            }
            if (result === "claimed") {
              logger.warn(
                { platform },
                "scheduler: an occurrence was already claimed (by an instance that stopped while sending it); not sending it again",
              );
              await advance(job.userId, job.reminderId, job.dueAt, now);
              queuedIds.delete(job.reminderId);
              return;
            }
            switch (result.kind) {
              case "sent":
                sent += 1;
                if (job.late) late += 1;
                await advance(job.userId, job.reminderId, job.dueAt, now);
                queuedIds.delete(job.reminderId);
                return;
              case "blocked":
                blocked += 1;
                logger.info({ platform }, "scheduler: user blocked the bot or closed DMs; their reminders are paused");
                await pauseBlocked(job.userId);
                queuedIds.delete(job.reminderId);
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
                queuedIds.delete(job.reminderId);
                return;
              case "failed":
                failed += 1;
                logger.warn({ platform, err: result.error }, "scheduler: delivery failed; occurrence skipped");
                await advance(job.userId, job.reminderId, job.dueAt, now);
                queuedIds.delete(job.reminderId);
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
      return queue.size ?? 0;
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
      queue.unload();
      outbox.clear();
      queuedIds.clear();
      await store.flush();
    },
  };
}

/**
 * The limiter above counts a send at its tick's time, but a send leaves only after its reads (the
 * reminder, the profile, the log), which take longer on a busy database: one tick's sends could leave
 * late and the next tick's early, bunching more than the rate into one second at the Bot API. The
 * pacer counts the moment each send is released (the clock, read again; only the claim, one short
 * write, follows) and waits when `perSecond` were released within the last second plus an allowance
 * for the claim and the transit. Used by the timer-driven ticks only: a tick given an explicit time
 * (tests, benchmarks) has no real moment to pace against.
 */
class SendPacer {
  private readonly ring: number[];
  private head = 0;
  private last = Number.NEGATIVE_INFINITY;
  /** Releases are also spread evenly (1000 / perSecond apart): a burst of 25 at once would queue its claims. */
  private readonly gapMs: number;
  constructor(
    perSecond: number,
    private readonly now: () => number,
    private readonly windowMs = 1_000 + PACER_TRANSIT_ALLOWANCE_MS,
  ) {
    this.ring = new Array<number>(Math.max(1, Math.floor(perSecond))).fill(Number.NEGATIVE_INFINITY);
    this.gapMs = 1_000 / Math.max(1, perSecond);
  }

  async pass(): Promise<void> {
    for (;;) {
      const t = this.now();
      const wait = Math.max((this.ring[this.head] as number) + this.windowMs - t, this.last + this.gapMs - t);
      if (wait <= 0) {
        this.ring[this.head] = t;
        this.head = (this.head + 1) % this.ring.length;
        this.last = t;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Sends released together can arrive up to this much apart (claim, event loop, network). */
const PACER_TRANSIT_ALLOWANCE_MS = 150;
