import { countryName } from "../i18n/country-names.js";
import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import { isOfficialSource, type PtimeValue } from "../knowledge/schema.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import { describeAge, formatIsoDate } from "../ptime/age.js";
import type { Provenance } from "../rules/provenance.js";
import type { TimelineLine } from "../rules/timeline.js";
import type { Link } from "../reply.js";
import type { AccessId, SystemId } from "../taxonomy.js";
import type { Block } from "./first-view.js";

/**
 * What every answer body (track-body.ts, access-body.ts, myth-body.ts, timeline-body.ts, status-body.ts)
 * is made of, and the small formatting pieces they share: values, line labels and ages, the sources footer.
 */

/** At most this many source URLs are printed in the text; all official ones are in `sources`. */
const MAX_SOURCES_IN_TEXT = 3;

/** One answer before the first view is cut from it (compose.ts). */
export interface Body {
  readonly text: string;
  /** The same answer as paragraphs marked for the short first view (see first-view.ts). */
  readonly blocks: readonly Block[];
  readonly systems: readonly SystemId[];
  readonly access: AccessId | null;
  readonly links: readonly Link[];
  /** How many links the first view keeps (default one). */
  readonly firstLinks?: number;
  readonly provenance: Provenance;
}

/** When and in which language an answer is read: figures say how old they are on that day. */
export interface AnswerContext {
  readonly now: Date;
  readonly lang: Locale;
}

const NO_DATA_KEYS = { "not-enough-data": "notEnoughData", "not-available": "notAvailable" } as const;

/** "15 months", "Part 1: 5 months", "IRCC: not enough data". */
export function formatValue(value: PtimeValue, t: Translate): string {
  if ("noData" in value) return t(`kb:timeline.noData.${NO_DATA_KEYS[value.noData]}`);
  const amount = t(`kb:units.${value.unit}`, { count: value.amount });
  return value.part ? t("kb:timeline.part", { part: value.part, value: amount }) : amount;
}

/** "IRCC has not confirmed this: …" for facts the fact sheet marks unverified. */
export const hedge = (text: string, unverified: boolean | undefined, t: Translate): string =>
  unverified ? t("kb:answer.unverified", { text }) : text;

export function lineLabel(line: TimelineLine, kb: KnowledgeBase, t: Translate, locale: Locale): string {
  const conditions: string[] = [];
  if (line.insideCanada !== null) conditions.push(t(`kb:timeline.conditions.${line.insideCanada ? "insideCanada" : "outsideCanada"}`));
  if (line.quebec !== null) conditions.push(t(`kb:timeline.conditions.${line.quebec ? "quebec" : "notQuebec"}`));
  if (line.country) conditions.push(countryName(line.country, locale, kb.countries[line.country]));
  const base = line.variant
    ? t(`kb:timeline.variants.${line.variant}`)
    : t(line.kind === "service-standard" ? "kb:timeline.standard" : "kb:timeline.main");
  return conditions.length > 0 ? t("kb:timeline.labelWithConditions", { label: base, conditions: conditions.join(", ") }) : base;
}

/** IRCC's newest snapshot date in the data in use (a published line older than it is no longer in IRCC's files). */
export const latestSnapshot = (kb: KnowledgeBase): string | undefined => kb.files.timelines.snapshots.at(-1);

/** "as of 20 May 2026, 199 days ago"; a service standard's date is when the bot's source was checked. */
export function lineAge(line: TimelineLine, t: Translate, context: AnswerContext): string {
  if (line.kind === "service-standard") return t("ptime:checked", { date: formatIsoDate(line.asOf, context.lang) });
  return describeAge(line.asOf, context.now, context.lang, t);
}

/** A published line older than IRCC's newest snapshot: IRCC stopped publishing it (the figure is its last one). */
export const isDropped = (line: TimelineLine, kb: KnowledgeBase): boolean => {
  const latest = latestSnapshot(kb);
  return line.kind !== "service-standard" && latest !== undefined && line.asOf < latest;
};

export function formatLine(line: TimelineLine, kb: KnowledgeBase, t: Translate, context: AnswerContext): string {
  const value = line.value ? formatValue(line.value, t) : t(line.country ? "kb:timeline.noData.notAvailable" : "kb:timeline.perCountry");
  return t("ptime:line", {
    label: lineLabel(line, kb, t, context.lang),
    value,
    kind: t(`kb:timeline.kinds.${line.kind}`),
    age: lineAge(line, t, context),
  });
}

/** Sources line(s): official pages first; non-government pages only when nothing official backs the answer. */
export function footer(provenance: Provenance, t: Translate): string {
  const official = provenance.sources.filter(isOfficialSource);
  const shown = (official.length > 0 ? official : provenance.sources).slice(0, MAX_SOURCES_IN_TEXT);
  const lines: string[] = [];
  if (provenance.secondary) lines.push(t("kb:answer.secondary"));
  lines.push(t("kb:answer.footer", { date: provenance.checked }), ...shown);
  return lines.join("\n");
}

export const bullets = (items: readonly string[]): string => items.map((item) => `• ${item}`).join("\n");
