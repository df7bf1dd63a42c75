import type { z } from "zod";
import type { UserRecord } from "../../core/store/user-records.js";
import type { Reminder } from "../../core/store/user-store.js";
import { createInterner, decodeUser, isEmptyRecord } from "./record-codec.js";
import {
  canonicalLine,
  describeTuplePath,
  followSchema,
  followTuple,
  logEntrySchema,
  logTuple,
  MAX_LOG_ON_DISK,
  MAX_FOLLOWS_ON_DISK,
  MAX_REMINDERS_ON_DISK,
  profileSchema,
  profileTuple,
  reminderSchema,
  reminderTuple,
  type UserTuple,
  userIdField,
  userSchema,
  userTuple,
} from "./store-schema.js";

/** What a damaged file cost, by kind of record. Counts only: never an id or a value (logs must hold no personal data). */
export type LostKind = "users" | "reminders" | "logEntries" | "follows" | "profiles" | "unreadableLines" | "journalLines" | "wholeFiles";
export interface Damage {
  /** Up to {@link MAX_PROBLEMS} descriptions by position and field name (`user 3: reminders.0.zone: …`). */
  readonly problems: string[];
  readonly lost: Partial<Record<LostKind, number>>;
}

export interface CollectedUsers {
  readonly users: Map<string, UserRecord>;
  /** Each user's line as read, when every user kept its line unchanged: snapshots reuse them. */
  readonly lines: Map<string, string> | null;
  /** Null when everything read was valid. */
  readonly damage: Damage | null;
}

const MAX_PROBLEMS = 20;

/**
 * Gathers users read from a store file one at a time and salvages what it can: a user whose line
 * fails validation keeps every valid reminder, log entry and profile; only the invalid parts are
 * dropped and counted. Duplicate users and reminder ids keep their first occurrence.
 */
export function createUserCollector() {
  const users = new Map<string, UserRecord>();
  const lines = new Map<string, string>();
  const reminderIds = new Set<string>();
  const problems: string[] = [];
  const lost: Partial<Record<LostKind, number>> = {};
  const intern = createInterner();
  let linesComplete = true;
  let position = 0;

  const problem = (text: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(text);
  };
  const lose = (kind: LostKind, count = 1) => {
    if (count > 0) lost[kind] = (lost[kind] ?? 0) + count;
  };
  const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  /** Keeps the items `schema` accepts (up to `max`), counting the others as lost. */
  const keepValid = <T>(items: unknown, schema: z.ZodType<T>, max: number, kind: LostKind, where: string): T[] => {
    if (!Array.isArray(items)) return [];
    const kept: T[] = [];
    items.forEach((item, i) => {
      const parsed = schema.safeParse(item);
      if (parsed.success && kept.length < max) kept.push(item as T);
      else {
        lose(kind);
        if (!parsed.success) problem(`${where}.${i}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      }
    });
    return kept;
  };

  const keep = (userId: string, record: UserRecord, line: string | undefined) => {
    const here = `user ${position}`;
    if (users.has(userId)) {
      problem(`${here}: duplicate user`);
      lose("users");
      lose("reminders", record.reminders.length);
      lose("logEntries", record.log.length);
      return;
    }
    const unique = record.reminders.filter((r) => !reminderIds.has(r.id));
    if (unique.length < record.reminders.length) {
      problem(`${here}: duplicate reminder id`);
      lose("reminders", record.reminders.length - unique.length);
      record = { ...record, reminders: unique };
      line = undefined;
    }
    for (const r of unique) reminderIds.add(r.id);
    if (isEmptyRecord(record)) return;
    users.set(userId, record);
    if (line !== undefined) lines.set(userId, line);
    else linesComplete = false;
  };

  return {
    /** One v3 user tuple (`line`: its text, when it is a line of the snapshot layout). */
    addTuple(raw: unknown, line: string | undefined) {
      position += 1;
      if (line !== undefined && canonicalLine.safeParse(line).success)
        return keep((raw as UserTuple)[0], decodeUser(raw as UserTuple, intern), line);
      const parsed = userTuple.safeParse(raw);
      // zod's output is a copy; decoding the validated input instead lets the copy go at once.
      if (parsed.success) return keep((raw as UserTuple)[0], decodeUser(raw as UserTuple, intern), line);
      for (const issue of parsed.error.issues.slice(0, 3)) problem(`user ${position}: ${describeTuplePath(issue.path)}: ${issue.message}`);
      const tuple = Array.isArray(raw) ? raw : [];
      if (!userIdField.safeParse(tuple[0]).success) {
        lose("users");
        lose("reminders", lengthOf(tuple[2]));
        lose("logEntries", lengthOf(tuple[3]));
        return;
      }
      const profile = profileTuple.safeParse(tuple[1]);
      if (!profile.success) lose("profiles");
      const salvaged: UserTuple = [
        tuple[0] as string,
        profile.success ? (tuple[1] as UserTuple[1]) : [null, null, 0],
        keepValid(tuple[2], reminderTuple, MAX_REMINDERS_ON_DISK, "reminders", `user ${position}: reminders`),
        keepValid(tuple[3], logTuple, MAX_LOG_ON_DISK, "logEntries", `user ${position}: log`),
      ];
      const follows = keepValid(tuple[4], followTuple, MAX_FOLLOWS_ON_DISK, "follows", `user ${position}: follows`);
      if (follows.length > 0) salvaged.push(follows);
      keep(salvaged[0], decodeUser(salvaged, intern), undefined);
    },

    /** One v2 user object (`{profile, reminders, log}`) stored under `userId`. */
    addObject(userId: string, value: unknown) {
      position += 1;
      const parsed = userSchema.safeParse(value);
      const owned = (r: Reminder) => r.userId === userId;
      if (parsed.success && parsed.data.reminders.every(owned)) return keep(userId, parsed.data as UserRecord, undefined);
      if (!parsed.success)
        for (const issue of parsed.error.issues.slice(0, 3)) problem(`user ${position}: ${issue.path.join(".")}: ${issue.message}`);
      const object = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
      if (!userIdField.safeParse(userId).success || typeof value !== "object" || value === null) {
        lose("users");
        lose("reminders", lengthOf(object.reminders));
        lose("logEntries", lengthOf(object.log));
        return;
      }
      const profile = profileSchema.safeParse(object.profile ?? {});
      if (!profile.success) lose("profiles");
      const reminders = keepValid(object.reminders, reminderSchema, MAX_REMINDERS_ON_DISK, "reminders", `user ${position}: reminders`);
      const mine = reminders.filter(owned);
      if (mine.length < reminders.length) {
        problem(`user ${position}: reminder stored under another user`);
        lose("reminders", reminders.length - mine.length);
      }
      const log = keepValid(object.log, logEntrySchema, MAX_LOG_ON_DISK, "logEntries", `user ${position}: log`);
      const follows = keepValid(object.follows, followSchema, MAX_FOLLOWS_ON_DISK, "follows", `user ${position}: follows`);
      const record = { profile: profile.success ? profile.data : {}, reminders: mine, log, ...(follows.length > 0 ? { follows } : {}) };
      keep(userId, record as UserRecord, undefined);
    },

    /** A piece of the file that is not a user at all (torn or overwritten text). */
    addUnreadable(description: string) {
      problem(description);
      lose("unreadableLines");
    },

    /** A damage that loses no record (a missing end of file, a damaged header). */
    note(description: string) {
      problem(description);
    },

    result(): CollectedUsers {
      const damaged = problems.length > 0 || Object.keys(lost).length > 0;
      return {
        users,
        lines: linesComplete && lines.size === users.size ? lines : null,
        damage: damaged ? { problems, lost } : null,
      };
    },
  };
}

export type UserCollector = ReturnType<typeof createUserCollector>;
