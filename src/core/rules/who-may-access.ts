import type { ApplicationGroup } from "../knowledge/schema.js";
import type { AccessRule, KnowledgeBase } from "../knowledge/types.js";
import type { AccessId, ApplicationId, RoleId } from "../taxonomy.js";
import { mergeProvenance, type Provenance } from "./provenance.js";
import { needs, ok, type RuleResult } from "./result.js";
import type { QuestionSignals } from "./signals.js";

export interface AccessQuery extends QuestionSignals {
  readonly application: ApplicationId | null;
  readonly role: RoleId | null;
}

export interface AccessAnswer extends Provenance {
  readonly access: AccessId;
  /** kb:accessReasons.<reason> */
  readonly reason: string;
  /** kb:accessInstead.<instead>, null for a plain yes. */
  readonly instead: string | null;
  readonly application: ApplicationId | null;
  /** The role the rule was applied for ("applicant" when the text gave none). */
  readonly appliedRole: RoleId;
  /** True when the role was not stated and "applicant" was assumed: never report it as the asker's role. */
  readonly roleDefaulted: boolean;
}

const answer = (rule: AccessRule, query: AccessQuery, appliedRole: RoleId): AccessAnswer => ({
  access: rule.access,
  reason: rule.reason,
  instead: rule.instead,
  application: query.application,
  appliedRole,
  roleDefaulted: query.role === null,
  ...mergeProvenance([rule]),
});

/**
 * Who may see an application's status. Using someone else's credentials is always "no"; otherwise the
 * role's rule applies, most specific first: no form on file → that application → the other party's part
 * of a split file → the asker's own part of it (unless they also ask for the other part) → the application's
 * group → the role's default. The role defaults to the applicant
 * when the text names none. Roles whose answer never depends on the application (employer, payer…) are
 * answered before the application is known; the others ask for it.
 */
export function whoMayAccess(kb: KnowledgeBase, query: AccessQuery): RuleResult<AccessAnswer> {
  const role: RoleId = query.role ?? "applicant";
  if (query.credentialSharing === true) return ok(answer(kb.files.access.credentialSharing, query, role));
  if (query.sponsorshipParty === true && query.application && kb.applications[query.application].group === "sponsorship-family") {
    return ok(answer(kb.files.access.sponsorshipParty, query, role));
  }
  const rules = kb.files.access.roles[role];
  if (query.authorizationForm === false && rules.withoutForm) return ok(answer(rules.withoutForm, query, role));
  if (!query.application) {
    if (query.role !== null && rules.applicationIndependent) return ok(answer(rules.default, query, role));
    return needs("application");
  }
  const group: ApplicationGroup = kb.applications[query.application].group;
  const rule =
    rules.applications?.[query.application] ??
    (query.otherPart === true ? rules.otherPart?.[group] : undefined) ??
    (query.ownPart === true && query.otherPart !== true ? rules.ownPart?.[group] : undefined) ??
    rules.groups?.[group] ??
    rules.default;
  return ok(answer(rule, query, role));
}
