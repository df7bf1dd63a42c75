import type { CoreDeps } from "../bot-core.js";
import type { Translate } from "../i18n/translator.js";
import type { Locale } from "../i18n/locales.js";
import type { Understanding } from "../nlu/understanding.js";
import type { BotReply } from "../reply.js";
import type { BotRequest } from "../request.js";

export type ReminderIntent = "reminder-set" | "reminder-list" | "reminder-cancel" | "log" | "history" | "reminder-action";

export interface ReminderContext {
  readonly intent: ReminderIntent;
  readonly request: BotRequest;
  readonly lang: Locale;
  readonly t: Translate;
  /** Free text of the message or command arguments (already sanitized). */
  readonly text: string;
  /** Typed options (Discord) or button fields (`op`, `reminderId`). */
  readonly options: Readonly<Record<string, string>>;
  readonly understanding: Understanding | null;
  readonly deps: CoreDeps;
}

/** Reminders, the personal status log and their buttons (issue "Reminders, personal status log and privacy controls"). */
export async function handleReminderIntent(ctx: ReminderContext): Promise<BotReply> {
  const intent = ctx.intent === "log" || ctx.intent === "history" || ctx.intent === "reminder-action" ? "reminder-list" : ctx.intent;
  return {
    lang: ctx.lang,
    text: ctx.t(`common:chatOnly.${intent}`),
    choices: [],
    links: [],
    personal: true,
    answer: { intent, application: null, role: null, status: null, systems: [], access: null, needs: [], sources: [] },
  };
}
