import type { ApplicationId } from "../taxonomy.js";
import type { KnowledgeFiles } from "./schema.js";
import type { KnowledgeBase, WithId } from "./types.js";

function groupByApplication<T extends { readonly applications: readonly ApplicationId[] }>(
  items: Iterable<T>,
): ReadonlyMap<ApplicationId, readonly T[]> {
  const map = new Map<ApplicationId, T[]>();
  for (const item of items) {
    for (const application of item.applications) {
      const list = map.get(application);
      if (list) list.push(item);
      else map.set(application, [item]);
    }
  }
  return map;
}

const withIds = <T>(record: Readonly<Record<string, T>>): WithId<T>[] => Object.entries(record).map(([id, fact]) => ({ ...fact, id }));

/**
 * Builds the indexes the rules engine reads. Pure: the files are already validated (schema.ts) and
 * cross-checked (validate.ts); this runs once at startup so no question pays for it.
 */
export function buildKnowledgeBase(files: KnowledgeFiles): KnowledgeBase {
  const durations = withIds(files.durations);
  const snapshots = files.timelines.snapshots;
  return {
    version: `ptime-${snapshots[snapshots.length - 1] ?? "none"}`,
    files,
    systems: files.systems,
    applications: files.applications,
    statuses: files.statuses,
    caveats: new Map(Object.entries(files.caveats)),
    durations: new Map(durations.map((d) => [d.id, d])),
    durationsByApplication: groupByApplication(durations),
    standardsByApplication: groupByApplication(withIds(files.serviceStandards)),
    timelinesByApplication: groupByApplication(files.timelines.entries),
    timelineSources: files.timelines.sources,
    timelinesChecked: files.timelines.checked,
    countries: files.timelines.countries,
  };
}
