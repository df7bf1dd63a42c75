import type { ApplicationId, RoleId, StatusId } from "../taxonomy.js";
import type { Hit } from "./compile-lexicon.js";

/** The hit with the highest weight; on a tie the longer phrase, then the first found. */
export function pickBest(hits: readonly Hit[]): Hit | undefined {
  let best: Hit | undefined;
  for (const hit of hits) {
    if (
      !best ||
      hit.signal.weight > best.signal.weight ||
      (hit.signal.weight === best.signal.weight && hit.end - hit.start > best.end - best.start)
    ) {
      best = hit;
    }
  }
  return best;
}

const REPLACEABLE_DOCUMENTS: ReadonlySet<ApplicationId> = new Set<ApplicationId>([
  "study-permit",
  "study-permit-extension",
  "work-permit",
  "work-permit-extension",
  "visitor-record",
]);

export const RELATION_SPONSORSHIP: readonly [string, ApplicationId][] = [
  ["spouse", "sponsorship-spouse"],
  ["child", "sponsorship-dependent-child"],
  ["parent", "sponsorship-parents"],
  ["other", "sponsorship-other-relative"],
];

/** Picks the application and refines it with cues (extension, renewal, minor, certificate, Quebec PR). */
export function resolveApplication(
  hits: readonly Hit[],
  cues: ReadonlySet<string>,
  rels: ReadonlySet<string>,
  minor: boolean,
): ApplicationId | null {
  const specific = pickBest(hits.filter((h) => h.signal.id !== "pr-generic" && h.signal.id !== "sponsorship-generic"));
  const sponsorship = hits.some((h) => h.signal.id === "sponsorship-generic");
  const prGeneric = hits.some((h) => h.signal.id === "pr-generic");
  let app = (specific?.signal.id ?? null) as ApplicationId | null;
  if (app === null || (app === "visitor-visa" && (specific?.signal.weight ?? 0) < 1)) {
    if (sponsorship) {
      for (const [rel, id] of RELATION_SPONSORSHIP) {
        if (rels.has(rel)) return id;
      }
    }
    return app;
  }
  // A lost or stolen permit or record is replaced by a document-replacement request, not a new application.
  if (cues.has("lost") && !cues.has("lost-other") && REPLACEABLE_DOCUMENTS.has(app)) return "document-replacement";
  switch (app) {
    case "study-permit":
      if (cues.has("extension")) app = "study-permit-extension";
      break;
    case "work-permit":
      if (cues.has("extension")) app = "work-permit-extension";
      break;
    case "pr-card-new":
      if (cues.has("renewal")) app = "pr-card-renewal";
      break;
    case "citizenship-grant-adult":
      if (cues.has("certificate")) app = "citizenship-certificate";
      else if (cues.has("military")) app = "citizenship-caf";
      else if (minor && (rels.has("child") || rels.has("parent") || cues.has("minor"))) app = "citizenship-grant-minor";
      break;
    case "quebec-selection":
      // "Federal PR after the CSQ" names both stages; the federal one is what is asked about.
      if (
        (prGeneric && (specific?.signal.weight ?? 0) <= 2) ||
        hits.some((h) => h.signal.id === "pr-quebec-federal" && h.signal.weight >= 2.5)
      ) {
        app = "pr-quebec-federal";
      }
      break;
    default:
      break;
  }
  return app;
}

export interface ResolvedStatus {
  readonly id: StatusId;
  readonly weight: number;
}

/**
 * Chooses the status; shared words ("In progress", "Closed") are read in the system the message names.
 * A citizenship activity ("the test", "the oath") named next to a tracker label is what the user
 * asks about: the label is only its state. Bare words ("test", "ceremony") count only for a
 * citizenship application, and "Background verification" is the citizenship activity only then
 * (the IRCC application status tracker has a section of that name too).
 */
export function resolveStatus(
  hits: readonly Hit[],
  ctx: ReadonlySet<string>,
  isQuoted: () => boolean,
  citizenship: boolean,
): ResolvedStatus | null {
  let best: ResolvedStatus | null = null;
  let bestLength = 0;
  let activity: ResolvedStatus | null = null;
  let activityLength = 0;
  for (const hit of hits) {
    let id = hit.signal.id;
    if (id.startsWith("cit-")) {
      if (hit.signal.weight < 1.5 && !citizenship) continue;
      const length = hit.end - hit.start;
      if (!activity || hit.signal.weight > activity.weight || (hit.signal.weight === activity.weight && length > activityLength)) {
        activity = { id: id as StatusId, weight: hit.signal.weight };
        activityLength = length;
      }
      continue;
    }
    if (id.startsWith("label:")) {
      if (ctx.size === 0 && !isQuoted()) continue;
      const cas = ctx.has("cas");
      const account = ctx.has("account");
      switch (id) {
        case "label:received":
          id = cas ? "cas-application-received" : account && !ctx.has("tracker") ? "account-open" : "tracker-received";
          break;
        case "label:in-progress":
          id = cas ? "cas-in-process" : "tracker-in-progress";
          break;
        case "label:closed":
          id = account ? "account-closed" : "tracker-closed";
          break;
        case "label:completed":
          id = "tracker-completed";
          break;
        case "label:cancelled":
          id = "account-cancelled";
          break;
        case "label:open":
          if (!account) continue;
          id = "account-open";
          break;
        default:
          continue;
      }
    }
    const length = hit.end - hit.start;
    if (!best || hit.signal.weight > best.weight || (hit.signal.weight === best.weight && length > bestLength)) {
      best = { id: id as StatusId, weight: hit.signal.weight };
      bestLength = length;
    }
  }
  // The secure account's "Background check" is worded like the citizenship activity in French and other languages.
  if (activity?.id === "cit-background" && !citizenship && ctx.has("account") && !ctx.has("tracker")) {
    return { id: "account-background-check", weight: Math.max(activity.weight, best?.weight ?? 0) };
  }
  if (activity && (activity.id !== "cit-background" || citizenship || !best)) {
    return { id: activity.id, weight: Math.max(activity.weight, best?.weight ?? 0) };
  }
  return best;
}

/** The asker's role: explicit phrases first, then a relative (a minor's parent when an age under 18 is given). */
export function resolveRole(explicit: Hit | undefined, rels: ReadonlySet<string>, minor: boolean): RoleId | null {
  let role = (explicit?.signal.id ?? null) as RoleId | null;
  let weight = explicit?.signal.weight ?? 0;
  if (rels.size > 0) {
    const relative: [RoleId, number] = minor && (rels.has("child") || rels.has("parent")) ? ["parent-of-minor", 3.5] : ["family-member", 3];
    if (relative[1] > weight) {
      role = relative[0];
      weight = relative[1];
    }
  }
  return role;
}
