import { randomBytes } from "node:crypto";
import { encodeAction, type ReminderOp, type ScheduleAction } from "../actions.js";
import type { CoreDeps } from "../core-deps.js";
import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import { makeReply } from "../make-reply.js";
import type { Understanding } from "../nlu/understanding.js";
import type { BotReply, Choice, Slot } from "../reply.js";
import type { BotRequest } from "../request.js";
import { APPLICATION_IDS, type ApplicationId, type IntentId, type StatusId } from "../taxonomy.js";
import type { PendingSchedules } from "./pending-schedules.js";

/** What every reminder and status-log reply is built from; shared by reminders.ts, reminder-drafts.ts and status-log.ts. */

export type ReminderIntent = "reminder-set" | "reminder-list" | "reminder-cancel" | "log" | "history" | "reminder-action";

export interface ReminderContext {
  readonly intent: ReminderIntent;
  readonly request: BotRequest;
  readonly lang: Locale;
  readonly t: Translate;
  /** Free text of the message or command arguments (already sanitized). */
  readonly text: string;
  /** Typed options (Discord: `when`, `timezone`, `application`, `status`, `date`) or button fields (`op`, `reminderId`). */
  readonly options: Readonly<Record<string, string>>;
  readonly understanding: Understanding | null;
  readonly deps: CoreDeps;
  /** A schedule button (weekday, time or zone chosen, or a change started). */
  readonly scheduleAction?: ScheduleAction;
  /** Schedules waiting for the answer to a question, so "Wednesday" or "Vancouver" typed back continues them. */
  readonly pending?: PendingSchedules;
}

export const ZONE_EXAMPLE = "America/Vancouver";
const APPLICATIONS: ReadonlySet<string> = new Set(APPLICATION_IDS);

/** Short random reminder id; fits button data (`[A-Za-z0-9_-]{1,24}`). */
export const newReminderId = (): string => randomBytes(9).toString("base64url");

/** Reminder replies are personal (Discord: ephemeral; Telegram: private chats only). */
export function reminderReply(
  ctx: ReminderContext,
  text: string,
  intent: IntentId,
  extra: { choices?: readonly Choice[]; needs?: readonly Slot[]; application?: ApplicationId | null; status?: StatusId | null } = {},
): BotReply {
  return makeReply(
    ctx.lang,
    text,
    { intent, application: extra.application ?? null, status: extra.status ?? null, needs: extra.needs ?? [] },
    { choices: extra.choices ?? [], personal: true },
  );
}

export const button = (t: Translate, op: ReminderOp, reminderId: string, index?: number): Choice => ({
  label: index === undefined ? t(`reminders:buttons.${op}`) : t(`reminders:buttons.${op}Numbered`, { n: index }),
  data: encodeAction({ type: "reminder", op, reminderId }),
});

export function pickApplication(ctx: ReminderContext): ApplicationId | null {
  const typed = ctx.options.application;
  if (typed && APPLICATIONS.has(typed)) return typed as ApplicationId;
  return ctx.understanding?.application ?? null;
}

/** In the console chat, reminders print only while it (or a bot on the same store) runs: say so. */
export const withConsoleNote = (ctx: ReminderContext, text: string): string =>
  ctx.request.platform === "console" ? `${text}\n\n${ctx.t("reminders:created.console")}` : text;
