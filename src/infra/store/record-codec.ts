import type { Locale } from "../../core/i18n/locales.js";
import type { Follow } from "../../core/store/follows.js";
import type { UserRecord } from "../../core/store/user-records.js";
import type { Reminder, StatusLogEntry, UserProfile } from "../../core/store/user-store.js";
import type { ApplicationId, StatusId } from "../../core/taxonomy.js";
import type { ReminderTuple, UserTuple } from "./store-schema.js";

/** One user's line of the v3 snapshot: the tuple described in store-schema.ts, as JSON. */
export function encodeUserLine(userId: string, record: UserRecord): string {
  const { profile } = record;
  const tuple: UserTuple = [
    userId,
    [profile.language ?? null, profile.timezone ?? null, profile.blockedNotice ? 1 : 0],
    record.reminders.map(
      (r): ReminderTuple => [
        r.id,
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
      ],
    ),
    record.log.map((e) => [e.status, e.date, e.recordedAt]),
  ];
  if (record.follows && record.follows.length > 0) tuple.push(record.follows.map((f) => [f.application, f.country, f.figure, f.createdAt]));
  return JSON.stringify(tuple);
}

/**
 * Shares one string per distinct value of fields that repeat across users (zone, time, dates,
 * language): JSON.parse allocates each occurrence separately, 100k copies of "America/Toronto".
 */
export function createInterner(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
  };
}

/** A validated v3 tuple as the in-memory record. */
export function decodeUser(tuple: UserTuple, intern: (value: string) => string): UserRecord {
  const [userId, [language, timezone, blocked], reminders, log, follows] = tuple;
  const profile: { language?: Locale; timezone?: string; blockedNotice?: boolean } = {};
  if (language !== null) profile.language = intern(language) as Locale;
  if (timezone !== null) profile.timezone = intern(timezone);
  if (blocked === 1) profile.blockedNotice = true;
  return {
    profile: profile as UserProfile,
    reminders: reminders.map((r) => decodeReminder(userId, r, intern)),
    log: log.map((e): StatusLogEntry => ({ status: intern(e[0]) as StatusId, date: intern(e[1]), recordedAt: e[2] })),
    ...(follows && follows.length > 0
      ? { follows: follows.map((f): Follow => ({ application: f[0] as ApplicationId, country: f[1], figure: f[2], createdAt: f[3] })) }
      : {}),
  };
}

function decodeReminder(userId: string, r: ReminderTuple, intern: (value: string) => string): Reminder {
  // Property order as everywhere else a Reminder is built, so all share one hidden class.
  return {
    id: r[0],
    userId,
    schedule: { unit: r[1], every: r[2], time: intern(r[3]), zone: intern(r[4]), anchor: intern(r[5]) },
    application: r[6] as ApplicationId | null,
    paused: r[7],
    nextDueAt: r[8],
    snoozedUntil: r[9],
    lastDeliveredKey: r[10],
    createdAt: r[11],
  };
}

export const isEmptyRecord = (r: UserRecord): boolean =>
  r.reminders.length === 0 &&
  r.log.length === 0 &&
  (r.follows?.length ?? 0) === 0 &&
  r.profile.language === undefined &&
  r.profile.timezone === undefined &&
  !r.profile.blockedNotice;
