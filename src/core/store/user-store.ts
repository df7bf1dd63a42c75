import type { Locale } from "../i18n/locales.js";
import type { ApplicationId, StatusId } from "../taxonomy.js";
import type { Follow } from "./follows.js";

/**
 * Everything the bot keeps about one user. Only what a feature needs: reply language, time zone,
 * reminder settings and the user's own status log. Never identifiers, credentials or message text.
 */
export interface UserProfile {
  readonly language?: Locale;
  /** IANA zone used for new reminders ("America/Toronto" when never set). */
  readonly timezone?: string;
  /** Set when reminders were paused because the user blocked the bot; told once, then cleared. */
  readonly blockedNotice?: boolean;
}

/** How often a reminder repeats: every `every` days or weeks, at `time` local time in `zone`. */
export interface ReminderSchedule {
  readonly unit: "day" | "week";
  /** 1–52 (weeks) or 1–365 (days). */
  readonly every: number;
  /** Local wall-clock time "HH:mm". */
  readonly time: string;
  /** IANA zone, e.g. "America/Toronto". */
  readonly zone: string;
  /**
   * Local date "YYYY-MM-DD" of the first occurrence; later ones are anchor + k·every units. Keeps
   * "every 2 weeks" on the same weeks and the weekday of weekly reminders.
   */
  readonly anchor: string;
}

/** One recurring "check your tracker" reminder. */
export interface Reminder {
  /** Short random id, `[A-Za-z0-9_-]{1,24}` (fits button data). */
  readonly id: string;
  readonly userId: string;
  readonly schedule: ReminderSchedule;
  readonly application: ApplicationId | null;
  /** `user`: paused on request; `blocked`: the platform said the user blocked the bot. */
  readonly paused: "user" | "blocked" | null;
  /** Epoch ms of the next regular occurrence the reminder waits for. */
  readonly nextDueAt: number;
  /** Epoch ms of a one-off snoozed delivery, before the next regular one. */
  readonly snoozedUntil: number | null;
  /** Occurrence key (`<id>@<epoch ms>`) of the last delivered occurrence: a restart never sends it twice. */
  readonly lastDeliveredKey: string | null;
  readonly createdAt: number;
}

/** One step of the personal status log: a status id and the local date it happened. */
export interface StatusLogEntry {
  readonly status: StatusId;
  /** "YYYY-MM-DD" */
  readonly date: string;
  readonly recordedAt: number;
}

/** Everything stored about a user, as shown by /mydata. */
export interface UserExport {
  readonly userId: string;
  readonly profile: UserProfile | null;
  readonly reminders: readonly Reminder[];
  readonly log: readonly StatusLogEntry[];
  /** Processing times followed for change alerts (absent when the store holds none, or does not hold follows). */
  readonly follows?: readonly Follow[];
}

/** Change notifications, so the scheduler's due queue follows the store without polling it. */
export type StoreChange =
  | { readonly kind: "reminder-upserted"; readonly reminder: Reminder }
  | { readonly kind: "reminder-deleted"; readonly userId: string; readonly reminderId: string }
  | { readonly kind: "user-deleted"; readonly userId: string };

export type StoreListener = (change: StoreChange) => void;

/** Upper bounds that keep one user's record small (and the whole file bounded). */
export const MAX_REMINDERS_PER_USER = 5;
export const MAX_LOG_ENTRIES_PER_USER = 100;

/**
 * Per-user storage port. The core depends only on this interface; `createMemoryUserStore` is the
 * in-memory twin and infra/ holds the lowdb and PostgreSQL implementations. One contract
 * suite (test/contracts/user-store.contract.ts) runs against all of them.
 *
 * Durability: `addReminder`, `deleteReminder` and `deleteUser` resolve only once the change is
 * durable (a user is told "created"/"deleted" only when it is true). Other updates may be coalesced
 * and written a little later; `flush()` forces them out.
 */
/** A value, or a promise of it (as in grammY's storage adapters): callers `await` it either way. */
export type MaybePromise<T> = T | Promise<T>;

export interface UserStore {
  /**
   * The user's profile. May answer synchronously: every message reads it (for the chosen language), and
   * stores that hold profiles in memory (all of ours) save a promise and a microtask per message that way.
   */
  getProfile(userId: string): MaybePromise<UserProfile | undefined>;
  setLanguage(userId: string, locale: Locale): Promise<void>;
  setTimezone(userId: string, zone: string): Promise<void>;
  /** Sets or clears the one-time "your reminders were paused because you blocked me" notice. */
  setBlockedNotice(userId: string, pending: boolean): Promise<void>;
  exportUser(userId: string): Promise<UserExport>;
  /** Deletes everything stored about the user (profile, reminders, log). Idempotent; durable on resolve. */
  deleteUser(userId: string): Promise<void>;

  listReminders(userId: string): Promise<readonly Reminder[]>;
  getReminder(userId: string, reminderId: string): Promise<Reminder | undefined>;
  /** Durable on resolve. Rejects with {@link StoreLimitError} past {@link MAX_REMINDERS_PER_USER}. */
  addReminder(reminder: Reminder): Promise<void>;
  /** Replaces an existing reminder (same id and user); returns false when it no longer exists. */
  updateReminder(reminder: Reminder): Promise<boolean>;
  /** Durable on resolve; returns false when it did not exist. */
  deleteReminder(userId: string, reminderId: string): Promise<boolean>;
  /** Every reminder of every user, to fill the scheduler's queue at start. */
  allReminders(): Promise<readonly Reminder[]>;

  /** Appends to the status log (oldest entries dropped past {@link MAX_LOG_ENTRIES_PER_USER}). */
  addLogEntry(userId: string, entry: StatusLogEntry): Promise<void>;
  listLog(userId: string): Promise<readonly StatusLogEntry[]>;

  /** Subscribes to reminder changes; returns the unsubscribe function. */
  subscribe(listener: StoreListener): () => void;
  /** Makes every change so far durable. */
  flush(): Promise<void>;
  /** Flushes and releases the store (file lock). Further calls reject. */
  close(): Promise<void>;
}

/** A per-user limit was reached; `key` is the i18n key of the message to show. */
export class StoreLimitError extends Error {
  override readonly name = "StoreLimitError";
  constructor(readonly key: string) {
    super(`store: limit reached (${key})`);
  }
}

/**
 * A change could not be made durable (the store's folder or journal was removed, the disk failed):
 * the request is refused, never confirmed. `key` is the i18n key of the message to show.
 */
export class StoreWriteError extends Error {
  override readonly name = "StoreWriteError";
  readonly key = "errors:notSaved";
}
