import type { KnowledgeIntent, Question } from "../answers/question.js";
import { isKnowledgeIntent } from "../intents.js";
import type { Understanding } from "../nlu/understanding.js";
import { APPLICATION_IDS, type ApplicationId, ROLE_IDS, type RoleId, STATUS_IDS, type StatusId } from "../taxonomy.js";
import type { ConversationState } from "./conversation-state.js";

/** Follow-up merging: how one message continues the question before it ("and for my parents?", a clarification answer). */

const SPONSORSHIP_BY_RELATION: Readonly<Record<string, ApplicationId>> = {
  spouse: "sponsorship-spouse",
  child: "sponsorship-dependent-child",
  parent: "sponsorship-parents",
  other: "sponsorship-other-relative",
};

export const emptyQuestion = (intent: KnowledgeIntent): Question => ({
  intent,
  application: null,
  role: null,
  status: null,
  country: null,
  quebec: null,
  insideCanada: null,
});

/** Builds the question for this message, continuing the previous one for follow-ups and clarifications. */
export function questionFor(understood: Understanding, previous: ConversationState | undefined): Question | null {
  let u = understood;
  const prevQ = previous?.question ?? null;
  const pick = <T>(now: T | null, before: T | null | undefined): T | null => now ?? before ?? null;
  // "And for my parents?" after a sponsorship: the relative names the sponsorship, not an outside relative asking.
  const sponsorshipFor =
    prevQ?.application?.startsWith("sponsorship-") && !u.application && u.relation ? SPONSORSHIP_BY_RELATION[u.relation] : undefined;
  if (sponsorshipFor) u = { ...u, application: sponsorshipFor, role: u.role === "family-member" ? null : u.role };
  // "and from India?" right after an answer only adds a country: an intent the trained model guessed
  // for those few words (the lexicon read none) must not start a new question.
  if (prevQ && u.intent !== null && (u.confidence ?? 1) < 1 && !u.application && !u.status && (u.country || u.relation || u.role)) {
    u = { ...u, intent: prevQ.intent, followUp: true };
  }
  if (isKnowledgeIntent(u.intent) && (!u.followUp || !prevQ)) {
    // A fresh question; a clarification answer that the NLU read as a new question of the same intent keeps the old
    // slots, and so does a question that names nothing ("how long?", "who can see it?" right after an answer).
    const bare = !u.application && !u.role && !u.status && !u.country && u.quebec === null && u.insideCanada === null;
    const continuing = prevQ && ((previous?.pending && prevQ.intent === u.intent) || (bare && !u.signals?.credentialSharing));
    return {
      ...(u.signals ?? {}),
      intent: u.intent,
      application: pick(u.application, continuing ? prevQ.application : null),
      role: pick(u.role, continuing ? prevQ.role : null),
      status: pick(u.status, continuing && prevQ.intent === u.intent ? prevQ.status : null),
      country: pick(u.country, continuing ? prevQ.country : null),
      quebec: pick(u.quebec, continuing ? prevQ.quebec : null),
      insideCanada: pick(u.insideCanada, continuing ? prevQ.insideCanada : null),
    };
  }
  if (!prevQ) return null;
  const hasSlot = u.application || u.role || u.status || u.country || u.quebec !== null || u.insideCanada !== null;
  if (!hasSlot && !isKnowledgeIntent(u.intent)) return null;
  if (u.intent !== null && !isKnowledgeIntent(u.intent)) return null;
  // Signals describe one message ("he gave me his password"); a follow-up carries only its own.
  const {
    credentialSharing: _c,
    authorizationForm: _a,
    otherPart: _o,
    ownPart: _p,
    irbReferral: _i,
    sponsorshipParty: _s,
    myth: _m,
    ...carried
  } = prevQ;
  return {
    ...carried,
    ...(u.signals ?? {}),
    intent: isKnowledgeIntent(u.intent) ? u.intent : prevQ.intent,
    application: pick(u.application, prevQ.application),
    role: pick(u.role, prevQ.role),
    status: pick(u.status, prevQ.status),
    country: pick(u.country, prevQ.country),
    quebec: pick(u.quebec, prevQ.quebec),
    insideCanada: pick(u.insideCanada, prevQ.insideCanada),
  };
}

/** The question a command asks, from its typed options and the words after it. */
export function commandQuestion(intent: KnowledgeIntent, u: Understanding | null, options: Readonly<Record<string, string>>): Question {
  return validateQuestion({
    ...emptyQuestion(intent),
    ...(u?.signals ?? {}),
    // "/track can my consultant use my password": the safety rule answers, whatever the command.
    ...(u?.signals?.credentialSharing === true ? { intent: "access" as const } : {}),
    application: (options.application as ApplicationId | undefined) ?? u?.application ?? null,
    role: (options.role as RoleId | undefined) ?? u?.role ?? null,
    status: (options.status as StatusId | undefined) ?? u?.status ?? null,
    country: options.country?.toUpperCase().slice(0, 2) ?? u?.country ?? null,
    quebec: u?.quebec ?? null,
    insideCanada: u?.insideCanada ?? null,
  });
}

export function validateQuestion(question: Question): Question {
  // Options typed on Discord are ids from autocomplete, but a user can type anything: drop unknown ids.
  return {
    ...question,
    application: question.application && isApplicationId(question.application) ? question.application : null,
    role: question.role && isRoleId(question.role) ? question.role : null,
    status: question.status && isStatusId(question.status) ? question.status : null,
    country: question.country && /^[A-Z]{2}$/.test(question.country) ? question.country : null,
  };
}

const APPLICATION_SET: ReadonlySet<string> = new Set(APPLICATION_IDS);
const ROLE_SET: ReadonlySet<string> = new Set(ROLE_IDS);
const STATUS_SET: ReadonlySet<string> = new Set(STATUS_IDS);
export const isApplicationId = (v: string): v is ApplicationId => APPLICATION_SET.has(v);
const isRoleId = (v: string): v is RoleId => ROLE_SET.has(v);
const isStatusId = (v: string): v is StatusId => STATUS_SET.has(v);
