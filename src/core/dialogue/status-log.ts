import { DateTime } from "luxon";
import type { CoreDeps } from "../core-deps.js";
import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import { currentKnowledge } from "../knowledge/holder.js";
import { describeWait, waitProgress } from "../ptime/wait-bar.js";
import { parseLogDate } from "../reminders/parse-log-date.js";
import { statusName } from "../reminders/reminder-message.js";
import { normalizeScheduleText } from "../reminders/schedule-words.js";
import { DEFAULT_ZONE, daysSince, localDate } from "../reminders/schedule.js";
import type { BotReply } from "../reply.js";
import type { StatusLogEntry } from "../store/user-store.js";
import { type ApplicationId, STATUS_IDS, type StatusId } from "../taxonomy.js";
import { type ReminderContext, reminderReply as reply } from "./reminder-context.js";

/** The personal status log (/log, /history) and the "where am I in the wait" line under it and under reminders. */

const STATUSES: ReadonlySet<string> = new Set(STATUS_IDS);

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

function findStatus(ctx: ReminderContext, text: string): StatusId | null {
  const typed = ctx.options.status?.trim();
  if (typed && STATUSES.has(typed)) return typed as StatusId;
  for (const token of text.toLowerCase().split(/[\s,;]+/)) if (STATUSES.has(token)) return token as StatusId;
  if (!text.trim()) return null;
  return ctx.deps.understander.understand(text, ctx.lang).status;
}

export async function logStatus(ctx: ReminderContext): Promise<BotReply> {
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

export async function showHistory(ctx: ReminderContext): Promise<BotReply> {
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
