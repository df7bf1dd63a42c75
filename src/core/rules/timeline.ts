import type { PtimeValue } from "../knowledge/schema.js";
import type { DurationFact, KnowledgeBase, ServiceStandardFact, TimelineEntry, WithId } from "../knowledge/types.js";
import type { ApplicationId } from "../taxonomy.js";
import { mergeProvenance, type Provenance } from "./provenance.js";
import { needs, ok, type RuleResult } from "./result.js";

export interface TimelineQuery {
  readonly application: ApplicationId | null;
  /** ISO 3166 alpha-2 country the applicant applies from, for lines IRCC publishes per country. */
  readonly country: string | null;
  readonly quebec: boolean | null;
  readonly insideCanada: boolean | null;
  /** A program named in the question (kb:timeline.variants id), e.g. "caregiver" within other economic PR. */
  readonly programme?: string | null;
}

export type TimelineKind = "historical" | "forward-looking" | "service-standard";

export interface TimelineLine {
  readonly key: string;
  readonly kind: TimelineKind;
  /** kb:timeline.variants.<variant>, or null for the application's main line. */
  readonly variant: string | null;
  readonly quebec: boolean | null;
  readonly insideCanada: boolean | null;
  /** IRCC's as-of date (`lastupdated`), or the checked date for a service standard. */
  readonly asOf: string;
  /** The value; null when IRCC publishes it per country and the country is unknown or absent. */
  readonly value: PtimeValue | null;
  /** The country the value is for, when the line is per country. */
  readonly country: string | null;
  readonly perCountry: boolean;
}

export interface TimelineAnswer extends Provenance {
  readonly application: ApplicationId;
  /** Published processing times and service standards, most specific first. */
  readonly lines: readonly TimelineLine[];
  /** Other durations from the fact sheet (AOR wait, ceremony after approval, BOC deadline…). */
  readonly durations: readonly WithId<DurationFact>[];
  /** Some line is published per country and the question names no country (the reply says to give it). */
  readonly countryNeeded: boolean;
  /** The program the question names has no published time here: no other program's figure is given. */
  readonly programmeMissing: string | null;
}

const matches = (wanted: boolean | null, entry: boolean | null): boolean => wanted === null || entry === null || wanted === entry;

function toLine(entry: TimelineEntry, country: string | null): TimelineLine {
  const perCountry = entry.byCountry !== undefined;
  return {
    key: entry.key,
    kind: entry.kind,
    variant: entry.variant,
    quebec: entry.quebec,
    insideCanada: entry.insideCanada,
    asOf: entry.asOf,
    value: perCountry ? (country ? (entry.byCountry?.[country] ?? null) : null) : (entry.value ?? null),
    country: perCountry ? country : null,
    perCountry,
  };
}

const standardLine = (standard: WithId<ServiceStandardFact>): TimelineLine => ({
  key: standard.id,
  kind: "service-standard",
  variant: null,
  quebec: null,
  insideCanada: null,
  asOf: standard.checked,
  value: { amount: standard.amount, unit: standard.unit },
  country: null,
  perCountry: false,
});

/**
 * How long an application takes: IRCC's published times (each with its own as-of date and kind:
 * historical = how long 80% took recently, forward-looking = IRCC's estimate for new applications),
 * the service standard where IRCC has one, and the other durations of the fact sheet. Lines for Quebec
 * or for inside/outside Canada are kept when the question does not say, so the reply can show both.
 */
export function timeline(kb: KnowledgeBase, query: TimelineQuery): RuleResult<TimelineAnswer> {
  if (!query.application) return needs("application");
  const country = query.country ? query.country.toUpperCase() : null;
  const all = kb.timelinesByApplication.get(query.application) ?? [];
  // An application type made only of programs (every line is one program's) answers for the program
  // the question names, and for no other: the caregiver question never gets the Atlantic figure.
  const byProgramme = query.programme != null && all.length > 0 && all.every((e) => e.variant !== null);
  const programmeMissing = byProgramme && !all.some((e) => e.variant === query.programme) ? (query.programme ?? null) : null;
  const entries = all.filter(
    (e) =>
      matches(query.quebec, e.quebec) && matches(query.insideCanada, e.insideCanada) && (!byProgramme || e.variant === query.programme),
  );
  const lines = entries
    .map((e) => toLine(e, country))
    .sort((a, b) => Number(a.variant !== null) - Number(b.variant !== null) || Number(a.quebec === true) - Number(b.quebec === true));
  const standards = programmeMissing ? [] : (kb.standardsByApplication.get(query.application) ?? []);
  const durations = kb.durationsByApplication.get(query.application) ?? [];
  // With no published time, the answer also rests on where the application is handled (e.g. Quebec's MIFI).
  const published =
    entries.length > 0 ? [{ sources: kb.timelineSources, checked: kb.timelinesChecked }] : [kb.applications[query.application]];
  const provenance = mergeProvenance([...published, ...standards, ...durations]);
  return ok({
    application: query.application,
    lines: [...lines, ...standards.map(standardLine)],
    durations,
    countryNeeded: lines.some((l) => l.perCountry && l.country === null),
    programmeMissing,
    ...provenance,
  });
}

/** The published line that best answers "how long" for an application with no other detail (for status worry hints). */
export function mainPublishedLine(kb: KnowledgeBase, application: ApplicationId): TimelineLine | null {
  const entries = kb.timelinesByApplication.get(application) ?? [];
  const entry =
    entries.find((e) => e.variant === null && e.value !== undefined && e.quebec !== true) ?? entries.find((e) => e.value !== undefined);
  return entry ? toLine(entry, null) : null;
}
