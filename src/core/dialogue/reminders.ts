import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import { encodeAction, REMINDER_OPS, type ReminderOp } from "../actions.js";
import type { CoreDeps } from "../bot-core.js";
import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import type { Understanding } from "../nlu/understanding.js";
import { describeReminder, describeSchedule, formatInstant } from "../reminders/describe.js";
import { PARSER_LOCALES, parseWhen } from "../reminders/parse-when.js";
import { applicationName, statusName } from "../reminders/reminder-message.js";
import {
  DEFAULT_TIME,
  DEFAULT_WEEKDAY,
  DEFAULT_ZONE,
  daysSince,
  firstOccurrence,
  isValidZone,
  localDate,
  makeSchedule,
  nextOccurrence,
  validateSchedule,
} from "../reminders/schedule.js";
import type { BotReply, Choice, Slot } from "../reply.js";
import type { BotRequest } from "../request.js";
import { currentKnowledge } from "../knowledge/holder.js";
import { describeWait, waitProgress } from "../ptime/wait-bar.js";
import { type Reminder, type StatusLogEntry, StoreLimitError, type UserStore } from "../store/user-store.js";
import { APPLICATION_IDS, type ApplicationId, type IntentId, STATUS_IDS, type StatusId } from "../taxonomy.js";

/**
 * "Where am I in the wait": the bar for the user's application (the reminder's, else the first one
 * their reminders or follows name) against IRCC's current published time. Undefined when the log
 * has no submission/AOR step, no application is known, or IRCC publishes no figure: never a guess.
 */
export async function waitLine(
  deps: CoreDeps,
  userId: string,
  application: ApplicationId | null,
  log: readonly StatusLogEntry[],
  now: number,
  zone: string,
  t: Translate,
  lang: Locale,
): Promise<string | undefined> {
  const follows = (await deps.follows?.listFollows(userId)) ?? [];
  const chosen =
    application ?? (await deps.store.listReminders(userId)).find((r) => r.application)?.application ?? follows[0]?.application ?? null;
  if (!chosen) return undefined;
  const target = { application: chosen, country: follows.find((f) => f.application === chosen)?.country ?? null };
  const kb = currentKnowledge(deps);
  const progress = waitProgress(kb, target, log, now, zone);
  return progress ? describeWait(progress, kb, target, t, { now: new Date(now), lang }) : undefined;
}

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
}

const SNOOZE_MS = 24 * 60 * 60 * 1000;
const ZONE_EXAMPLE = "America/Vancouver";
const APPLICATIONS: ReadonlySet<string> = new Set(APPLICATION_IDS);
const STATUSES: ReadonlySet<string> = new Set(STATUS_IDS);

/** Short random reminder id; fits button data (`[A-Za-z0-9_-]{1,24}`). */
export const newReminderId = (): string => randomBytes(9).toString("base64url");

/**
 * Returns the one-time "your reminders were paused because I could not reach you" notice and clears
 * it, or undefined. Called before every reminder reply; the core can also call it on any message.
 */
export async function takeBlockedNotice(store: UserStore, userId: string, t: Translate): Promise<string | undefined> {
  const profile = await store.getProfile(userId);
  if (!profile?.blockedNotice) return undefined;
  await store.setBlockedNotice(userId, false);
  return t("reminders:blockedNotice");
}

/**
 * Reminders, the personal status log and their buttons. Free text and command arguments go through
 * the en/fr word parser (parse-when.ts); other languages still get times, digits and zones, and
 * defaults otherwise (weekly, Monday 09:00) with buttons to change course.
 */
export async function handleReminderIntent(ctx: ReminderContext): Promise<BotReply> {
  const notice = await takeBlockedNotice(ctx.deps.store, ctx.request.userId, ctx.t);
  const r = await dispatch(ctx);
  return notice ? { ...r, text: `${notice}\n\n${r.text}` } : r;
}

async function dispatch(ctx: ReminderContext): Promise<BotReply> {
  switch (ctx.intent) {
    case "log":
      return logStatus(ctx);
    case "history":
      return showHistory(ctx);
    case "reminder-action":
      return buttonAction(ctx);
    default:
      return reminderRequest(ctx);
  }
}

function reply(
  ctx: ReminderContext,
  text: string,
  intent: IntentId,
  extra: { choices?: readonly Choice[]; needs?: readonly Slot[]; application?: ApplicationId | null; status?: StatusId | null } = {},
): BotReply {
  return {
    lang: ctx.lang,
    text,
    choices: extra.choices ?? [],
    links: [],
    personal: true,
    answer: {
      intent,
      application: extra.application ?? null,
      role: null,
      status: extra.status ?? null,
      systems: [],
      access: null,
      needs: extra.needs ?? [],
      sources: [],
    },
  };
}

const button = (t: Translate, op: ReminderOp, reminderId: string, index?: number): Choice => ({
  label: index === undefined ? t(`reminders:buttons.${op}`) : t(`reminders:buttons.${op}Numbered`, { n: index }),
  data: encodeAction({ type: "reminder", op, reminderId }),
});

async function reminderRequest(ctx: ReminderContext): Promise<BotReply> {
  const store = ctx.deps.store;
  const userId = ctx.request.userId;
  const words = [ctx.text, ctx.options.when ?? ""].join(" ").trim();
  const parsed = parseWhen(words);
  const existing = await store.listReminders(userId);
  // The understander reads pause/resume/snooze in every language; parseWhen only knows English and French words.
  const op =
    ctx.understanding?.reminderOp ??
    parsed.op ??
    (ctx.intent === "reminder-cancel" ? "stop" : ctx.intent === "reminder-list" ? "list" : undefined);
  const hasSchedule = parsed.weekday !== undefined || parsed.time !== undefined || parsed.unit !== undefined || parsed.zone !== undefined;

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
  return createReminder(ctx, parsed, hasSchedule);
}

interface ScheduleChoice {
  unit: "day" | "week";
  every: number;
  time: string;
  zone: string;
  weekday: number | undefined;
}

/** Validates the zone/time parts; returns the problem as a reply. */
async function resolveSchedule(
  ctx: ReminderContext,
  parsed: ReturnType<typeof parseWhen>,
  base: ScheduleChoice,
): Promise<ScheduleChoice | BotReply> {
  const typedZone = ctx.options.timezone?.trim() || parsed.zone;
  if (typedZone && !isValidZone(typedZone)) {
    return reply(ctx, ctx.t("reminders:errors.badZone", { zone: typedZone.slice(0, 40), example: ZONE_EXAMPLE }), "reminder-set", {
      needs: ["timezone"],
    });
  }
  if (parsed.badTime)
    return reply(ctx, ctx.t("reminders:errors.badTime", { example: "9:00, 18:30, 9am" }), "reminder-set", { needs: ["time"] });
  const unit = parsed.unit ?? (parsed.weekday !== undefined ? "week" : base.unit);
  const choice: ScheduleChoice = {
    unit,
    every: parsed.every ?? (parsed.unit || unit !== base.unit ? 1 : base.every),
    time: parsed.time ?? base.time,
    zone: typedZone ?? base.zone,
    weekday: unit === "week" ? (parsed.weekday ?? base.weekday ?? DEFAULT_WEEKDAY) : undefined,
  };
  const problem = validateSchedule(choice);
  if (problem === "badInterval") return reply(ctx, ctx.t("reminders:errors.badInterval"), "reminder-set", { needs: ["time"] });
  if (problem)
    return reply(
      ctx,
      ctx.t(`reminders:errors.${problem}`, { zone: choice.zone, example: problem === "badZone" ? ZONE_EXAMPLE : "9:00" }),
      "reminder-set",
    );
  if (typedZone) await ctx.deps.store.setTimezone(ctx.request.userId, typedZone);
  return choice;
}

function pickApplication(ctx: ReminderContext): ApplicationId | null {
  const typed = ctx.options.application;
  if (typed && APPLICATIONS.has(typed)) return typed as ApplicationId;
  return ctx.understanding?.application ?? null;
}

async function createReminder(ctx: ReminderContext, parsed: ReturnType<typeof parseWhen>, hasSchedule: boolean): Promise<BotReply> {
  const profile = await ctx.deps.store.getProfile(ctx.request.userId);
  const resolved = await resolveSchedule(ctx, parsed, {
    unit: "week",
    every: 1,
    time: DEFAULT_TIME,
    zone: profile?.timezone ?? DEFAULT_ZONE,
    weekday: DEFAULT_WEEKDAY,
  });
  if ("answer" in resolved) return resolved;
  const now = ctx.deps.clock.now().getTime();
  const schedule = makeSchedule(resolved, new Date(now));
  const reminder: Reminder = {
    id: newReminderId(),
    userId: ctx.request.userId,
    schedule,
    application: pickApplication(ctx),
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
  const lines = [
    ctx.t("reminders:created.text", {
      schedule: describeSchedule(schedule, ctx.t, ctx.lang),
      next: formatInstant(reminder.nextDueAt, schedule.zone, ctx.lang),
    }),
  ];
  if (reminder.application)
    lines.push(ctx.t("reminders:created.application", { application: applicationName(ctx.t, reminder.application) }));
  if (!hasSchedule)
    lines.push("", ctx.t(PARSER_LOCALES.has(ctx.lang) ? "reminders:created.defaults" : "reminders:created.defaultsOtherLanguage"));
  lines.push("", ctx.t("reminders:created.zoneHint", { zone: schedule.zone, example: ZONE_EXAMPLE }));
  return reply(ctx, lines.join("\n"), "reminder-set", {
    application: reminder.application,
    choices: [button(ctx.t, "pause", reminder.id), button(ctx.t, "delete", reminder.id)],
  });
}

async function changeReminder(ctx: ReminderContext, current: Reminder, parsed: ReturnType<typeof parseWhen>): Promise<BotReply> {
  const weekday =
    current.schedule.unit === "week" ? DateTime.fromISO(current.schedule.anchor, { zone: current.schedule.zone }).weekday : undefined;
  const resolved = await resolveSchedule(ctx, parsed, { ...current.schedule, weekday });
  if ("answer" in resolved) return resolved;
  const now = ctx.deps.clock.now().getTime();
  const schedule = makeSchedule(resolved, new Date(now));
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
  return reply(
    ctx,
    ctx.t("reminders:change.done", {
      schedule: describeSchedule(schedule, ctx.t, ctx.lang),
      next: formatInstant(updated.nextDueAt, schedule.zone, ctx.lang),
    }),
    "reminder-set",
    { choices: [button(ctx.t, "pause", updated.id), button(ctx.t, "delete", updated.id)] },
  );
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

// ---- personal status log ----

const DATE_WORDS: readonly [RegExp, number][] = [
  [/\b(today|aujourd'hui|aujourd’hui)\b/i, 0],
  [/\b(yesterday|hier)\b/i, -1],
];

function findStatus(ctx: ReminderContext, text: string): StatusId | null {
  const typed = ctx.options.status?.trim();
  if (typed && STATUSES.has(typed)) return typed as StatusId;
  for (const token of text.toLowerCase().split(/[\s,;]+/)) if (STATUSES.has(token)) return token as StatusId;
  if (!text.trim()) return null;
  return ctx.deps.understander.understand(text, ctx.lang).status;
}

async function logStatus(ctx: ReminderContext): Promise<BotReply> {
  const store = ctx.deps.store;
  const userId = ctx.request.userId;
  const zone = (await store.getProfile(userId))?.timezone ?? DEFAULT_ZONE;
  const now = ctx.deps.clock.now().getTime();
  const today = localDate(now, zone);
  const text = [ctx.text, ctx.options.status ?? ""].join(" ");

  const typedDate = ctx.options.date?.trim() || /\b(\d{4}-\d{2}-\d{2})\b/.exec(ctx.text)?.[1];
  let date = today;
  if (typedDate) {
    const parsedDate = DateTime.fromISO(typedDate, { zone });
    if (!parsedDate.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(typedDate)) {
      return reply(ctx, ctx.t("reminders:errors.badDate", { example: today }), "reminder-set", { needs: ["time"] });
    }
    date = typedDate;
  } else {
    for (const [re, offset] of DATE_WORDS)
      if (re.test(ctx.text)) date = DateTime.fromISO(today, { zone }).plus({ days: offset }).toISODate() ?? today;
  }
  if (date > today) return reply(ctx, ctx.t("reminders:errors.futureDate", { example: today }), "reminder-set");

  const textWithoutDate = typedDate ? text.replace(typedDate, " ") : text;
  const status = findStatus(ctx, textWithoutDate);
  if (!status) return reply(ctx, ctx.t("reminders:log.ask", { example: today }), "reminder-set", { needs: ["status"] });

  const before = await store.listLog(userId);
  await store.addLogEntry(userId, { status, date, recordedAt: now });
  await store.flush();
  const previous = [...before].filter((e) => e.date <= date).at(-1);
  const lines = [ctx.t("reminders:log.done", { status: statusName(ctx.t, status), date })];
  if (previous)
    lines.push(
      ctx.t("reminders:log.sincePrevious", {
        count: daysSince(previous.date, DateTime.fromISO(date, { zone }).toMillis(), zone),
        status: statusName(ctx.t, previous.status),
      }),
    );
  lines.push(ctx.t("reminders:log.privacy"));
  return reply(ctx, lines.join("\n"), "reminder-set", { status });
}

async function showHistory(ctx: ReminderContext): Promise<BotReply> {
  const store = ctx.deps.store;
  const userId = ctx.request.userId;
  const log = await store.listLog(userId);
  if (log.length === 0)
    return reply(
      ctx,
      ctx.t("reminders:history.empty", { example: localDate(ctx.deps.clock.now().getTime(), DEFAULT_ZONE) }),
      "reminder-list",
    );
  const zone = (await store.getProfile(userId))?.timezone ?? DEFAULT_ZONE;
  const lines = [ctx.t("reminders:history.title")];
  log.forEach((entry, i) => {
    const previous = log[i - 1];
    const gap = previous
      ? ctx.t("reminders:history.gap", { count: daysSince(previous.date, DateTime.fromISO(entry.date, { zone }).toMillis(), zone) })
      : "";
    lines.push(`${entry.date} — ${statusName(ctx.t, entry.status)}${gap ? ` ${gap}` : ""}`);
  });
  const first = log[0];
  const now = ctx.deps.clock.now().getTime();
  if (first) lines.push("", ctx.t("reminders:history.total", { count: Math.max(0, daysSince(first.date, now, zone)) }));
  const last = log.at(-1);
  if (last) lines.push(ctx.t("reminders:history.lastChange", { count: Math.max(0, daysSince(last.date, now, zone)) }));
  const wait = await waitLine(ctx.deps, userId, null, log, now, zone, ctx.t, ctx.lang);
  if (wait) lines.push("", wait);
  return reply(ctx, lines.join("\n"), "reminder-list");
}
