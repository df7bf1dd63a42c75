import type { Translate } from "../i18n/translator.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import { mergeProvenance } from "../rules/provenance.js";
import type { AccessAnswer } from "../rules/who-may-access.js";
import type { Link } from "../reply.js";
import type { Block } from "./first-view.js";
import { type Body, footer, hedge } from "./format.js";
import type { Question } from "./question.js";

/** Official pages linked from answers that are tools rather than facts. */
const IMM5476_URL = "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/imm5476.html";
const IMM5475_URL = "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/imm5475.html";

/** Who may see an application: the answer, why, and the legitimate route with its form. */
export function accessBody(kb: KnowledgeBase, answer: AccessAnswer, question: Question, t: Translate): Body {
  const about: string[] = [];
  if (question.role) about.push(t(`kb:roles.${question.role}.name`));
  if (answer.application) about.push(t(`kb:applications.${answer.application}.name`));
  const head = t(`kb:access.${answer.access}.answer`);
  const parts: string[] = [about.length > 0 ? t("kb:answer.accessAbout", { answer: head, about: about.join(" · ") }) : head];
  parts.push(hedge(t(`kb:accessReasons.${answer.reason}`), answer.unverified, t));
  if (answer.instead) parts.push(t("kb:answer.instead", { text: t(`kb:accessInstead.${answer.instead}`) }));
  // The answer and the legitimate route when there is one always show; why is cut to fit between them.
  const blocks: Block[] = parts.map((text, i) => (i === 1 ? { text, place: "first", cut: true } : { text, place: "answer" }));
  parts.push(footer(answer, t));
  blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  // Each "instead" route links the form it names: IMM 5475 to receive information, IMM 5476 to act as representative.
  const links: Link[] = answer.instead ? formLinks(answer.instead, t) : [];
  if (answer.application && answer.access !== "no") {
    const first = kb.applications[answer.application].track[0]?.system;
    if (first && first !== "none") links.push({ label: t(`kb:systems.${first}.name`), url: kb.systems[first].url });
  }
  return { text: parts.join("\n\n"), blocks, systems: [], access: answer.access, links, provenance: answer };
}

/** The form each "instead" text names: IMM 5475 to receive information, IMM 5476 to act as representative. */
function formLinks(instead: string, t: Translate): Link[] {
  const imm5475 = { label: t("kb:links.imm5475"), url: IMM5475_URL };
  const imm5476 = { label: t("kb:links.imm5476"), url: IMM5476_URL };
  switch (instead) {
    case "authorizeForms":
      return [imm5475, imm5476];
    case "otherPartConsent":
    case "askPrincipal":
    case "askApplicant":
      return [imm5475];
    default:
      // "Your client signs in to their own account" names no form: no form link.
      return [];
  }
}

/**
 * Someone else's password, GCKey, sign-in partner or account login: always the never-share answer
 * and the legitimate route (IMM 5476 for a representative, IMM 5475 for anyone else, each person's
 * own account), whatever the intent, role or application the rest of the message suggests.
 */
export function credentialBody(kb: KnowledgeBase, question: Question, t: Translate): Body {
  const rule = kb.files.access.credentialSharing;
  const provenance = mergeProvenance([rule]);
  const about: string[] = [];
  if (question.role) about.push(t(`kb:roles.${question.role}.name`));
  if (question.application) about.push(t(`kb:applications.${question.application}.name`));
  const head = t("kb:credential.answer");
  const parts = [
    about.length > 0 ? t("kb:answer.accessAbout", { answer: head, about: about.join(" · ") }) : head,
    t(`kb:accessReasons.${rule.reason}`),
    t("kb:credential.route"),
    footer(provenance, t),
  ];
  // The first view is the never-share answer and the whole legitimate route with both forms' links
  // (safety first: nothing of it may be cut); why, and the sources, are behind More.
  const blocks: Block[] = [
    { text: parts[0] ?? "", place: "answer" },
    { text: parts[2] ?? "", place: "answer" },
    { text: parts[1] ?? "", place: "details" },
    { text: parts[3] ?? "", place: "details" },
  ];
  // Both forms stay in the first view: the route names both, and which one applies depends on who asks.
  return { text: parts.join("\n\n"), blocks, systems: [], access: "no", links: formLinks("authorizeForms", t), firstLinks: 2, provenance };
}
