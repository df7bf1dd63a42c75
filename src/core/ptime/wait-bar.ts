import { type AnswerContext, formatValue, lineLabel } from "../answers/compose.js";
import type { Translate } from "../i18n/translator.js";
import type { PtimeValue } from "../knowledge/schema.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import { daysSince } from "../reminders/schedule.js";
import type { TimelineLine } from "../rules/timeline.js";
import type { StatusLogEntry } from "../store/user-store.js";
import type { StatusId } from "../taxonomy.js";
import { describeAge } from "./age.js";
import { type FollowTarget, followedLines } from "./follow-figure.js";

/** Log steps a wait is counted from: the application was submitted / received, or IRCC acknowledged it. */
export const WAIT_START_STATUSES: ReadonlySet<StatusId> = new Set<StatusId>(["aor", "tracker-received", "cas-application-received"]);

/** IRCC's web form to ask about an application (fact sheet a.4, [AIA]; the same page as the "none" system in data/systems.json). */
export const IRCC_WEB_FORM_URL = "https://secure.cic.gc.ca/ClientContact/en/Application";

const BAR_CELLS = 10;
const DAYS_PER: Readonly<Record<"day" | "week" | "month", number>> = { day: 1, week: 7, month: 365.25 / 12 };

/** A published duration in days; null for no data and for times under a day (an eTA's minutes need no bar). */
export function publishedDays(value: PtimeValue | null): number | null {
  if (!value || "noData" in value || value.unit === "minute" || value.unit === "hour") return null;
  const days = Math.round(value.amount * DAYS_PER[value.unit]);
  return days > 0 ? days : null;
}

/** `▓▓▓▓▓▓░░░░`: ten cells, full past 100%. Block characters render alike in Telegram, Discord and terminals. */
export function renderBar(ratio: number): string {
  const filled = Math.max(0, Math.min(BAR_CELLS, Math.floor(ratio * BAR_CELLS)));
  return "▓".repeat(filled) + "░".repeat(BAR_CELLS - filled);
}

export interface WaitProgress {
  readonly day: number;
  readonly total: number;
  readonly percent: number;
  readonly over: boolean;
  readonly start: StatusLogEntry;
  readonly line: TimelineLine;
}

/** The first published line with a duration: the figure the wait is measured against (none: no bar, never a guess). */
export function waitFigure(kb: KnowledgeBase, target: FollowTarget): { line: TimelineLine; days: number } | null {
  for (const line of followedLines(kb, target)) {
    const days = publishedDays(line.value);
    if (days !== null) return { line, days };
  }
  return null;
}

/** Days waited since the earliest submission/AOR step of the log against the published figure, or null. */
export function waitProgress(
  kb: KnowledgeBase,
  target: FollowTarget | null,
  log: readonly StatusLogEntry[],
  now: number,
  zone: string,
): WaitProgress | null {
  if (!target) return null;
  const start = log.filter((e) => WAIT_START_STATUSES.has(e.status)).sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!start) return null;
  const figure = waitFigure(kb, target);
  if (!figure) return null;
  const day = Math.max(0, daysSince(start.date, now, zone));
  const percent = Math.floor((day / figure.days) * 100);
  return { day, total: figure.days, percent, over: day > figure.days, start, line: figure.line };
}

/** The bar, the figure it is measured against (with its date and age) and, past 100%, what the user can do. */
export function describeWait(
  progress: WaitProgress,
  kb: KnowledgeBase,
  target: FollowTarget,
  t: Translate,
  context: AnswerContext,
): string {
  const lines = [
    t("ptime:wait.bar", {
      bar: renderBar(progress.day / progress.total),
      percent: progress.percent,
      day: progress.day,
      total: progress.total,
    }),
    t("ptime:wait.basis", {
      status: t(`kb:statuses.${progress.start.status}.name`),
      start: progress.start.date,
      application: `${t(`kb:applications.${target.application}.name`)} — ${lineLabel(progress.line, kb, t, context.lang)}`,
      value: progress.line.value ? formatValue(progress.line.value, t) : "",
      age: describeAge(progress.line.asOf, context.now, context.lang, t),
    }),
  ];
  if (progress.over) lines.push(t("ptime:wait.over", { url: IRCC_WEB_FORM_URL }));
  return lines.join("\n");
}
