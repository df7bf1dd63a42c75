import type { Locale } from "../i18n/locales.js";
import { type Follow, type FollowStore, MAX_FOLLOWS_PER_USER, sameTarget } from "./follows.js";
import {
  MAX_LOG_ENTRIES_PER_USER,
  MAX_REMINDERS_PER_USER,
  type Reminder,
  type StatusLogEntry,
  StoreLimitError,
  type StoreListener,
  type UserExport,
  type UserProfile,
  type UserStore,
} from "./user-store.js";

/** What one user's entry holds; also the on-disk shape of a user in the lowdb file. */
export interface UserRecord {
  profile: UserProfile;
  reminders: Reminder[];
  log: StatusLogEntry[];
  /** Optional so records written before follows existed (and stores without them) stay valid as they are. */
  follows?: Follow[];
}

/** Hooks a persistent store plugs into the shared in-memory logic. */
export interface PersistenceHooks {
  /** The user's record changed (or was removed: `record` undefined). Must be cheap; writing is coalesced elsewhere. */
  changed(userId: string, record: UserRecord | undefined): void;
  /** Resolves once every change so far is durable. */
  durable(): Promise<void>;
  /** Writes out pending changes and releases resources. */
  close(): Promise<void>;
}

const NO_PERSISTENCE: PersistenceHooks = {
  changed() {},
  durable: async () => {},
  close: async () => {},
};

const isEmpty = (r: UserRecord): boolean =>
  r.reminders.length === 0 &&
  r.log.length === 0 &&
  (r.follows?.length ?? 0) === 0 &&
  r.profile.language === undefined &&
  r.profile.timezone === undefined &&
  !r.profile.blockedNotice;

/**
 * The one implementation of the {@link UserStore} semantics, over a Map of user records. The memory
 * twin uses it as is; the lowdb store adds persistence through {@link PersistenceHooks}. Sharing it
 * keeps both stores behaving identically (the contract suite checks that from the outside).
 * A user whose record becomes empty is removed entirely: nothing is kept "just in case".
 */
export function createRecordStore(users: Map<string, UserRecord>, hooks: PersistenceHooks = NO_PERSISTENCE): UserStore & FollowStore {
  const listeners = new Set<StoreListener>();
  const reminderOwner = new Map<string, string>();
  // Change-alert claims (claimFollowAlert), by follow: process memory only. One process sends every
  // alert of an embedded store, and a restart that drops a claim is a sender that died anyway.
  const alertClaims = new Map<string, number>();
  const claimKey = (userId: string, target: { application: string; country: string | null }) =>
    JSON.stringify([userId, target.application, target.country]);
  const dropClaims = (userId: string) => {
    for (const key of alertClaims.keys()) if ((JSON.parse(key) as unknown[])[0] === userId) alertClaims.delete(key);
  };
  for (const [userId, record] of users) for (const r of record.reminders) reminderOwner.set(r.id, userId);
  let closed = false;

  const emit: StoreListener = (change) => {
    for (const listener of listeners) listener(change);
  };
  const open = () => {
    if (closed) throw new Error("store: used after close()");
  };
  const edit = (userId: string, mutate: (record: UserRecord) => void): void => {
    const record = users.get(userId) ?? { profile: {}, reminders: [], log: [] };
    mutate(record);
    if (isEmpty(record)) users.delete(userId);
    else users.set(userId, record);
    hooks.changed(userId, users.get(userId));
  };

  return {
    getProfile(userId) {
      open();
      return users.get(userId)?.profile;
    },
    async setLanguage(userId, locale: Locale) {
      open();
      edit(userId, (r) => {
        r.profile = { ...r.profile, language: locale };
      });
    },
    async setTimezone(userId, zone) {
      open();
      edit(userId, (r) => {
        r.profile = { ...r.profile, timezone: zone };
      });
    },
    async setBlockedNotice(userId, pending) {
      open();
      if (!pending && !users.get(userId)?.profile.blockedNotice) return;
      edit(userId, (r) => {
        const { blockedNotice: _drop, ...rest } = r.profile;
        r.profile = pending ? { ...rest, blockedNotice: true } : rest;
      });
    },
    async exportUser(userId): Promise<UserExport> {
      open();
      const record = users.get(userId);
      return {
        userId,
        profile: record ? { ...record.profile } : null,
        reminders: record ? [...record.reminders] : [],
        log: record ? [...record.log] : [],
        ...(record?.follows?.length ? { follows: [...record.follows] } : {}),
      };
    },
    async deleteUser(userId) {
      open();
      const record = users.get(userId);
      if (record) {
        for (const r of record.reminders) reminderOwner.delete(r.id);
        if (record.follows?.length) dropClaims(userId);
        users.delete(userId);
        hooks.changed(userId, undefined);
      }
      emit({ kind: "user-deleted", userId });
      await hooks.durable().catch((error: unknown) => {
        // Not durable: the user is told it failed, so the data stays as it was (unless changed meanwhile).
        if (record && !users.has(userId)) {
          users.set(userId, record);
          for (const r of record.reminders) reminderOwner.set(r.id, userId);
          hooks.changed(userId, record);
          for (const r of record.reminders) emit({ kind: "reminder-upserted", reminder: r });
        }
        throw error;
      });
    },
    async listReminders(userId) {
      open();
      return [...(users.get(userId)?.reminders ?? [])];
    },
    async getReminder(userId, reminderId) {
      open();
      return users.get(userId)?.reminders.find((r) => r.id === reminderId);
    },
    async addReminder(reminder) {
      open();
      if (reminderOwner.has(reminder.id)) throw new Error(`store: reminder id ${reminder.id} already exists`);
      if ((users.get(reminder.userId)?.reminders.length ?? 0) >= MAX_REMINDERS_PER_USER)
        throw new StoreLimitError("reminders:errors.tooMany");
      edit(reminder.userId, (r) => {
        r.reminders = [...r.reminders, reminder];
      });
      reminderOwner.set(reminder.id, reminder.userId);
      emit({ kind: "reminder-upserted", reminder });
      await hooks.durable().catch((error: unknown) => {
        // Not durable: the user is told it failed, so the reminder must not live on in memory either.
        if (users.get(reminder.userId)?.reminders.some((r) => r.id === reminder.id)) {
          edit(reminder.userId, (r) => {
            r.reminders = r.reminders.filter((x) => x.id !== reminder.id);
          });
          reminderOwner.delete(reminder.id);
          emit({ kind: "reminder-deleted", userId: reminder.userId, reminderId: reminder.id });
        }
        throw error;
      });
    },
    async updateReminder(reminder) {
      open();
      const record = users.get(reminder.userId);
      const index = record?.reminders.findIndex((r) => r.id === reminder.id) ?? -1;
      if (!record || index < 0) return false;
      edit(reminder.userId, (r) => {
        r.reminders = r.reminders.map((x) => (x.id === reminder.id ? reminder : x));
      });
      emit({ kind: "reminder-upserted", reminder });
      return true;
    },
    async deleteReminder(userId, reminderId) {
      open();
      const record = users.get(userId);
      const removed = record?.reminders.find((r) => r.id === reminderId);
      if (!removed) return false;
      edit(userId, (r) => {
        r.reminders = r.reminders.filter((x) => x.id !== reminderId);
      });
      reminderOwner.delete(reminderId);
      emit({ kind: "reminder-deleted", userId, reminderId });
      await hooks.durable().catch((error: unknown) => {
        // Not durable: the user is told it failed, so the reminder stays.
        if (!reminderOwner.has(reminderId)) {
          edit(userId, (r) => {
            r.reminders = [...r.reminders, removed];
          });
          reminderOwner.set(reminderId, userId);
          emit({ kind: "reminder-upserted", reminder: removed });
        }
        throw error;
      });
      return true;
    },
    async allReminders() {
      open();
      const all: Reminder[] = [];
      for (const record of users.values()) all.push(...record.reminders);
      return all;
    },
    async addLogEntry(userId, entry) {
      open();
      edit(userId, (r) => {
        const log = [...r.log, entry].sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt - b.recordedAt);
        r.log = log.slice(Math.max(0, log.length - MAX_LOG_ENTRIES_PER_USER));
      });
    },
    async listLog(userId) {
      open();
      return [...(users.get(userId)?.log ?? [])];
    },
    async listFollows(userId) {
      open();
      return [...(users.get(userId)?.follows ?? [])];
    },
    async addFollow(userId, follow) {
      open();
      const existing = users.get(userId)?.follows ?? [];
      if (existing.some((f) => sameTarget(f, follow))) return "exists";
      if (existing.length >= MAX_FOLLOWS_PER_USER) throw new StoreLimitError("ptime:follow.tooMany");
      edit(userId, (r) => {
        r.follows = [...(r.follows ?? []), follow];
      });
      await hooks.durable();
      return "added";
    },
    async updateFollowFigure(userId, target, figure) {
      open();
      if (!users.get(userId)?.follows?.some((f) => sameTarget(f, target))) return false;
      edit(userId, (r) => {
        r.follows = (r.follows ?? []).map((f) => (sameTarget(f, target) ? { ...f, figure } : f));
      });
      alertClaims.delete(claimKey(userId, target));
      return true;
    },
    async deleteFollow(userId, target) {
      open();
      if (!users.get(userId)?.follows?.some((f) => sameTarget(f, target))) return false;
      edit(userId, (r) => {
        const rest = (r.follows ?? []).filter((f) => !sameTarget(f, target));
        if (rest.length > 0) r.follows = rest;
        else delete r.follows;
      });
      alertClaims.delete(claimKey(userId, target));
      await hooks.durable();
      return true;
    },
    async allFollows() {
      open();
      const all: { userId: string; follow: Follow }[] = [];
      for (const [userId, record] of users) for (const follow of record.follows ?? []) all.push({ userId, follow });
      return all;
    },
    async claimFollowAlert(userId, target, from, now, leaseMs) {
      open();
      if (!users.get(userId)?.follows?.some((f) => sameTarget(f, target) && f.figure === from)) return false;
      const key = claimKey(userId, target);
      const since = alertClaims.get(key);
      if (since !== undefined && since > now - leaseMs) return false;
      alertClaims.set(key, now);
      return true;
    },
    async releaseFollowAlert(userId, target) {
      open();
      alertClaims.delete(claimKey(userId, target));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async flush() {
      await hooks.durable();
    },
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      await hooks.close();
    },
  };
}
