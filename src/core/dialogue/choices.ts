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

const COMMON_ROLES: readonly RoleId[] = [
  "applicant",
  "sponsor",
  "family-member",
  "representative",
  "designated-individual",
  "payer",
  "employer",
];

/** Quebec files split between Quebec's selection stage and IRCC's federal stage; offer those first. */
const QUEBEC_APPLICATIONS: readonly ApplicationId[] = [
  "quebec-selection",
  "pr-quebec-federal",
  "sponsorship-spouse",
  "sponsorship-parents",
];

/**
 * Choice lists depend only on the locale (one translate function per locale), the intent, the slot
 * and the Quebec flag, so each is built once: building one meant a dozen translations and action
 * encodings per clarifying question. The lists are frozen because every reply shares them.
 */
const built = new WeakMap<Translate, Map<string, readonly Choice[]>>();

function cached(t: Translate, key: string, build: () => Choice[]): readonly Choice[] {
  let byKey = built.get(t);
  if (!byKey) {
    byKey = new Map();
    built.set(t, byKey);
  }
  let list = byKey.get(key);
  if (!list) {
    list = Object.freeze(build().map((choice) => Object.freeze(choice)));
    byKey.set(key, list);
  }
  return list;
}

export function applicationChoices(intent: KnowledgeIntent, t: Translate, context: { quebec?: boolean | null } = {}): readonly Choice[] {
  const quebec = context.quebec === true;
  return cached(t, `a|${intent}|${quebec}`, () =>
    (quebec ? QUEBEC_APPLICATIONS : COMMON_APPLICATIONS).map((value) => ({
      label: t(`kb:applications.${value}.name`),
      data: encodeAction({ type: "clarify", intent, slot: "application", value }),
    })),
  );
}

export function statusChoices(intent: KnowledgeIntent, t: Translate): readonly Choice[] {
  return cached(t, `s|${intent}`, () =>
    COMMON_STATUSES.map((value) => ({
      label: t(`kb:statuses.${value}.name`),
      data: encodeAction({ type: "clarify", intent, slot: "status", value }),
    })),
  );
}

export function roleChoices(intent: KnowledgeIntent, t: Translate): readonly Choice[] {
  return cached(t, `r|${intent}`, () =>
    COMMON_ROLES.map((value) => ({
      label: t(`kb:roles.${value}.name`),
      data: encodeAction({ type: "clarify", intent, slot: "role", value }),
    })),
  );
}
