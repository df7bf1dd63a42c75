import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import type { Locale } from "../core/i18n/locales.js";
import {
  MAX_LOG_ENTRIES_PER_USER,
  MAX_REMINDERS_PER_USER,
  type Reminder,
  type StatusLogEntry,
  StoreLimitError,
  type StoreListener,
  type UserProfile,
  type UserStore,
} from "../core/store/user-store.js";

/**
 * Reference {@link UserStore} on SQLite (better-sqlite3, an optional dependency), measured side by side
 * with lowdb in scripts/bench-store.ts and held to the same contract suite. Each change is its own
 * transaction (WAL, synchronous=FULL), so every call is durable when it returns and nothing is
 * rewritten wholesale. Not wired into main.ts; it is the migration target when lowdb's whole-file
 * writes become too slow.
 */
export function loadSqlite(): typeof BetterSqlite3 | undefined {
  try {
    return createRequire(import.meta.url)("better-sqlite3") as typeof BetterSqlite3;
  } catch {
    return undefined;
  }
}

export function createSqliteUserStore(options: { path: string; Database?: typeof BetterSqlite3 }): UserStore {
  const Database = options.Database ?? loadSqlite();
  if (!Database) throw new Error("store: better-sqlite3 is not installed (it is an optional dependency)");
  if (options.path !== ":memory:") mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(`
    CREATE TABLE IF NOT EXISTS profiles (user_id TEXT PRIMARY KEY, json TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS reminders (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, json TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS reminders_user ON reminders(user_id);
    CREATE TABLE IF NOT EXISTS log (user_id TEXT NOT NULL, date TEXT NOT NULL, recorded_at INTEGER NOT NULL, status TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS log_user ON log(user_id, date, recorded_at);
  `);
  const q = {
    getProfile: db.prepare<[string], { json: string }>("SELECT json FROM profiles WHERE user_id = ?"),
    putProfile: db.prepare("INSERT INTO profiles(user_id, json) VALUES (?, ?) ON CONFLICT(user_id) DO UPDATE SET json = excluded.json"),
    delProfile: db.prepare("DELETE FROM profiles WHERE user_id = ?"),
    listReminders: db.prepare<[string], { json: string }>("SELECT json FROM reminders WHERE user_id = ? ORDER BY rowid"),
    countReminders: db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM reminders WHERE user_id = ?"),
    getReminder: db.prepare<[string, string], { json: string }>("SELECT json FROM reminders WHERE id = ? AND user_id = ?"),
    hasReminder: db.prepare<[string], { id: string }>("SELECT id FROM reminders WHERE id = ?"),
    insertReminder: db.prepare("INSERT INTO reminders(id, user_id, json) VALUES (?, ?, ?)"),
    updateReminder: db.prepare("UPDATE reminders SET json = ? WHERE id = ? AND user_id = ?"),
    deleteReminder: db.prepare("DELETE FROM reminders WHERE id = ? AND user_id = ?"),
    deleteUserReminders: db.prepare("DELETE FROM reminders WHERE user_id = ?"),
    allReminders: db.prepare<[], { json: string }>("SELECT json FROM reminders"),
    addLog: db.prepare("INSERT INTO log(user_id, date, recorded_at, status) VALUES (?, ?, ?, ?)"),
    listLog: db.prepare<[string], { date: string; recorded_at: number; status: string }>(
      "SELECT date, recorded_at, status FROM log WHERE user_id = ? ORDER BY date, recorded_at, rowid",
    ),
    trimLog: db.prepare(
      "DELETE FROM log WHERE rowid IN (SELECT rowid FROM log WHERE user_id = ? ORDER BY date, recorded_at, rowid LIMIT max(0, (SELECT count(*) FROM log WHERE user_id = ?) - ?))",
    ),
    deleteLog: db.prepare("DELETE FROM log WHERE user_id = ?"),
  };
  const listeners = new Set<StoreListener>();
  const emit: StoreListener = (c) => {
    for (const l of listeners) l(c);
  };
  const profileOf = (userId: string): UserProfile | undefined => {
    const row = q.getProfile.get(userId);
    return row ? (JSON.parse(row.json) as UserProfile) : undefined;
  };
  const putProfile = (userId: string, profile: UserProfile): void => {
    if (Object.keys(profile).length === 0) q.delProfile.run(userId);
    else q.putProfile.run(userId, JSON.stringify(profile));
  };
  const listLog = (userId: string): StatusLogEntry[] =>
    q.listLog.all(userId).map((r) => ({ status: r.status as StatusLogEntry["status"], date: r.date, recordedAt: r.recorded_at }));
  const deleteUser = db.transaction((userId: string) => {
    q.delProfile.run(userId);
    q.deleteUserReminders.run(userId);
    q.deleteLog.run(userId);
  });
  const addLog = db.transaction((userId: string, e: StatusLogEntry) => {
    q.addLog.run(userId, e.date, e.recordedAt, e.status);
    q.trimLog.run(userId, userId, MAX_LOG_ENTRIES_PER_USER);
  });

  return {
    getProfile(userId) {
      return profileOf(userId);
    },
    async setLanguage(userId, locale: Locale) {
      putProfile(userId, { ...profileOf(userId), language: locale });
    },
    async setTimezone(userId, zone) {
      putProfile(userId, { ...profileOf(userId), timezone: zone });
    },
    async setBlockedNotice(userId, pending) {
      const { blockedNotice: _drop, ...rest } = profileOf(userId) ?? {};
      putProfile(userId, pending ? { ...rest, blockedNotice: true } : rest);
    },
    async exportUser(userId) {
      const profile = profileOf(userId) ?? null;
      const reminders = q.listReminders.all(userId).map((r) => JSON.parse(r.json) as Reminder);
      const log = listLog(userId);
      return { userId, profile: profile ?? (reminders.length || log.length ? {} : null), reminders, log };
    },
    async deleteUser(userId) {
      deleteUser(userId);
      emit({ kind: "user-deleted", userId });
    },
    async listReminders(userId) {
      return q.listReminders.all(userId).map((r) => JSON.parse(r.json) as Reminder);
    },
    async getReminder(userId, reminderId) {
      const row = q.getReminder.get(reminderId, userId);
      return row ? (JSON.parse(row.json) as Reminder) : undefined;
    },
    async addReminder(reminder) {
      if (q.hasReminder.get(reminder.id)) throw new Error(`store: reminder id ${reminder.id} already exists`);
      if ((q.countReminders.get(reminder.userId)?.n ?? 0) >= MAX_REMINDERS_PER_USER) throw new StoreLimitError("reminders:errors.tooMany");
      q.insertReminder.run(reminder.id, reminder.userId, JSON.stringify(reminder));
      emit({ kind: "reminder-upserted", reminder });
    },
    async updateReminder(reminder) {
      const changed = q.updateReminder.run(JSON.stringify(reminder), reminder.id, reminder.userId).changes > 0;
      if (changed) emit({ kind: "reminder-upserted", reminder });
      return changed;
    },
    async deleteReminder(userId, reminderId) {
      const changed = q.deleteReminder.run(reminderId, userId).changes > 0;
      if (changed) emit({ kind: "reminder-deleted", userId, reminderId });
      return changed;
    },
    async allReminders() {
      return q.allReminders.all().map((r) => JSON.parse(r.json) as Reminder);
    },
    async addLogEntry(userId, entry) {
      addLog(userId, entry);
    },
    async listLog(userId) {
      return listLog(userId);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async flush() {},
    async close() {
      listeners.clear();
      if (db.open) db.close();
    },
  };
}
