import type { CoreDeps } from "../core-deps.js";
import { createKnowledgeAnswers, type KnowledgeAnswers } from "./answer.js";
import { type CoreContext, createCoreContext } from "./context.js";
import { type CoreLocales, createCoreLocales } from "./locale-for.js";
import { type CoreReplies, createReplies } from "./replies.js";
import { type AnswerUnderstood, createAnswerUnderstood } from "./understood.js";

/** The pieces of one core that the text, command and action handlers share. */
export interface CoreParts {
  readonly ctx: CoreContext;
  readonly replies: CoreReplies;
  readonly answers: KnowledgeAnswers;
  readonly answerUnderstood: AnswerUnderstood;
  readonly locales: CoreLocales;
}

export function createCoreParts(deps: CoreDeps): CoreParts {
  const ctx = createCoreContext(deps);
  const replies = createReplies(ctx);
  const answers = createKnowledgeAnswers(ctx, replies);
  return { ctx, replies, answers, answerUnderstood: createAnswerUnderstood(ctx, replies, answers), locales: createCoreLocales(ctx) };
}
