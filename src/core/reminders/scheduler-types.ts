import type { Clock } from "../clock.js";
import type { Locale } from "../i18n/locales.js";
import type { Translate, Translator } from "../i18n/translator.js";
import type { CoreLogger } from "../logger.js";
import type { Reminder, StatusLogEntry, UserStore } from "../store/user-store.js";
import type { ReminderSender } from "./delivery.js";
import type { DueQueueFactory } from "./due-queue.js";
import type { RateLimits } from "./rate-limiter.js";

// The reminder scheduler's options, its interface and what a tick reports (scheduler.ts implements them).

export type PlatformId = ReminderSender["platform"];

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

/** One occurrence waiting in a platform's outbox or being delivered. */
export interface Job {
  readonly reminderId: string;
  readonly userId: string;
  readonly dueAt: number;
  readonly key: string;
  readonly late: boolean;
  attempts: number;
  notBefore: number;
}
