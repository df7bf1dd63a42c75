import { type AnswerContext, formatValue, isDropped, lineLabel } from "../answers/compose.js";
import type { Translate } from "../i18n/translator.js";
import type { PtimeValue } from "../knowledge/schema.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import { type TimelineLine, timeline } from "../rules/timeline.js";
import { MAX_FIGURE_CHARS } from "../store/follows.js";
import type { ApplicationId } from "../taxonomy.js";
import { describeAge } from "./age.js";

/** What a user follows: an application type and, for times IRCC publishes per country, the country. */
export interface FollowTarget {
  readonly application: ApplicationId;
  readonly country: string | null;
}

/** IRCC's published lines for the target (service standards are targets, not published times, so they are left out). */
export function followedLines(kb: KnowledgeBase, target: FollowTarget): TimelineLine[] {
  const result = timeline(kb, { application: target.application, country: target.country, quebec: null, insideCanada: null });
  return result.ok ? result.value.lines.filter((l) => l.kind !== "service-standard") : [];
}

const encodeValue = (value: PtimeValue | null): string => {
  if (value === null) return "-";
  if ("noData" in value) return `nd:${value.noData}`;
  return `${value.amount}:${value.unit}${value.part ? `:${value.part}` : ""}`;
};

function decodeValue(text: string): PtimeValue | null {
  if (text === "-") return null;
  if (text.startsWith("nd:")) {
    const noData = text.slice(3);
    return noData === "not-enough-data" || noData === "not-available" ? { noData } : null;
  }
  const [amount, unit, part] = text.split(":");
  if (!unit || !["minute", "hour", "day", "week", "month"].includes(unit) || !Number.isFinite(Number(amount))) return null;
  const value = { amount: Number(amount), unit: unit as "day" };
  return part ? { ...value, part: Number(part) } : value;
}

/**
 * The followed figure as a short string (`key=15:month;key2=nd:not-enough-data!`, `!` marking a line
 * IRCC no longer publishes). Only values and that mark count: a weekly republication of the same
 * figure (a new as-of date) is not a change.
 */
export function encodeFigure(kb: KnowledgeBase, lines: readonly TimelineLine[]): string {
  return lines
    .map((l) => `${l.key}=${encodeValue(l.value)}${isDropped(l, kb) ? "!" : ""}`)
    .join(";")
    .slice(0, MAX_FIGURE_CHARS);
}

interface FigurePart {
  readonly value: PtimeValue | null;
  readonly dropped: boolean;
}

export function decodeFigure(figure: string): Map<string, FigurePart> {
  const parts = new Map<string, FigurePart>();
  for (const item of figure.split(";")) {
    const at = item.indexOf("=");
    if (at <= 0) continue;
    const raw = item.slice(at + 1);
    const dropped = raw.endsWith("!");
    parts.set(item.slice(0, at), { value: decodeValue(dropped ? raw.slice(0, -1) : raw), dropped });
  }
  return parts;
}

const valueText = (value: PtimeValue | null, t: Translate): string =>
  value ? formatValue(value, t) : t("kb:timeline.noData.notAvailable");

/** "Spouse or partner sponsorship (India)" — the followed target in the reply language. */
export function targetName(kb: KnowledgeBase, target: FollowTarget, t: Translate): string {
  const application = t(`kb:applications.${target.application}.name`);
  return target.country
    ? t("ptime:follow.targetCountry", { application, country: kb.countries[target.country] ?? target.country })
    : t("ptime:follow.target", { application });
}

/**
 * The one change message for a follower: each line whose value changed (old → new), that IRCC stopped
 * publishing, or that is new, then the date of IRCC's data. Null when nothing the user was told changed.
 */
export function describeFigureChange(
  kb: KnowledgeBase,
  target: FollowTarget,
  oldFigure: string,
  t: Translate,
  context: AnswerContext,
): string | null {
  const lines = followedLines(kb, target);
  if (encodeFigure(kb, lines) === oldFigure) return null;
  const before = decodeFigure(oldFigure);
  const items: string[] = [];
  for (const line of lines) {
    const old = before.get(line.key);
    const label = lineLabel(line, kb, t, context.lang);
    const dropped = isDropped(line, kb);
    if (!old) items.push(t("ptime:alert.added", { label, new: valueText(line.value, t) }));
    else if (dropped && !old.dropped) items.push(t("ptime:alert.dropped", { label, old: valueText(old.value, t) }));
    else if (encodeValue(old.value) !== encodeValue(line.value))
      items.push(t("ptime:alert.changed", { label, old: valueText(old.value, t), new: valueText(line.value, t) }));
  }
  if (items.length === 0) return null;
  const latest = kb.files.timelines.snapshots.at(-1) ?? null;
  return [
    t("ptime:alert.title", { target: targetName(kb, target, t) }),
    items.map((item) => `• ${item}`).join("\n"),
    t("ptime:alert.footer", { age: describeAge(latest, context.now, context.lang, t) }),
  ].join("\n\n");
}
