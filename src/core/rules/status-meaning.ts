import type { DurationFact, KnowledgeBase, StatusFact, WithId } from "../knowledge/types.js";
import type { ApplicationId, StatusId } from "../taxonomy.js";
import { mergeProvenance, type Provenance } from "./provenance.js";
import { needs, ok, type RuleResult } from "./result.js";
import { mainPublishedLine, type TimelineLine } from "./timeline.js";

export interface StatusQuery {
  readonly status: StatusId | null;
  readonly application: ApplicationId | null;
}

export interface StatusAnswer extends Provenance {
  readonly status: StatusId;
  readonly fact: StatusFact;
  /** Durations that matter for this status (and this application, when known). */
  readonly durations: readonly WithId<DurationFact>[];
  /** For "worry once the processing time has passed": the published time to compare with, when one applies. */
  readonly processingTime: TimelineLine | null;
  /** The application whose published time is given (the question's, or the status's own). */
  readonly timelineApplication: ApplicationId | null;
}

/**
 * What a status label means, what to do next and when it is reasonable to worry (kb:statuses.<id>.*),
 * with IRCC's own on-screen wording when it shows one. When worrying depends on the processing time,
 * the published time of the application (or of the status's related application) is attached.
 */
export function statusMeaning(kb: KnowledgeBase, query: StatusQuery): RuleResult<StatusAnswer> {
  if (!query.status) return needs("status");
  const fact = kb.statuses[query.status];
  const durations = (fact.durations ?? [])
    .map((id) => kb.durations.get(id)!)
    .filter((d) => query.application === null || d.applications.includes(query.application));
  const timelineApplication = fact.worry.kind === "processing-time" ? (query.application ?? fact.relatedApplication ?? null) : null;
  const processingTime = timelineApplication ? mainPublishedLine(kb, timelineApplication) : null;
  return ok({
    status: query.status,
    fact,
    durations,
    processingTime,
    timelineApplication: processingTime ? timelineApplication : null,
    // The answer also names the tool the label appears in, so that tool's official pages back it too.
    ...mergeProvenance([
      fact,
      ...(fact.system ? [kb.systems[fact.system]] : []),
      ...durations,
      ...(processingTime ? [{ sources: kb.timelineSources, checked: kb.timelinesChecked }] : []),
    ]),
  });
}
