import { encodeAction, type ScheduleAction } from "../actions.js";
import type { Locale } from "../i18n/locales.js";
import { describeSchedule, formatInstant, weekdayName } from "../reminders/describe.js";
import { applicationName } from "../reminders/reminder-message.js";
import { firstOccurrence, isValidZone, makeSchedule, validateSchedule } from "../reminders/schedule.js";
import type { BotReply, Choice } from "../reply.js";
import { type Reminder, StoreLimitError } from "../store/user-store.js";
import {
  button,
  newReminderId,
  pickApplication,
  type ReminderContext,
  reminderReply as reply,
  withConsoleNote,
  ZONE_EXAMPLE,
} from "./reminder-context.js";
import type { Draft } from "./pending-schedules.js";

export type { Draft, PendingSchedules } from "./pending-schedules.js";

/**
 * A reminder schedule put together over several messages or buttons: what is known so far, the
 * question for the first missing part (day, time, zone) with its buttons, and the save once complete.
 */

/** Offered when the time was not understood (the user can also write any other). */
const TIME_CHOICES = ["08:00", "09:00", "12:00", "18:00", "20:00"] as const;
/** Offered when the zone was not understood and the user has none stored (data/time-zones.json can override). */
const ZONE_CHOICES = [
  "America/Vancouver",
  "America/Edmonton",
  "America/Winnipeg",
  "America/Toronto",
  "America/Halifax",
  "America/St_Johns",
];

export const scheduleButton = async (ctx: ReminderContext, action: ScheduleAction): Promise<BotReply> => {
  let zone = action.zone;
  if (zone === "profile") zone = (await ctx.deps.store.getProfile(ctx.request.userId))?.timezone ?? null;
  else if (zone !== null) {
    if (!isValidZone(zone)) return reply(ctx, ctx.t("errors:badButton"), "reminder-set");
    await ctx.deps.store.setTimezone(ctx.request.userId, zone);
  }
  if (action.target && "reminderId" in action.target) {
    const current = await ctx.deps.store.getReminder(ctx.request.userId, action.target.reminderId);
    if (!current) return reply(ctx, ctx.t("reminders:errors.notFound"), "reminder-list");
  }
  return continueDraft(ctx, { ...action, zone });
};

/** Buttons that fill in one part of the draft; everything else it already has rides along. */
function draftButton(_ctx: ReminderContext, draft: Draft, label: string, change: Partial<Draft>): Choice {
  const next = { ...draft, ...change };
  const action: ScheduleAction = {
    type: "schedule",
    unit: next.unit,
    every: next.every,
    weekday: next.unit === "week" ? next.weekday : null,
    time: next.time,
    zone: next.zone,
    target: next.target,
  };
  try {
    return { label, data: encodeAction(action) };
  } catch {
    // Over 64 bytes with a long zone name: the zone is the stored one (requestedZone and "Change" store it).
    return { label, data: encodeAction({ ...action, zone: "profile" }) };
  }
}

export const weekdayButtons = (ctx: ReminderContext, draft: Draft): Choice[] => [
  ...[1, 2, 3, 4, 5, 6, 7].map((d) =>
    draftButton(ctx, draft, weekdayName(d, ctx.lang), { unit: "week", weekday: d, every: draft.unit === "week" ? draft.every : 1 }),
  ),
  draftButton(ctx, draft, ctx.t("reminders:buttons.daily"), { unit: "day", weekday: null, every: 1 }),
];

export const timeButtons = (ctx: ReminderContext, draft: Draft): Choice[] =>
  TIME_CHOICES.map((time) => draftButton(ctx, draft, time, { time }));

/** "Pacific Time (Vancouver)" in the user's language, from ICU's zone names. */
function zoneLabel(zone: string, lang: Locale): string {
  const city = zone.split("/").at(-1)?.replace(/_/g, " ") ?? zone;
  try {
    const name = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: "longGeneric" })
      .formatToParts(0)
      .find((p) => p.type === "timeZoneName")?.value;
    return name ? `${name} (${city})` : city;
  } catch {
    return city;
  }
}

/** The question, after what was already understood ("Understood so far: Wednesday, 18:30."), so a misreading shows at once. */
function withSoFar(ctx: ReminderContext, draft: Draft, question: string): string {
  const parts = [
    draft.unit === "day" ? ctx.t("reminders:buttons.daily") : draft.weekday !== null ? weekdayName(draft.weekday, ctx.lang) : null,
    draft.time,
    draft.zone,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? `${ctx.t("reminders:ask.sofar", { parts: parts.join(", ") })}\n${question}` : question;
}

/** Asks for the first missing part, or saves the reminder when nothing is missing. */
export async function continueDraft(ctx: ReminderContext, draft: Draft): Promise<BotReply> {
  const missing = (draft.unit === "week" && draft.weekday === null) || draft.time === null || draft.zone === null;
  if (missing) ctx.pending?.set(ctx.request.userId, draft, ctx.deps.clock.now().getTime());
  else ctx.pending?.delete(ctx.request.userId);
  if (draft.unit === "week" && draft.weekday === null)
    return reply(ctx, withSoFar(ctx, draft, ctx.t("reminders:ask.weekday")), "reminder-set", {
      needs: ["time"],
      choices: weekdayButtons(ctx, draft),
    });
  if (draft.time === null)
    return reply(ctx, withSoFar(ctx, draft, ctx.t("reminders:ask.time")), "reminder-set", {
      needs: ["time"],
      choices: timeButtons(ctx, draft),
    });
  if (draft.zone === null) {
    const zones = ctx.deps.scheduleWords?.zoneChoices ?? ZONE_CHOICES;
    return reply(ctx, withSoFar(ctx, draft, ctx.t("reminders:ask.zone")), "reminder-set", {
      needs: ["timezone"],
      choices: zones.map((zone) => draftButton(ctx, draft, zoneLabel(zone, ctx.lang), { zone })),
    });
  }
  const choice = { unit: draft.unit, every: draft.every, time: draft.time, zone: draft.zone, weekday: draft.weekday ?? undefined };
  const problem = validateSchedule(choice);
  if (problem === "badInterval") return reply(ctx, ctx.t("reminders:errors.badInterval"), "reminder-set", { needs: ["time"] });
  if (problem)
    return reply(
      ctx,
      ctx.t(`reminders:errors.${problem}`, { zone: choice.zone, example: problem === "badZone" ? ZONE_EXAMPLE : "9:00" }),
      "reminder-set",
    );
  const now = ctx.deps.clock.now().getTime();
  const schedule = makeSchedule(choice, new Date(now));
  if (draft.target && "reminderId" in draft.target) {
    const current = await ctx.deps.store.getReminder(ctx.request.userId, draft.target.reminderId);
    if (!current) return reply(ctx, ctx.t("reminders:errors.notFound"), "reminder-set");
    const updated: Reminder = {
      ...current,
      schedule,
      nextDueAt: firstOccurrence(schedule),
      snoozedUntil: null,
      paused: null,
      application: pickApplication(ctx) ?? current.application,
    };
    if (!(await ctx.deps.store.updateReminder(updated))) return reply(ctx, ctx.t("reminders:errors.notFound"), "reminder-set");
    await ctx.deps.store.flush();
    const text = ctx.t("reminders:change.done", {
      schedule: describeSchedule(schedule, ctx.t, ctx.lang),
      next: formatInstant(updated.nextDueAt, schedule.zone, ctx.lang),
    });
    return reply(ctx, withConsoleNote(ctx, text), "reminder-set", {
      choices: [button(ctx.t, "change", updated.id), button(ctx.t, "pause", updated.id), button(ctx.t, "delete", updated.id)],
    });
  }
  const reminder: Reminder = {
    id: newReminderId(),
    userId: ctx.request.userId,
    schedule,
    application: draft.target && "application" in draft.target ? draft.target.application : pickApplication(ctx),
    paused: null,
    nextDueAt: firstOccurrence(schedule),
    snoozedUntil: null,
    lastDeliveredKey: null,
    createdAt: now,
  };
  try {
    await ctx.deps.store.addReminder(reminder);
  } catch (error) {
    if (error instanceof StoreLimitError) return reply(ctx, ctx.t(error.key), "reminder-set");
    throw error;
  }
  await ctx.deps.store.flush();
  const lines = [
    ctx.t("reminders:created.text", {
      schedule: describeSchedule(schedule, ctx.t, ctx.lang),
      next: formatInstant(reminder.nextDueAt, schedule.zone, ctx.lang),
    }),
  ];
  if (reminder.application)
    lines.push(ctx.t("reminders:created.application", { application: applicationName(ctx.t, reminder.application) }));
  lines.push("", ctx.t("reminders:created.zoneHint", { zone: schedule.zone, example: ZONE_EXAMPLE }));
  return reply(ctx, withConsoleNote(ctx, lines.join("\n")), "reminder-set", {
    application: reminder.application,
    choices: [button(ctx.t, "change", reminder.id), button(ctx.t, "pause", reminder.id), button(ctx.t, "delete", reminder.id)],
  });
}
