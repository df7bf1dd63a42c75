import type { Translate } from "../i18n/translator.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import { formatIsoDate, isStale, PROCESSING_TIMES_URL, STALE_AFTER_DAYS } from "../ptime/age.js";
import type { TimelineAnswer } from "../rules/timeline.js";
import type { Block } from "./first-view.js";
import { type AnswerContext, type Body, bullets, footer, formatLine, hedge, isDropped, latestSnapshot } from "./format.js";

/** How long an application takes: IRCC's published figures with their age, durations, staleness warnings. */
export function timelineBody(kb: KnowledgeBase, answer: TimelineAnswer, t: Translate, context: AnswerContext): Body {
  const parts: string[] = [t("kb:timeline.heading", { application: t(`kb:applications.${answer.application}.name`) })];
  const items = answer.lines.map((line) => formatLine(line, kb, t, context));
  for (const d of answer.durations) items.push(hedge(t(`kb:durations.${d.id}`, { min: d.min, max: d.max }), d.unverified, t));
  // A programme the data has no figure for says so, instead of showing other programmes' figures.
  if (answer.programmeMissing) {
    parts.push(t("kb:timeline.noProgrammeFigure", { programme: t(`kb:timeline.variants.${answer.programmeMissing}`) }));
  } else parts.push(items.length > 0 ? bullets(items) : t("kb:timeline.noPublished"));
  const blocks: Block[] = [
    { text: parts[0] ?? "", place: "answer" },
    { text: parts[1] ?? "", place: "answer", list: items.length > 0 && !answer.programmeMissing },
  ];
  if (answer.countryNeeded) {
    parts.push(t("kb:timeline.countryNeeded"));
    blocks.push({ text: parts.at(-1) ?? "", place: "first" });
  }
  const published = answer.lines.filter((l) => l.kind !== "service-standard").map((l) => l.asOf);
  const newest = published.length > 0 ? [...published].sort().at(-1) : undefined;
  const latest = latestSnapshot(kb);
  if (latest && answer.lines.some((l) => isDropped(l, kb))) {
    parts.push(t("ptime:dropped", { date: formatIsoDate(latest, context.lang) }));
    blocks.push({ text: parts.at(-1) ?? "", place: "first" });
  }
  if (newest && isStale(newest, context.now)) {
    // Plainly stale: say so next to the figures and point to IRCC's live tool, whose figure is today's.
    parts.push(t("ptime:stale", { days: STALE_AFTER_DAYS, url: PROCESSING_TIMES_URL }));
    blocks.push({ text: parts.at(-1) ?? "", place: "first" });
  } else if (answer.lines.length > 0) {
    parts.push(t("kb:timeline.mayBeOutdated"));
    // The short warning stays next to the figures; the full one opens the details.
    blocks.push(
      { text: t("kb:timeline.mayBeOutdatedShort"), place: "first", summary: true },
      { text: parts.at(-1) ?? "", place: "details" },
    );
  }
  parts.push(footer(answer, t));
  blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  return {
    text: parts.join("\n\n"),
    blocks,
    systems: [],
    access: null,
    links: [{ label: t("kb:links.processingTimes"), url: PROCESSING_TIMES_URL }],
    provenance: answer,
  };
}
