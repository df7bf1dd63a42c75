/**
 * Extra facts read from the user's text that change a rule's outcome without being slots of their own.
 * They are optional: a question without them gets the general rule. The understander sets them when the
 * text shows them (e.g. "he gave me his GCKey password" → credentialSharing).
 */
export interface QuestionSignals {
  /** Someone uses, or plans to use, another person's sign-in credentials. Always answered "no". */
  readonly credentialSharing?: boolean | null;
  /** false when the text shows a representative / designated person has NO IMM 5476 / IMM 5475 on file. */
  readonly authorizationForm?: boolean | null;
  /** The asker wants the other party's part of a split file (a sponsored person asking for the sponsor's part). */
  readonly otherPart?: boolean | null;
  /** The asker asks only about their own part of a split file (a sponsor asking for the sponsorship part). */
  readonly ownPart?: boolean | null;
  /** A refugee claim has been referred to the IRB (the hearing stage). */
  readonly irbReferral?: boolean | null;
  /** A spouse asking about a spousal sponsorship: one of its two parties (sponsor or sponsored), not an outside relative. */
  readonly sponsorshipParty?: boolean | null;
  /**
   * A program inside the application type ("caregiver" within other economic PR), as a
   * kb:timeline.variants id. Its processing time is the only one given; other programs' figures never are.
   */
  readonly programme?: string | null;
  /** The question repeats a claim popular articles get wrong (data/myths.json id): the reply corrects it first. */
  readonly myth?: string | null;
}
