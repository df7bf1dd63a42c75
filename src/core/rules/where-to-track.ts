import type { CaveatFact, KnowledgeBase } from "../knowledge/types.js";
import type { ApplicationId, RoleId, SystemId } from "../taxonomy.js";
import { mergeProvenance, type Provenance } from "./provenance.js";
import { needs, ok, type RuleResult } from "./result.js";

export interface TrackQuery {
  readonly application: ApplicationId | null;
  /** The asker's role as stated; null when the text gives none (nothing role-specific is added). */
  readonly role: RoleId | null;
  readonly insideCanada: boolean | null;
  readonly quebec: boolean | null;
  readonly irbReferral?: boolean | null;
}

export interface TrackedSystem {
  readonly system: SystemId;
  /** IRCC has not confirmed this tool covers the application. */
  readonly unverified: boolean;
}

export interface AppliedCaveat {
  readonly id: string;
  readonly fact: CaveatFact;
}

export interface TrackAnswer extends Provenance {
  readonly application: ApplicationId;
  /** Best first; exactly `[{system: "none"}]` when nothing tracks it online. */
  readonly systems: readonly TrackedSystem[];
  /** Tools people expect that do not show this application. */
  readonly notSystems: readonly SystemId[];
  readonly caveats: readonly AppliedCaveat[];
}

/**
 * Where to check an application's status, best first, with the preconditions that matter (AOR first,
 * email on file, CAS removal windows, split sponsorship files…). Steps that depend on a condition the
 * question contradicts (e.g. the IRCC Portal for a study permit applied for from inside Canada) are dropped;
 * unknown conditions keep the step.
 */
export function whereToTrack(kb: KnowledgeBase, query: TrackQuery): RuleResult<TrackAnswer> {
  if (!query.application) return needs("application");
  const fact = kb.applications[query.application];
  const referred = query.irbReferral ?? null;
  const steps = fact.track.filter((step) => {
    if (step.when === "inside-canada") return query.insideCanada !== false;
    if (step.when === "outside-canada") return query.insideCanada !== true;
    if (step.when === "after-referral") return referred !== false;
    return true;
  });
  // After an IRB referral the hearing stage comes first; the portal still holds the earlier letters.
  if (referred === true) steps.sort((a, b) => Number(b.when === "after-referral") - Number(a.when === "after-referral"));
  const caveatIds = [...fact.caveats];
  if (query.role) for (const id of kb.files.access.roleCaveats[query.role] ?? []) if (!caveatIds.includes(id)) caveatIds.push(id);
  const caveats = caveatIds.map((id) => ({ id, fact: kb.caveats.get(id)! }));
  const systems = steps.map((step) => ({ system: step.system, unverified: step.unverified === true }));
  return ok({
    application: query.application,
    systems,
    notSystems: fact.notSystems,
    caveats,
    ...mergeProvenance([fact, ...systems.map((s) => kb.systems[s.system]), ...caveats.map((c) => c.fact)]),
  });
}
