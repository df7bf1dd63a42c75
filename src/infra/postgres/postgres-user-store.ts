import type pg from "pg";
import type { Locale } from "../../core/i18n/locales.js";
import type { FollowStore } from "../../core/store/follows.js";
import {
  MAX_LOG_ENTRIES_PER_USER,
  MAX_REMINDERS_PER_USER,
  type Reminder,
  type StatusLogEntry,
  StoreLimitError,
  type StoreListener,
  type UserProfile,
  type UserStore,
} from "../../core/store/user-store.js";
import type { StatusId } from "../../core/taxonomy.js";
import { createPostgresFollows } from "./postgres-follows.js";
import { openPostgresPool, type PostgresPoolOptions } from "./postgres-pool.js";
import { createUpdateClaims, type UpdateClaims } from "./postgres-updates.js";
import { REMINDER_COLUMNS, type ReminderRow, reminderFromRow, reminderValues } from "./reminder-rows.js";

// Kept importable from here, where they were before the split.
export { DatabaseConnectError } from "./postgres-pool.js";
export { REMINDER_COLUMNS, type ReminderRow, reminderFromRow } from "./reminder-rows.js";

export type PostgresUserStoreOptions = PostgresPoolOptions;

export interface PostgresUserStore extends UserStore, FollowStore, UpdateClaims {
  readonly pool: pg.Pool;
  /** One round trip to the database; false when it is unreachable. */
  ping(): Promise<boolean>;
}

interface ProfileRow {
  language: string | null;
  timezone: string | null;
  blocked_notice: boolean;
}

const profileFromRow = (row: ProfileRow): UserProfile => {
  const profile: { language?: Locale; timezone?: string; blockedNotice?: boolean } = {};
  if (row.language !== null) profile.language = row.language as Locale;
  if (row.timezone !== null) profile.timezone = row.timezone;
  if (row.blocked_notice) profile.blockedNotice = true;
  return profile;
};

/**
 * The PostgreSQL {@link UserStore} and {@link FollowStore} (DATABASE_URL): several bot instances share
 * one database. Follows (postgres-follows.ts) and Telegram update ids (postgres-updates.ts) have files
 * of their own; this one holds profiles, reminders and the status log, and /mydata and /forget over all of it.
 * - Nothing is held in memory: every call is one short query or transaction on a small pool, so
 *   start-up costs the same at 10 or 10 million reminders, and every instance sees every write.
 * - Every write is committed when its promise resolves (durable as PostgreSQL is configured).
 * - Per-user limits are checked under a transaction-scoped advisory lock on the user id (in the
 *   add_reminder function, one round trip), so two instances adding at once cannot pass the limit.
 * - The due queue is the `reminders_due` index (see postgres-due-queue.ts); `allReminders()`
 *   exists for the port and tools, and the scheduler never calls it on this store.
 * - `subscribe()` reports this process's own changes only; other instances' changes are seen
 *   because the scheduler re-reads a reminder from the database before sending it.
 */
export async function createPostgresUserStore(options: PostgresUserStoreOptions): Promise<PostgresUserStore> {
  const pool = await openPostgresPool(options);

  const listeners = new Set<StoreListener>();
  let closed = false;
  const emit: StoreListener = (change) => {
    for (const listener of listeners) listener(change);
  };
  const open = () => {
    if (closed) throw new Error("store: used after close()");
  };

  const readProfile = async (userId: string): Promise<UserProfile | undefined> => {
    const { rows } = await pool.query<ProfileRow>("SELECT language, timezone, blocked_notice FROM profiles WHERE user_id = $1", [userId]);
    return rows[0] ? profileFromRow(rows[0]) : undefined;
  };

  /** Sets profile columns; a profile left with nothing set is deleted (nothing is kept "just in case"). */
  const setProfile = async (userId: string, column: "language" | "timezone" | "blocked_notice", value: unknown): Promise<void> => {
    open();
    const { rows } = await pool.query<ProfileRow>(
      `INSERT INTO profiles (user_id, ${column}) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET ${column} = EXCLUDED.${column}
       RETURNING language, timezone, blocked_notice`,
      [userId, value],
    );
    const row = rows[0];
    if (row && row.language === null && row.timezone === null && !row.blocked_notice)
      await pool.query("DELETE FROM profiles WHERE user_id = $1 AND language IS NULL AND timezone IS NULL AND NOT blocked_notice", [
        userId,
      ]);
  };

  const listReminders = async (userId: string): Promise<Reminder[]> => {
    const { rows } = await pool.query<ReminderRow>(`SELECT ${REMINDER_COLUMNS} FROM reminders WHERE user_id = $1 ORDER BY seq`, [userId]);
    return rows.map(reminderFromRow);
  };

  const listLog = async (userId: string): Promise<StatusLogEntry[]> => {
    const { rows } = await pool.query<{ status: string; day: string; recorded_at: number }>(
      "SELECT status, day, recorded_at FROM status_log WHERE user_id = $1 ORDER BY day, recorded_at, seq",
      [userId],
    );
    return rows.map((r) => ({ status: r.status as StatusId, date: r.day, recordedAt: r.recorded_at }));
  };

  const follows = createPostgresFollows(pool, open);

  return {
    pool,
    ...follows,
    ...createUpdateClaims(pool, open),
    getProfile(userId) {
      open();
      return readProfile(userId);
    },
    setLanguage: (userId, locale) => setProfile(userId, "language", locale),
    setTimezone: (userId, zone) => setProfile(userId, "timezone", zone),
    async setBlockedNotice(userId, pending) {
      await setProfile(userId, "blocked_notice", pending);
    },
    async exportUser(userId) {
      open();
      const [profile, reminders, log, followed] = await Promise.all([
        readProfile(userId),
        listReminders(userId),
        listLog(userId),
        follows.listFollows(userId),
      ]);
      const anything = reminders.length > 0 || log.length > 0 || followed.length > 0;
      return { userId, profile: profile ?? (anything ? {} : null), reminders, log, ...(followed.length > 0 ? { follows: followed } : {}) };
    },
    async deleteUser(userId) {
      open();
      // One statement: atomic without a transaction round trip.
      await pool.query(
        `WITH r AS (DELETE FROM reminders WHERE user_id = $1), l AS (DELETE FROM status_log WHERE user_id = $1),
              f AS (DELETE FROM follows WHERE user_id = $1)
         DELETE FROM profiles WHERE user_id = $1`,
        [userId],
      );
      emit({ kind: "user-deleted", userId });
    },
    async listReminders(userId) {
      open();
      return listReminders(userId);
    },
    async getReminder(userId, reminderId) {
      open();
      const { rows } = await pool.query<ReminderRow>(`SELECT ${REMINDER_COLUMNS} FROM reminders WHERE id = $1 AND user_id = $2`, [
        reminderId,
        userId,
      ]);
      return rows[0] ? reminderFromRow(rows[0]) : undefined;
    },
    async addReminder(reminder) {
      open();
      const { rows } = await pool.query<{ outcome: string }>(
        "SELECT add_reminder($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) AS outcome",
        [...reminderValues(reminder), MAX_REMINDERS_PER_USER],
      );
      const outcome = rows[0]?.outcome;
      if (outcome === "limit") throw new StoreLimitError("reminders:errors.tooMany");
      if (outcome === "exists") throw new Error(`store: reminder id ${reminder.id} already exists`);
      emit({ kind: "reminder-upserted", reminder });
    },
    async updateReminder(reminder) {
      open();
      const result = await pool.query(
        `UPDATE reminders SET unit = $3, every = $4, local_time = $5, zone = $6, anchor = $7, application = $8, paused = $9,
           next_due_at = $10, snoozed_until = $11, last_delivered_key = $12, created_at = $13
         WHERE id = $1 AND user_id = $2`,
        reminderValues(reminder),
      );
      const changed = (result.rowCount ?? 0) > 0;
      if (changed) emit({ kind: "reminder-upserted", reminder });
      return changed;
    },
    async deleteReminder(userId, reminderId) {
      open();
      const result = await pool.query("DELETE FROM reminders WHERE id = $1 AND user_id = $2", [reminderId, userId]);
      const changed = (result.rowCount ?? 0) > 0;
      if (changed) emit({ kind: "reminder-deleted", userId, reminderId });
      return changed;
    },
    async allReminders() {
      open();
      const { rows } = await pool.query<ReminderRow>(`SELECT ${REMINDER_COLUMNS} FROM reminders ORDER BY seq`);
      return rows.map(reminderFromRow);
    },
    async addLogEntry(userId, entry) {
      open();
      await pool.query("SELECT add_log_entry($1, $2, $3, $4, $5)", [
        userId,
        entry.status,
        entry.date,
        entry.recordedAt,
        MAX_LOG_ENTRIES_PER_USER,
      ]);
    },
    async listLog(userId) {
      open();
      return listLog(userId);
    },
    async ping() {
      try {
        await pool.query("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async flush() {},
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      await pool.end();
    },
  };
}
