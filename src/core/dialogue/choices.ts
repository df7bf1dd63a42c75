import { encodeAction } from "../actions.js";
import type { KnowledgeIntent } from "../answers/question.js";
import type { Translate } from "../i18n/translator.js";
import type { Choice } from "../reply.js";
import type { ApplicationId, RoleId, StatusId } from "../taxonomy.js";

/**
 * The choices offered when the bot asks back. A button list must stay short (Telegram keyboards,
 * Discord's 25-option select), so each slot offers the most asked-about values; the user can always
 * type anything else.
 */
const COMMON_APPLICATIONS: readonly ApplicationId[] = [
  "visitor-visa",
  "study-permit",
  "work-permit",
  "pr-express-entry",
  "sponsorship-spouse",
  "sponsorship-parents",
  "citizenship-grant-adult",
  "citizenship-certificate",
  "pr-card-renewal",
  "pr-card-new",
  "refugee-claim",
  "quebec-selection",
];

const COMMON_STATUSES: readonly StatusId[] = [
  "cas-decision-made",
  "cas-in-process",
  "tracker-in-progress",
  "tracker-waiting-on-you",
  "tracker-closed",
  "account-additional-documents",
  "cit-background",
  "aor",
];

const COMMON_ROLES: readonly RoleId[] = ["applicant", "sponsor", "family-member", "representative", "designated-individual", "payer", "employer"];

/** Quebec files split between Quebec's selection stage and IRCC's federal stage; offer those first. */
const QUEBEC_APPLICATIONS: readonly ApplicationId[] = ["quebec-selection", "pr-quebec-federal", "sponsorship-spouse", "sponsorship-parents"];

export function applicationChoices(intent: KnowledgeIntent, t: Translate, context: { quebec?: boolean | null } = {}): Choice[] {
  const list = context.quebec ? QUEBEC_APPLICATIONS : COMMON_APPLICATIONS;
  return list.map((value) => ({
    label: t(`kb:applications.${value}.name`),
    data: encodeAction({ type: "clarify", intent, slot: "application", value }),
  }));
}

export function statusChoices(intent: KnowledgeIntent, t: Translate): Choice[] {
  return COMMON_STATUSES.map((value) => ({
    label: t(`kb:statuses.${value}.name`),
    data: encodeAction({ type: "clarify", intent, slot: "status", value }),
  }));
}

export function roleChoices(intent: KnowledgeIntent, t: Translate): Choice[] {
  return COMMON_ROLES.map((value) => ({
    label: t(`kb:roles.${value}.name`),
    data: encodeAction({ type: "clarify", intent, slot: "role", value }),
  }));
}
