import { randomBytes } from "node:crypto";
import { DateTime } from "luxon";
import { encodeAction, REMINDER_OPS, type ReminderOp, type ScheduleAction } from "../actions.js";
import type { CoreDeps } from "../bot-core.js";
import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import type { Understanding } from "../nlu/understanding.js";
import { describeReminder, describeSchedule, formatInstant, weekdayName } from "../reminders/describe.js";
import { parseLogDate } from "../reminders/parse-log-date.js";
import { languagesFor, normalizeScheduleText, type ScheduleWords } from "../reminders/schedule-words.js";
import { findZone, type ParsedWhen, parseWhen } from "../reminders/parse-when.js";
import { applicationName, statusName } from "../reminders/reminder-message.js";
import {
  DEFAULT_ZONE,
  daysSince,
  firstOccurrence,
  isValidZone,
  localDate,
  makeSchedule,
  nextOccurrence,
  scheduleWeekday,
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
  /** A schedule button (weekday, time or zone chosen, or a change started). */
  readonly scheduleAction?: ScheduleAction;
  /** Schedules waiting for the answer to a question, so "Wednesday" or "Vancouver" typed back continues them. */
  readonly pending?: PendingSchedules;
}

/** How long a question about a reminder's day, time or zone waits for a typed answer. */
const PENDING_MS = 15 * 60_000;
const MAX_PENDING = 10_000;

/** Per-user schedules in progress (the bot asked for a part); bounded and short-lived, in memory only. */
export interface PendingSchedules {
  get(userId: string, now: number): Draft | undefined;
  set(userId: string, draft: Draft, now: number): void;
  delete(userId: string): void;
}

export function createPendingSchedules(): PendingSchedules {
  const drafts = new Map<string, { draft: Draft; at: number }>();
  return {
    get(userId, now) {
      const entry = drafts.get(userId);
      if (entry && now - entry.at > PENDING_MS) drafts.delete(userId);
      return entry && now - entry.at <= PENDING_MS ? entry.draft : undefined;
    },
    set(userId, draft, now) {
      drafts.delete(userId);
      if (drafts.size >= MAX_PENDING) drafts.delete(drafts.keys().next().value as string);
      drafts.set(userId, { draft, at: now });
    },
    delete(userId) {
      drafts.delete(userId);
    },
  };
}

const SNOOZE_MS = 24 * 60 * 60 * 1000;
const ZONE_EXAMPLE = "America/Vancouver";
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
const APPLICATIONS: ReadonlySet<string> = new Set(APPLICATION_IDS);
const STATUSES: ReadonlySet<string> = new Set(STATUS_IDS);

/** Short random reminder id; fits button data (`[A-Za-z0-9_-]{1,24}`). */
export const newReminderId = (): string => randomBytes(9).toString("base64url");

/** Intents a bare schedule ("chaque samedi matin à 10h") may override: nothing understood, or a question without a subject. */
// Every knowledge intent: a message naming no application or status but a whole schedule is a reminder
// request, whatever the trained model guessed from its words ("un jeudi sur deux à 17h" once read as access).
const OVERRIDABLE: ReadonlySet<IntentId | null> = new Set<IntentId | null>([
  null,
  "out-of-scope",
  "help",
  "timeline",
  "trackable",
  "access",
  "status-meaning",
]);

/**
 * True when a message that the understander did not read as a reminder request is nothing but a
 * schedule: a clock time with a weekday or an interval, and no application or status named. People
 * often type only "every other Thursday at 5 pm Atlantic time".
 */
export function readsAsSchedule(
  u: Understanding,
  text: string,
  words: ScheduleWords | undefined,
  lang: Locale,
  /** The bot just asked for a day, time or zone: any one of them is an answer. */
  answering = false,
): boolean {
  // A named application or status keeps a question a question, unless its intent was only the trained
  // model's guess ("un jeudi sur deux à 17h, heure de l'Atlantique" names Atlantic time, not the programme).
  const lexiconDecided = (u.confidence ?? 1) >= 1;
  // While the bot waits for a day, time or zone, a guessed intent ("a las 6:30 de la tarde" read as
  // "list my reminders") does not outweigh the answer the user is giving.
  const overridable = OVERRIDABLE.has(u.intent) || (answering && !lexiconDecided);
  if (!words || !overridable || ((u.application || u.status) && lexiconDecided)) return false;
  // Most messages are questions: one regular expression per language rules them out before the full parse.
  if (!answering) {
    const normalized = normalizeScheduleText(text);
    if (!languagesFor(words, [lang, u.lang]).some((table) => table.anySchedule.test(normalized))) return false;
  }
  const parsed = parseWhen(text, { words, langs: [lang, u.lang] });
  if (
    answering &&
    !parsed.op &&
    (parsed.weekday !== undefined || parsed.time !== undefined || parsed.zone !== undefined || parsed.unit !== undefined)
  )
    return true;
  return parsed.time !== undefined && (parsed.weekday !== undefined || parsed.unit !== undefined);
}

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
 * the schedule parser (parse-when.ts, word tables in data/schedule-words) in the user's language.
 * Nothing is defaulted silently: a missing day, time or zone is asked for with buttons, and the
 * confirmation restates the schedule with its next date and a Change button.
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
      return ctx.scheduleAction ? scheduleButton(ctx, ctx.scheduleAction) : buttonAction(ctx);
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

/** A schedule being assembled: null = not understood yet, to be asked. */
export interface Draft {
  unit: "day" | "week";
  every: number;
  weekday: number | null;
  time: string | null;
  zone: string | null;
  target: ScheduleAction["target"];
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

function pickApplication(ctx: ReminderContext): ApplicationId | null {
  const typed = ctx.options.application;
  if (typed && APPLICATIONS.has(typed)) return typed as ApplicationId;
  return ctx.understanding?.application ?? null;
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

const scheduleButton = async (ctx: ReminderContext, action: ScheduleAction): Promise<BotReply> => {
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

const weekdayButtons = (ctx: ReminderContext, draft: Draft): Choice[] => [
  ...[1, 2, 3, 4, 5, 6, 7].map((d) =>
    draftButton(ctx, draft, weekdayName(d, ctx.lang), { unit: "week", weekday: d, every: draft.unit === "week" ? draft.every : 1 }),
  ),
  draftButton(ctx, draft, ctx.t("reminders:buttons.daily"), { unit: "day", weekday: null, every: 1 }),
];

const timeButtons = (ctx: ReminderContext, draft: Draft): Choice[] => TIME_CHOICES.map((time) => draftButton(ctx, draft, time, { time }));

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
async function continueDraft(ctx: ReminderContext, draft: Draft): Promise<BotReply> {
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

/** In the console chat, reminders print only while it (or a bot on the same store) runs: say so. */
const withConsoleNote = (ctx: ReminderContext, text: string): string =>
  ctx.request.platform === "console" ? `${text}\n\n${ctx.t("reminders:created.console")}` : text;

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

// ---- personal status log ----

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

  // Discord's `date` option first, then the words of the message ("yesterday", "3 days ago", "on 3 March", "вчора").
  const langs = [ctx.lang, text.trim() ? ctx.deps.understander.understand(text, ctx.lang).lang : null];
  const dateOptions = { words: ctx.deps.scheduleWords, langs, today, zone };
  const typed = ctx.options.date?.trim();
  const found = (typed ? parseLogDate(typed, dateOptions) : undefined) ?? parseLogDate(ctx.text, dateOptions);
  if (typed && !parseLogDate(typed, dateOptions)) {
    return reply(ctx, ctx.t("reminders:errors.badDate", { example: today }), "reminder-set", { needs: ["time"] });
  }
  if (found?.date === "invalid")
    return reply(ctx, ctx.t("reminders:errors.badDate", { example: today }), "reminder-set", { needs: ["time"] });
  const date = found?.date ?? today;
  if (date > today) return reply(ctx, ctx.t("reminders:errors.futureDate", { example: today }), "reminder-set");

  // The date's own words ("3 days ago") must not be read as part of the status.
  const textWithoutDate = found && !typed ? normalizeScheduleText(text).replace(found.matched, " ") : text;
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
