import type { ApplicationId, StatusId, SystemId } from "../taxonomy.js";
import type {
  AccessRule,
  ApplicationFact,
  CaveatFact,
  DurationFact,
  KnowledgeFiles,
  RoleRules,
  ServiceStandardFact,
  StatusFact,
  SystemFact,
  TimelineEntry,
} from "./schema.js";

export type {
  AccessRule,
  ApplicationFact,
  CaveatFact,
  DurationFact,
  RoleRules,
  ServiceStandardFact,
  StatusFact,
  SystemFact,
  TimelineEntry,
};

/** A fact with the id it is filed under in its data file. */
export type WithId<T> = T & { readonly id: string };

/**
 * The knowledge base: the validated data/*.json files plus indexes built once at load, so answering a
 * question (thousands per second in `ask --stdin`) only does map look-ups.
 */
export interface KnowledgeBase {
  /** Identifies the data set (newest processing-times snapshot), for logs and the eval report. */
  readonly version: string;
  readonly files: KnowledgeFiles;
  readonly systems: Readonly<Record<SystemId, SystemFact>>;
  readonly applications: Readonly<Record<ApplicationId, ApplicationFact>>;
  readonly statuses: Readonly<Record<StatusId, StatusFact>>;
  readonly caveats: ReadonlyMap<string, CaveatFact>;
  readonly durations: ReadonlyMap<string, WithId<DurationFact>>;
  readonly durationsByApplication: ReadonlyMap<ApplicationId, readonly WithId<DurationFact>[]>;
  readonly standardsByApplication: ReadonlyMap<ApplicationId, readonly WithId<ServiceStandardFact>[]>;
  readonly timelinesByApplication: ReadonlyMap<ApplicationId, readonly TimelineEntry[]>;
  /** Sources and checked date of the published processing times (data/timelines.json). */
  readonly timelineSources: readonly string[];
  readonly timelinesChecked: string;
  /** ISO country code → IRCC's English country name. */
  readonly countries: Readonly<Record<string, string>>;
}
