import type { Translate } from "../i18n/translator.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import type { Composed, Question } from "./question.js";

/**
 * Composes the localized answer to one knowledge question from the rules engine's result.
 * Pure and synchronous: it runs on every question of `ask --stdin`.
 */
export function composeAnswer(_kb: KnowledgeBase, question: Question, _t: Translate): Composed {
  if (!question.application) return { kind: "needs", slot: "application" };
  return { kind: "needs", slot: "application" };
}
