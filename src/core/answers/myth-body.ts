import type { Translate } from "../i18n/translator.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import { PROCESSING_TIMES_URL } from "../ptime/age.js";
import { mergeProvenance } from "../rules/provenance.js";
import { mainPublishedLine, type TimelineLine } from "../rules/timeline.js";
import type { Link } from "../reply.js";
import type { Block } from "./first-view.js";
import { type Body, footer, formatValue, hedge } from "./format.js";

/** The correction of a popular claim (data/myths.json), with the figures it rests on and its official sources. */
export function mythBody(kb: KnowledgeBase, id: string, t: Translate): Body {
  const fact = kb.files.myths[id] as { sources: string[]; checked: string; unverified?: boolean; secondary?: boolean };
  const provenance = mergeProvenance([fact]);
  const params: Record<string, unknown> = {};
  const links: Link[] = [];
  if (id === "prCardRenewalNotFaster") {
    const value = (line: TimelineLine | null): string => (line?.value ? formatValue(line.value, t) : t("kb:timeline.noData.notAvailable"));
    const newCard = mainPublishedLine(kb, "pr-card-new");
    const renewal = mainPublishedLine(kb, "pr-card-renewal");
    params.newCard = value(newCard);
    params.renewal = value(renewal);
    params.date = [newCard?.asOf, renewal?.asOf].filter(Boolean).sort().at(-1) ?? kb.timelinesChecked;
    links.push({ label: t("kb:links.processingTimes"), url: PROCESSING_TIMES_URL });
  }
  // The tracker shows no processing times: the correction points to where IRCC publishes them.
  if (id === "trackerNoTimesInterviews") links.push({ label: t("kb:links.processingTimes"), url: PROCESSING_TIMES_URL });
  if (id === "boc15Days" || id === "asylumRiskDocs30Days") params.days = kb.durations.get("bocPortOfEntry")?.max ?? 15;
  // "A PR card within a week of the photo" (2020 wording) is answered with IRCC's latest published figure.
  if (id === "prCardOneWeek") {
    const newCard = mainPublishedLine(kb, "pr-card-new");
    params.newCard = newCard?.value ? formatValue(newCard.value, t) : t("kb:timeline.noData.notAvailable");
    params.date = newCard?.asOf ?? kb.timelinesChecked;
    links.push({ label: t("kb:links.processingTimes"), url: PROCESSING_TIMES_URL });
  }
  // The correction's own official page, one tap away in the first view (never a community page or a data file).
  const page = fact.sources.find((url) => !fact.secondary && !url.startsWith("https://github.com/") && !url.endsWith(".json"));
  if (links.length === 0 && page) links.push({ label: t("kb:links.officialSource"), url: page });
  const correction = hedge(t(`kb:myths.${id}`, params), fact.unverified, t);
  const source = footer(provenance, t);
  const blocks: Block[] = [
    { text: correction, place: "answer" },
    { text: source, place: "details" },
  ];
  return { text: [correction, source].join("\n\n"), blocks, systems: [], access: null, links, provenance };
}
