import type { Translate } from "../i18n/translator.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import type { StatusAnswer } from "../rules/status-meaning.js";
import type { Link } from "../reply.js";
import type { Block } from "./first-view.js";
import { type AnswerContext, type Body, bullets, footer, formatValue, hedge, lineAge } from "./format.js";

/** What a status label means, what comes next, and when to worry (with the processing time when known). */
export function statusBody(kb: KnowledgeBase, answer: StatusAnswer, t: Translate, context: AnswerContext): Body {
  const { fact, status } = answer;
  const name = t(`kb:statuses.${status}.name`);
  const parts: string[] = [
    fact.system ? t("kb:answer.statusHeading", { status: name, system: t(`kb:systems.${fact.system}.name`) }) : name,
  ];
  if (fact.labels) {
    const label = t("kb:answer.statusLabel", { en: fact.labels.en, fr: fact.labels.fr });
    parts[0] = `${parts[0]}\n${fact.labelFrUnverified ? `${label} ${t("kb:answer.labelFrUnverified")}` : label}`;
  }
  parts.push(t("kb:answer.meaning", { text: hedge(t(`kb:statuses.${status}.meaning`), fact.unverified, t) }));
  parts.push(t("kb:answer.next", { text: t(`kb:statuses.${status}.next`) }));
  const blocks: Block[] = parts.map((text, i) => (i < 2 ? { text, place: "answer" } : { text, place: "first", cut: true }));
  let worry = t(`kb:statuses.${status}.worry`, { days: fact.worry.days });
  if (answer.processingTime && answer.timelineApplication) {
    worry = `${worry} ${t("ptime:worry", {
      application: t(`kb:applications.${answer.timelineApplication}.name`),
      value: answer.processingTime.value ? formatValue(answer.processingTime.value, t) : t("kb:timeline.noData.notAvailable"),
      kind: t(`kb:timeline.kinds.${answer.processingTime.kind}`),
      age: lineAge(answer.processingTime, t, context),
    })}`;
  }
  parts.push(t("kb:answer.worry", { text: worry }));
  blocks.push({ text: parts.at(-1) ?? "", place: "first", cut: true });
  if (answer.durations.length > 0) {
    parts.push(bullets(answer.durations.map((d) => hedge(t(`kb:durations.${d.id}`, { min: d.min, max: d.max }), d.unverified, t))));
    blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  }
  parts.push(footer(answer, t));
  blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  const links: Link[] =
    fact.system && fact.system !== "none" ? [{ label: t(`kb:systems.${fact.system}.name`), url: kb.systems[fact.system].url }] : [];
  return { text: parts.join("\n\n"), blocks, systems: [], access: null, links, provenance: answer };
}
