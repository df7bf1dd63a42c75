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

/** "$630", "630 dollars": the figure a popular article gives for a teenager's citizenship. */
export const SIX_THIRTY = /(?<![0-9])630(?![0-9])/;
/** "30 days": the risk-documentation deadline a popular asylum article invents. */
export const THIRTY = /(?<![0-9])30(?![0-9])/;
/** "18 or 19": the provincial ages of majority, which do not decide who is a minor for citizenship. */
const EIGHTEEN_OR_NINETEEN = /(?<![0-9])1[89](?![0-9])/;

const ADMIN_REQUESTS: ReadonlySet<string> = new Set(["verification-of-status", "document-replacement", "document-amendment"]);
const PR_CARD_OR_PORTAL: ReadonlySet<string> = new Set(["pr-card-new", "pr-confirmation"]);

export interface ProgramMythInput {
  readonly cues: ReadonlySet<string>;
  readonly ctx: ReadonlySet<string>;
  readonly rels: ReadonlySet<string>;
  readonly application: ApplicationId | null;
  readonly statusHits: readonly Hit[];
  readonly roleHits: readonly Hit[];
  /** The folded text (digits made ASCII). */
  readonly text: string;
}

/**
 * The fact sheet's remaining claims (PR card and PR Portal, administrative requests, minors'
 * citizenship, asylum): each needs its application or system and the claim's own words or figure, so
 * "how long does a PR card take after the photo?" or "how much is a minor's citizenship?" stay
 * ordinary questions.
 */
export function mythAboutPrograms(input: ProgramMythInput): string | null {
  const { cues, ctx, rels, application, statusHits, roleHits, text } = input;
  const photoAccepted = statusHits.some((h) => h.signal.id === "pr-portal-photo-accepted");
  const prCard = (application !== null && PR_CARD_OR_PORTAL.has(application)) || cues.has("myth-pr-card");
  if (ctx.has("cas") && cues.has("myth-card-steps")) return "casPrCardSteps";
  if ((cues.has("admin-request") || (application !== null && ADMIN_REQUESTS.has(application))) && cues.has("myth-other-department"))
    return "adminRequestsOtherDepartments";
  const citizenship = application?.startsWith("citizenship") === true || cues.has("citizenship-word");
  const minor = application === "citizenship-grant-minor" || cues.has("minor") || rels.has("child");
  if (citizenship && minor && SIX_THIRTY.test(text)) return "minorCitizenshipFee630";
  if (citizenship && cues.has("myth-by-province") && (cues.has("myth-majority") || EIGHTEEN_OR_NINETEEN.test(text)))
    return "citizenshipMinorUnder18";
  const portal = application === "pr-confirmation" || photoAccepted || cues.has("myth-pr-portal");
  // "Does my son need a separate account?" is an ordinary question; the claim is "each family member needs their own".
  if (portal && cues.has("myth-each-member") && cues.has("myth-own-account")) return "prPortalOneAccount";
  // The claim is about a first card after the photo; "I renewed a week after…" is not it.
  if ((photoAccepted || prCard) && application !== "pr-card-renewal" && cues.has("myth-one-week")) return "prCardOneWeek";
  const representative =
    cues.has("myth-representative") ||
    roleHits.some((h) => h.signal.id === "representative" || h.signal.id === "applicant-with-representative");
  if (portal && representative && (cues.has("myth-cannot-access") || cues.has("myth-cannot"))) return "prPortalRepresentatives";
  // "30 days after arrival" alone can be a date ("30 days after arrival I still have no letter"): the claim is a documents deadline.
  const riskDocuments = cues.has("myth-risk-docs") || (cues.has("myth-after-arrival") && cues.has("myth-documents"));
  if (application === "refugee-claim" && THIRTY.test(text) && riskDocuments) return "asylumRiskDocs30Days";
  return null;
}
