import type { Reminder } from "../../core/store/user-store.js";
import type { ApplicationId } from "../../core/taxonomy.js";

/** A row of the `reminders` table (001_init.sql), as selected with {@link REMINDER_COLUMNS}. */
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

/** The reminder as query parameters $1…$13, in {@link REMINDER_COLUMNS} order. */
export const reminderValues = (r: Reminder): unknown[] => [
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
