import type { QuestionSignals } from "../rules/signals.js";
import type { ApplicationId, IntentId, RoleId } from "../taxonomy.js";
import type { Hit } from "./compile-lexicon.js";
import { isChatIntent } from "./choose-intent.js";
import { SELF_ROLES } from "./hit-scanner.js";
import { FORTY_FIVE, mythAboutPrograms, mythAboutSystems } from "./myths.js";
import type { HitReadings } from "./read-hits.js";
import type { WordTables } from "./word-tables.js";

export interface SignalInput {
  readonly readings: HitReadings;
  readonly application: ApplicationId | null;
  readonly role: RoleId | null;
  readonly statedRole: Hit | undefined;
  readonly intent: IntentId | null;
  /** A password, GCKey or login named as such (see understand.ts). */
  readonly credentialWord: boolean;
  /** Looks for another person in the text as written, before a typed password was redacted. */
  readonly otherPersonInRawText: () => boolean;
  readonly folded: string;
  /** The folded text after typo correction and stemming. */
  readonly joined: string;
  readonly words: Pick<WordTables, "oneToTwo" | "twoToFour">;
}

export interface SignalOutput {
  readonly signals: QuestionSignals;
  readonly intent: IntentId | null;
  readonly role: RoleId | null;
  readonly application: ApplicationId | null;
}

/**
 * The facts the answer rules read (credential sharing, which part of a split file, IRB referral,
 * programme, authorization form, a myth to correct); the safety rule and myths may change the intent.
 */
/**
 * A password in a question of who may see a file is about handing it over, whatever words say so
 * ("momken a3ti el password l akhoya?", "password bedam be vakilam?"): never leave it to the wording. A
 * question with no intent read yet counts as one. A popular claim about logins ("the tracker uses my GCKey
 * credentials") gets its correction instead. The hybrid understander asks the same when the model is what
 * read "access".
 */
export function credentialWordMeansSharing(credentialWord: boolean, intent: IntentId | null, myth: unknown): boolean {
  return credentialWord && !myth && (intent === "access" || intent === null);
}

export function readQuestionSignals(input: SignalInput): SignalOutput {
  const { readings, statedRole, credentialWord, folded } = input;
  const { cues, ctx, rels, roleHits, statusHits, scores } = readings;
  let { intent, role, application } = input;
  const signals: { -readonly [K in keyof QuestionSignals]: QuestionSignals[K] } = {};
  const credential = credentialWord || (cues.has("gckey") && cues.has("third-party"));
  // Another person in the message: a relative, a role that is not the asker's own file (consultant,
  // employer, school…), "someone", "a friend", a pronoun, or a verb of handing over.
  const otherPerson =
    cues.has("share-verb") ||
    cues.has("third-party") ||
    cues.has("other-person") ||
    rels.size > 0 ||
    roleHits.some((h) => !SELF_ROLES.has(h.signal.id as RoleId)) ||
    input.otherPersonInRawText();
  if (
    (credential && (cues.has("share-verb") || cues.has("third-party") || (role !== null && role !== "applicant"))) ||
    (credentialWord && otherPerson)
  ) {
    signals.credentialSharing = true;
    // Whatever else the message asks (a tracker, a time, a menu), the answer is the never-share one.
    intent = "access";
  }
  // "Can my wife see our spousal sponsorship?": a spouse in a spousal sponsorship is its sponsor or its
  // sponsored person, never an outside relative; each follows their own part.
  if (
    !signals.credentialSharing &&
    application === "sponsorship-spouse" &&
    rels.has("spouse") &&
    role === "family-member" &&
    (statedRole === undefined || statedRole.signal.weight < 3)
  ) {
    signals.sponsorshipParty = true;
    role = null;
  }
  // "The sponsor part" is the asker's own part when the asker is the sponsor, the other party's otherwise.
  const sponsorPart = cues.has("sponsor-part");
  if (cues.has("other-part") || (sponsorPart && role !== "sponsor")) signals.otherPart = true;
  else if (cues.has("own-part") || sponsorPart) signals.ownPart = true;
  // "Not referred yet" is a fact too: the claim is still with IRCC, so the IRB's portal is not for now.
  if (cues.has("irb-negated") || (cues.has("irb") && readings.irbNegated)) signals.irbReferral = false;
  else if (cues.has("irb")) signals.irbReferral = true;
  for (const cue of cues) if (cue.startsWith("programme:")) signals.programme ??= cue.slice("programme:".length);
  // Caregiver, Atlantic, start-up visa…, named without an application type: they are programs of other economic PR.
  if (signals.programme && application === null) application = "pr-economic-other";
  if (cues.has("form-missing")) signals.authorizationForm = false;
  else if (cues.has("form-present")) signals.authorizationForm = true;

  // Claims popular articles get wrong (data/myths.json): the reply corrects them first.
  if (
    (application === "pr-card-renewal" || application === "pr-card-new") &&
    cues.has("renewal") &&
    (cues.has("comparison") || cues.has("first-card"))
  ) {
    signals.myth = "prCardRenewalNotFaster";
  } else if (application === "refugee-claim" && FORTY_FIVE.test(folded)) {
    signals.myth = "boc15Days";
  } else {
    const myth = mythAboutSystems(cues, ctx, application, statusHits, input.joined, (scores.get("timeline") ?? 0) > 0, input.words);
    if (myth !== null) signals.myth = myth;
    else {
      const more = mythAboutPrograms({ cues, ctx, rels, application, statusHits, roleHits, text: folded });
      if (more !== null) signals.myth = more;
    }
  }
  if (!signals.credentialSharing && credentialWordMeansSharing(credentialWord, intent, signals.myth)) {
    signals.credentialSharing = true;
    intent = "access";
  }
  if (signals.myth && !signals.credentialSharing && (intent === null || !isChatIntent(intent))) intent = "timeline";
  return { signals, intent, role, application };
}
