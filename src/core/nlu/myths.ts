import type { ApplicationId } from "../taxonomy.js";
import type { Hit } from "./compile-lexicon.js";
import type { WordTables } from "./word-tables.js";

/** "45 days", "45 días", "۴۵ روز" (digits are folded to ASCII): the wrong BOC deadline of popular articles. */
export const FORTY_FIVE = /(?<![0-9])45(?![0-9])/;

/**
 * The fact sheet's claims about CAS and the trackers: each needs the system it is about (or the
 * application) and the claim's own words, so "what does In process mean in CAS?" stays a status question.
 */
export function mythAboutSystems(
  cues: ReadonlySet<string>,
  ctx: ReadonlySet<string>,
  application: ApplicationId | null,
  statusHits: readonly Hit[],
  text: string,
  asksHowLong: boolean,
  words: Pick<WordTables, "oneToTwo" | "twoToFour">,
): string | null {
  const tracker = ctx.has("tracker");
  const cas = ctx.has("cas");
  if (tracker && cues.has("myth-same-login")) return "trackerOwnLogin";
  if (tracker && cues.has("myth-receipt")) return "trackerNumberOnAor";
  // "I uploaded my documents, how long until the tracker updates?" asks a time, not whether it can upload.
  if (tracker && cues.has("myth-upload") && !asksHowLong) return "trackerNoUpload";
  if (tracker && cues.has("myth-interview")) return "trackerNoTimesInterviews";
  if (cas && cues.has("myth-realtime")) return "casRealTime";
  if (cas && application === "pr-express-entry" && cues.has("myth-stages")) return "expressEntryCas";
  if (cas && application?.startsWith("sponsorship-") && cues.has("myth-everything")) return "casSponsorshipSplit";
  if (cas && cues.has("quebec") && cues.has("myth-cannot")) return "quebecCas";
  if (statusHits.some((h) => h.signal.id === "aor") && cues.has("myth-weeks") && words.twoToFour.test(text)) return "aor2to4Weeks";
  const decision = statusHits.some((h) => h.signal.id === "cas-decision-made" || h.signal.id === "account-final-decision");
  if (decision && cues.has("myth-weeks") && words.oneToTwo.test(text)) return "decisionNotice1to2Weeks";
  return null;
}
