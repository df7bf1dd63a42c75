// Canonical ids from the outside contract (shared/spec/taxonomy.json). Ids may be added, never renamed;
// test/core/taxonomy.test.ts checks this copy against the contract when the shared folder is present.

export const SYSTEM_IDS = [
  "ircc-tracker",
  "citizenship-tracker",
  "cas",
  "ircc-account",
  "pr-portal",
  "ircc-portal",
  "eta-status",
  "quebec-arrima",
  "irb-my-case",
  "none",
] as const;
export type SystemId = (typeof SYSTEM_IDS)[number];

export const APPLICATION_IDS = [
  "pr-express-entry",
  "pr-pnp",
  "pr-economic-other",
  "pr-quebec-federal",
  "quebec-selection",
  "sponsorship-spouse",
  "sponsorship-dependent-child",
  "sponsorship-parents",
  "sponsorship-other-relative",
  "pr-humanitarian",
  "pr-protected-person",
  "refugee-claim",
  "pr-confirmation",
  "pr-card-new",
  "pr-card-renewal",
  "prtd",
  "citizenship-grant-adult",
  "citizenship-grant-minor",
  "citizenship-certificate",
  "citizenship-adoption",
  "citizenship-renunciation",
  "citizenship-resumption",
  "citizenship-search",
  "citizenship-caf",
  "visitor-visa",
  "visitor-record",
  "study-permit",
  "study-permit-extension",
  "work-permit",
  "work-permit-extension",
  "eta",
  "verification-of-status",
  "document-replacement",
  "document-amendment",
] as const;
export type ApplicationId = (typeof APPLICATION_IDS)[number];

export const ROLE_IDS = [
  "applicant",
  "sponsor",
  "dependant",
  "payer",
  "family-member",
  "parent-of-minor",
  "representative",
  "designated-individual",
  "employer",
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const ACCESS_IDS = ["yes", "partial", "with-authorization", "no"] as const;
export type AccessId = (typeof ACCESS_IDS)[number];

export const INTENT_IDS = [
  "trackable",
  "access",
  "timeline",
  "status-meaning",
  "reminder-set",
  "reminder-list",
  "reminder-cancel",
  "language",
  "forget",
  "help",
  "out-of-scope",
] as const;
export type IntentId = (typeof INTENT_IDS)[number];

export const STATUS_IDS = [
  "cas-application-received",
  "cas-in-process",
  "cas-decision-made",
  "cas-medical-results-received",
  "cas-not-found",
  "tracker-received",
  "tracker-in-progress",
  "tracker-closed",
  "tracker-not-started",
  "tracker-waiting-on-you",
  "tracker-completed",
  "tracker-exempted",
  "cit-language",
  "cit-background",
  "cit-physical-presence",
  "cit-prohibitions",
  "cit-test",
  "cit-oath",
  "account-open",
  "account-closed",
  "account-cancelled",
  "account-eligibility-review",
  "account-medical-passed",
  "account-additional-documents",
  "account-interview",
  "account-biometrics",
  "account-background-check",
  "account-final-decision",
  "aor",
  "copr",
  "pr-portal-photo-accepted",
] as const;
export type StatusId = (typeof STATUS_IDS)[number];
