import { REMINDER_OPS, type ReminderOp } from "../actions.js";
import { describeReminder, describeSchedule, formatInstant } from "../reminders/describe.js";
import { findZone, type ParsedWhen, parseWhen } from "../reminders/parse-when.js";
import { DEFAULT_ZONE, isValidZone, nextOccurrence, scheduleWeekday } from "../reminders/schedule.js";
import type { BotReply, Choice } from "../reply.js";
import type { Reminder } from "../store/user-store.js";
import type { IntentId } from "../taxonomy.js";
import { button, pickApplication, type ReminderContext, reminderReply as reply, ZONE_EXAMPLE } from "./reminder-context.js";
import { continueDraft, type Draft, scheduleButton, timeButtons, weekdayButtons } from "./reminder-drafts.js";
import { logStatus, showHistory } from "./status-log.js";

export type { ReminderContext, ReminderIntent } from "./reminder-context.js";

const SNOOZE_MS = 24 * 60 * 60 * 1000;

/**
 * Reminders, the personal status log and their buttons. Free text and command arguments go through
 * the schedule parser (parse-when.ts, word tables in data/schedule-words) in the user's language.
 * Nothing is defaulted silently: a missing day, time or zone is asked for with buttons, and the
 * confirmation restates the schedule with its next date and a Change button.
 */
export async function handleReminderIntent(ctx: ReminderContext): Promise<BotReply> {
  return dispatch(ctx);
}

async function dispatch(ctx: ReminderContext): Promise<BotReply> {
  switch (ctx.intent) {
    case "log":
      return logStatus(ctx);
    case "history":
      return showHistory(ctx);
    case "reminder-action":
      return ctx.scheduleAction ? scheduleButton(ctx, ctx.scheduleAction) : buttonAction(ctx);
    default:
      return reminderRequest(ctx);
  }
}

async function reminderRequest(ctx: ReminderContext): Promise<BotReply> {
  const store = ctx.deps.store;
  const userId = ctx.request.userId;
  const words = [ctx.text, ctx.options.when ?? ""].join(" ").trim();
  const parsed = parseWhen(words, { words: ctx.deps.scheduleWords, langs: [ctx.lang, ctx.understanding?.lang] });
  const existing = await store.listReminders(userId);
  // The understander reads pause/resume/snooze in every language; parseWhen only knows English and French words.
  const hasSchedule = parsed.weekday !== undefined || parsed.time !== undefined || parsed.unit !== undefined || parsed.zone !== undefined;
  // A message that gives a schedule is not a request to list reminders, whatever word made it look like one.
  const op =
    ctx.understanding?.reminderOp ??
    parsed.op ??
    (ctx.intent === "reminder-cancel" ? "stop" : ctx.intent === "reminder-list" && !hasSchedule ? "list" : undefined);

  switch (op) {
    case "list":
      return listReminders(ctx, existing);
    case "pause":
    case "resume":
    case "stop":
    case "snooze":
      if (existing.length === 0) return reply(ctx, ctx.t("reminders:list.empty"), "reminder-list");
      return applyToAll(ctx, existing, op);
    case "change":
      if (existing.length > 0 && (hasSchedule || ctx.options.timezone)) return changeReminder(ctx, existing.at(-1) as Reminder, parsed);
      if (existing.length > 0)
        return reply(ctx, `${ctx.t("reminders:change.how")}\n\n${ctx.t("reminders:examples")}`, "reminder-set", { needs: ["time"] });
      break;
    default:
      break;
  }
  // A bare "/remind" from someone who already has reminders shows them instead of adding a duplicate.
  if (!hasSchedule && existing.length > 0 && !pickApplication(ctx)) return listReminders(ctx, existing);
  return createReminder(ctx, parsed);
}

/**
 * The zone the request names: Discord's typed option or a name in the text ("Pacific time",
 * "Vancouver", "Asia/Manila"). A named zone is stored as the user's zone (it is what they use).
 * Returns a reply when the typed zone is unknown.
 */
async function requestedZone(ctx: ReminderContext, parsed: ParsedWhen): Promise<string | undefined | BotReply> {
  const typed = ctx.options.timezone?.trim();
  let zone = parsed.zone;
  if (typed) zone = isValidZone(typed) ? typed : findZone(typed, ctx.deps.scheduleWords)?.zone;
  if ((typed && !zone) || (zone && !isValidZone(zone))) {
    return reply(
      ctx,
      ctx.t("reminders:errors.badZone", { zone: (typed || zone || "").slice(0, 40), example: ZONE_EXAMPLE }),
      "reminder-set",
      {
        needs: ["timezone"],
      },
    );
  }
  if (zone) await ctx.deps.store.setTimezone(ctx.request.userId, zone);
  return zone;
}

async function createReminder(ctx: ReminderContext, parsed: ParsedWhen): Promise<BotReply> {
  const zone = await requestedZone(ctx, parsed);
  if (typeof zone === "object") return zone;
  if (parsed.badTime)
    return reply(ctx, ctx.t("reminders:errors.badTime", { example: "9:00, 18:30, 9am" }), "reminder-set", { needs: ["time"] });
  const profile = await ctx.deps.store.getProfile(ctx.request.userId);
  const pending = ctx.pending?.get(ctx.request.userId, ctx.deps.clock.now().getTime());
  if (pending) {
    // The answer to "which day / what time / which zone?": what it says wins over what was kept.
    const unit = parsed.unit ?? (parsed.weekday !== undefined ? "week" : pending.unit);
    return continueDraft(ctx, {
      unit,
      every: parsed.every ?? (unit === pending.unit ? pending.every : 1),
      weekday: unit === "week" ? (parsed.weekday ?? pending.weekday) : null,
      time: parsed.time ?? pending.time,
      zone: zone ?? pending.zone ?? profile?.timezone ?? null,
      target: pending.target,
    });
  }
  const unit = parsed.unit ?? "week";
  const application = pickApplication(ctx);
  return continueDraft(ctx, {
    unit,
    every: parsed.every ?? 1,
    weekday: unit === "week" ? (parsed.weekday ?? null) : null,
    time: parsed.time ?? null,
    zone: zone ?? profile?.timezone ?? null,
    target: application ? { application } : null,
  });
}

async function changeReminder(ctx: ReminderContext, current: Reminder, parsed: ParsedWhen): Promise<BotReply> {
  const zone = await requestedZone(ctx, parsed);
  if (typeof zone === "object") return zone;
  if (parsed.badTime)
    return reply(ctx, ctx.t("reminders:errors.badTime", { example: "9:00, 18:30, 9am" }), "reminder-set", { needs: ["time"] });
  const unit = parsed.unit ?? (parsed.weekday !== undefined ? "week" : current.schedule.unit);
  const currentWeekday = current.schedule.unit === "week" ? scheduleWeekday(current.schedule) : null;
  return continueDraft(ctx, {
    unit,
    every: parsed.every ?? (parsed.unit || unit !== current.schedule.unit ? 1 : current.schedule.every),
    weekday: unit === "week" ? (parsed.weekday ?? currentWeekday) : null,
    time: parsed.time ?? current.schedule.time,
    zone: zone ?? current.schedule.zone,
    target: { reminderId: current.id },
  });
}

function listReminders(ctx: ReminderContext, reminders: readonly Reminder[]): BotReply {
  if (reminders.length === 0) return reply(ctx, `${ctx.t("reminders:list.empty")}\n\n${ctx.t("reminders:examples")}`, "reminder-list");
  const lines = [ctx.t("reminders:list.title", { count: reminders.length })];
  const choices: Choice[] = [];
  reminders.forEach((r, i) => {
    lines.push(`${i + 1}. ${describeReminder(r, ctx.t, ctx.lang)}`);
    choices.push(button(ctx.t, r.paused ? "resume" : "pause", r.id, i + 1), button(ctx.t, "delete", r.id, i + 1));
  });
  return reply(ctx, lines.join("\n"), "reminder-list", { choices });
}

/** Applies one operation to a reminder; returns false when it no longer exists. */
async function applyOp(ctx: ReminderContext, r: Reminder, op: "pause" | "resume" | "stop" | "delete" | "snooze"): Promise<boolean> {
  const store = ctx.deps.store;
  const now = ctx.deps.clock.now().getTime();
  switch (op) {
    case "stop":
    case "delete":
      return store.deleteReminder(r.userId, r.id);
    case "pause":
      return store.updateReminder({ ...r, paused: "user" });
    case "resume":
      // No catch-up for a resumed reminder: it continues with the next future occurrence.
      return store.updateReminder({
        ...r,
        paused: null,
        snoozedUntil: null,
        nextDueAt: r.paused ? nextOccurrence(r.schedule, now) : r.nextDueAt,
      });
    case "snooze":
      return store.updateReminder({
        ...r,
        paused: null,
        snoozedUntil: now + SNOOZE_MS,
        nextDueAt: r.nextDueAt <= now ? nextOccurrence(r.schedule, now) : r.nextDueAt,
      });
  }
}

async function applyToAll(
  ctx: ReminderContext,
  reminders: readonly Reminder[],
  op: "pause" | "resume" | "stop" | "snooze",
): Promise<BotReply> {
  for (const r of reminders) await applyOp(ctx, r, op);
  await ctx.deps.store.flush();
  const intent: IntentId = op === "stop" ? "reminder-cancel" : "reminder-list";
  const text = ctx.t(`reminders:done.${op}All`, {
    count: reminders.length,
    when: formatInstant(ctx.deps.clock.now().getTime() + SNOOZE_MS, reminders[0]?.schedule.zone ?? DEFAULT_ZONE, ctx.lang),
  });
  return reply(ctx, op === "stop" ? `${text}\n\n${ctx.t("reminders:examples")}` : text, intent);
}

async function buttonAction(ctx: ReminderContext): Promise<BotReply> {
  const op = ctx.options.op as ReminderOp | undefined;
  const reminderId = ctx.options.reminderId ?? "";
  if (!op || !(REMINDER_OPS as readonly string[]).includes(op)) return reply(ctx, ctx.t("errors:badButton"), "reminder-list");
  const r = await ctx.deps.store.getReminder(ctx.request.userId, reminderId);
  // Someone else's or a deleted reminder: the id is looked up under the presser's own user id only.
  if (!r) return reply(ctx, ctx.t("reminders:errors.notFound"), "reminder-list");
  if (op === "change") {
    const draft: Draft = {
      unit: r.schedule.unit,
      every: r.schedule.every,
      weekday: r.schedule.unit === "week" ? scheduleWeekday(r.schedule) : null,
      time: r.schedule.time,
      zone: r.schedule.zone,
      target: { reminderId: r.id },
    };
    // Buttons carry the zone itself unless its name is too long for them; then they say "the stored one".
    if (r.schedule.zone.length > 20) await ctx.deps.store.setTimezone(ctx.request.userId, r.schedule.zone);
    return reply(
      ctx,
      `${ctx.t("reminders:change.current", { schedule: describeSchedule(r.schedule, ctx.t, ctx.lang) })}\n${ctx.t("reminders:change.pick")}`,
      "reminder-set",
      { needs: ["time"], choices: [...weekdayButtons(ctx, draft), ...timeButtons(ctx, draft)] },
    );
  }
  await applyOp(ctx, r, op);
  await ctx.deps.store.flush();
  const updated = await ctx.deps.store.getReminder(ctx.request.userId, reminderId);
  const schedule = describeSchedule(r.schedule, ctx.t, ctx.lang);
  const when = updated ? formatInstant(updated.snoozedUntil ?? updated.nextDueAt, r.schedule.zone, ctx.lang) : "";
  const choices: Choice[] = !updated
    ? []
    : updated.paused
      ? [button(ctx.t, "resume", r.id), button(ctx.t, "delete", r.id)]
      : [button(ctx.t, "pause", r.id), button(ctx.t, "delete", r.id)];
  return reply(
    ctx,
    ctx.t(`reminders:done.${op}`, { schedule, when }),
    op === "stop" || op === "delete" ? "reminder-cancel" : "reminder-list",
    { choices },
  );
}
