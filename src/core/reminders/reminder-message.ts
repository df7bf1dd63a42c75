import { DateTime } from "luxon";
import { encodeAction } from "../actions.js";
import type { Translate } from "../i18n/translator.js";
import type { Locale } from "../i18n/locales.js";
import type { BotReply } from "../reply.js";
import type { Reminder, StatusLogEntry } from "../store/user-store.js";
import { daysSince } from "./schedule.js";
import { makeReply } from "../make-reply.js";

/** IRCC's "How to check your application status" wizard: it routes every application type to its tracker [CHK]. */
export const CHECK_STATUS_URL = "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/check-status.html";

export interface ReminderMessageInput {
  readonly reminder: Reminder;
  readonly lang: Locale;
  readonly t: Translate;
  /** The user's status log, oldest first. */
  readonly log: readonly StatusLogEntry[];
  readonly now: number;
  /** Set when the occurrence was missed (bot offline) and is delivered late: its scheduled instant. */
  readonly lateFor?: number | undefined;
  /** "Where am I in the wait" bar and its basis, when the log and IRCC's published time allow one. */
  readonly wait?: string | undefined;
}

/** Localized display name of an application type, falling back to the id while the kb catalogue lacks it. */
export const applicationName = (t: Translate, id: string): string => t(`kb:applications.${id}.name`, { defaultValue: id });
/** Localized display name of a status id, falling back to the id. */
export const statusName = (t: Translate, id: string): string => t(`kb:statuses.${id}.name`, { defaultValue: id });

/**
 * The reminder message itself, in the user's language: what to check (the tracker for their
 * application type when known), the "weekly, not daily" tip, how long since the last logged change,
 * and buttons to snooze for a day or stop.
 */
export function buildReminderMessage(input: ReminderMessageInput): BotReply {
  const { reminder, t } = input;
  const lines = [t("reminders:message.title")];
  if (input.lateFor !== undefined) {
    const when = DateTime.fromMillis(input.lateFor, { zone: reminder.schedule.zone })
      .setLocale(input.lang)
      .toLocaleString(DateTime.DATETIME_MED);
    lines.push(t("reminders:message.late", { when }));
  }
  if (reminder.application) lines.push(t("reminders:message.application", { application: applicationName(t, reminder.application) }));
  const last = input.log.at(-1);
  if (last) {
    const days = Math.max(0, daysSince(last.date, input.now, reminder.schedule.zone));
    lines.push(t("reminders:message.lastChange", { count: days, status: statusName(t, last.status) }));
  }
  if (input.wait) lines.push("", input.wait);
  lines.push("", t("reminders:message.tip"));
  return makeReply(
    input.lang,
    lines.join("\n"),
    { intent: "reminder-set", application: reminder.application, status: last?.status ?? null, sources: [CHECK_STATUS_URL] },
    {
      choices: [
        { label: t("reminders:buttons.snooze"), data: encodeAction({ type: "reminder", op: "snooze", reminderId: reminder.id }) },
        { label: t("reminders:buttons.stop"), data: encodeAction({ type: "reminder", op: "stop", reminderId: reminder.id }) },
      ],
      links: [{ label: t("reminders:message.link"), url: CHECK_STATUS_URL }],
      personal: true,
    },
  );
}
