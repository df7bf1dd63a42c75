import { DEFAULT_LOCALE } from "../i18n/locales.js";
import { silentLogger } from "../logger.js";
import type { StoreChange } from "../store/user-store.js";
import type { DeliveryResult, ReminderSender } from "./delivery.js";
import { createHeapDueQueue, type DueQueue, effectiveDue, platformResolver } from "./due-queue.js";
import { RateLimiter } from "./rate-limiter.js";
import { createOccurrenceRecords, occurrenceKey } from "./occurrence-records.js";
import { buildReminderMessage } from "./reminder-message.js";
import type { Job, PlatformId, ReminderScheduler, ReminderSchedulerOptions, TickReport } from "./scheduler-types.js";
import { SendPacer } from "./send-pacer.js";

export type { ReminderScheduler, ReminderSchedulerOptions, TickReport } from "./scheduler-types.js";
// Re-exported for the modules that import them from here.
export { effectiveDue, occurrenceKey, platformResolver };

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

  const { advance, pauseBlocked } = createOccurrenceRecords(store);

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
