import pg from "pg";
import type { Locale } from "../../core/i18n/locales.js";
import { type CoreLogger, silentLogger } from "../../core/logger.js";
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
import type { ApplicationId, StatusId } from "../../core/taxonomy.js";
import { migrate } from "./migrate.js";

export interface PostgresUserStoreOptions {
  /** DATABASE_URL, e.g. postgres://bot:secret@db:5432/bot */
  readonly connectionString: string;
  readonly logger?: CoreLogger;
  /** Pool size per process. Default 10. */
  readonly maxConnections?: number;
  /** Apply pending schema migrations at open (default true). */
  readonly migrate?: boolean;
}

export interface PostgresUserStore extends UserStore {
  readonly pool: pg.Pool;
  /**
   * Records a Telegram update id; true the first time any instance records it, false for a repeat
   * (Telegram re-sent it, or the load balancer gave it to two instances): handle it only on true.
   */
  claimUpdate(updateId: number): Promise<boolean>;
  /** Forgets update ids recorded more than `olderThanMs` ago (Telegram gives up re-sending after a day). */
  pruneUpdates(olderThanMs: number): Promise<number>;
  /** One round trip to the database; false when it is unreachable. */
  ping(): Promise<boolean>;
}

// bigint columns hold epoch milliseconds: far inside a double's exact range, so read them as numbers.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** DATABASE_URL could not be used: the message names host, port and database (never the password) and what to check. */
export class DatabaseConnectError extends Error {
  override readonly name = "DatabaseConnectError";
}

const CONNECT_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: "nothing listens there; is PostgreSQL running, and are host and port right?",
  ENOTFOUND: "the host name does not resolve",
  ETIMEDOUT: "the connection timed out",
  "28P01": "the password was rejected",
  "28000": "this user may not connect (pg_hba.conf)",
  "3D000": "the database does not exist (create it, e.g. createdb)",
};

function explainConnectError(error: unknown, connectionString: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !(code in CONNECT_CODES)) return error;
  let where = "DATABASE_URL";
  try {
    const url = new URL(connectionString);
    where = `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    // not a URL: keep the variable name only
  }
  return new DatabaseConnectError(`postgres: cannot use DATABASE_URL (${where}): ${CONNECT_CODES[code]}`, { cause: error });
}

export interface ReminderRow {
  id: string;
  user_id: string;
  unit: "day" | "week";
  every: number;
  local_time: string;
  zone: string;
  anchor: string;
  application: string | null;
  paused: "user" | "blocked" | null;
  next_due_at: number;
  snoozed_until: number | null;
  last_delivered_key: string | null;
  created_at: number;
}

export const REMINDER_COLUMNS =
  "id, user_id, unit, every, local_time, zone, anchor, application, paused, next_due_at, snoozed_until, last_delivered_key, created_at";

export function reminderFromRow(r: ReminderRow): Reminder {
  return {
    id: r.id,
    userId: r.user_id,
    schedule: { unit: r.unit, every: r.every, time: r.local_time, zone: r.zone, anchor: r.anchor },
    application: r.application as ApplicationId | null,
    paused: r.paused,
    nextDueAt: r.next_due_at,
    snoozedUntil: r.snoozed_until,
    lastDeliveredKey: r.last_delivered_key,
    createdAt: r.created_at,
  };
}

const reminderValues = (r: Reminder): unknown[] => [
  r.id,
  r.userId,
  r.schedule.unit,
  r.schedule.every,
  r.schedule.time,
  r.schedule.zone,
  r.schedule.anchor,
  r.application,
  r.paused,
  r.nextDueAt,
  r.snoozedUntil,
  r.lastDeliveredKey,
  r.createdAt,
];

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
 * The PostgreSQL {@link UserStore} (DATABASE_URL): several bot instances share one database.
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
  const logger = options.logger ?? silentLogger;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    types,
    application_name: "ircc-status-bot",
  });
  // An idle client losing its connection (database restart) must not crash the process; the next query reconnects.
  pool.on("error", (error) => logger.warn({ err: error.message }, "postgres: an idle connection failed"));
  try {
    if (options.migrate !== false) await migrate(pool, { logger });
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw explainConnectError(error, options.connectionString);
  }

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

  return {
    pool,
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
      const [profile, reminders, log] = await Promise.all([readProfile(userId), listReminders(userId), listLog(userId)]);
      return { userId, profile: profile ?? (reminders.length > 0 || log.length > 0 ? {} : null), reminders, log };
    },
    async deleteUser(userId) {
      open();
      // One statement: atomic without a transaction round trip.
      await pool.query(
        `WITH r AS (DELETE FROM reminders WHERE user_id = $1), l AS (DELETE FROM status_log WHERE user_id = $1)
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
    async claimUpdate(updateId) {
      open();
      const result = await pool.query("INSERT INTO telegram_updates (update_id) VALUES ($1) ON CONFLICT DO NOTHING", [updateId]);
      return (result.rowCount ?? 0) > 0;
    },
    async pruneUpdates(olderThanMs) {
      const result = await pool.query("DELETE FROM telegram_updates WHERE seen_at < now() - make_interval(secs => $1)", [
        olderThanMs / 1000,
      ]);
      return result.rowCount ?? 0;
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
