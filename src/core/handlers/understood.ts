import { encodeAction } from "../actions.js";
import type { Question } from "../answers/question.js";
import type { ConversationState } from "../dialogue/conversation-state.js";
import { questionFor } from "../dialogue/question-for.js";
import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import { isKnowledgeIntent } from "../intents.js";
import { makeReply } from "../make-reply.js";
import type { Understanding } from "../nlu/understanding.js";
import type { BotReply } from "../reply.js";
import type { KnowledgeAnswers } from "./answer.js";
import type { CoreContext } from "./context.js";
import type { CoreReplies } from "./replies.js";

export interface UnderstoodAnswer {
  readonly reply: BotReply;
  readonly question: Question | null;
  readonly pending: ConversationState["pending"];
}

/** Stateless understanding + answer, shared by `ask` and the chat path (which passes the previous state). */
export type AnswerUnderstood = (
  u: Understanding,
  lang: Locale,
  previous: ConversationState | undefined,
  short?: boolean,
) => UnderstoodAnswer;

export function createAnswerUnderstood(ctx: CoreContext, replies: CoreReplies, answers: KnowledgeAnswers): AnswerUnderstood {
  /**
   * The understander was unsure between readings ("CAS for my PR card, how long?" — where, or how
   * long?): instead of guessing, ask, with one button per reading. Pressing one answers the same
   * question as if it had been asked unambiguously.
   */
  const askBetweenReadings = (lang: Locale, question: Question, u: Understanding): BotReply | null => {
    // The credential rule is above every other: its answer is never traded for a choice between readings.
    if (question.credentialSharing === true) return null;
    const others = (u.alternatives ?? []).filter((i) => isKnowledgeIntent(i) && i !== question.intent);
    if (others.length === 0) return null;
    const t = ctx.t(lang);
    const readings = [question.intent, ...others].slice(0, 3);
    const { intent, application, role, status } = question;
    return makeReply(
      lang,
      t("common:ask.intent"),
      { intent, application, role, status, needs: ["intent"], alternatives: readings.slice(1).map((i) => ({ intent: i })) },
      { choices: readings.map((i) => ({ label: t(`common:intents.${i}`), data: encodeAction({ type: "reread", intent: i }) })) },
    );
  };

  /** A long post's second question ("…and how long will it take?") is offered as a button under the answer to the first. */
  const withSecondQuestion = (r: BotReply, u: Understanding, t: Translate): BotReply =>
    !u.secondary || !isKnowledgeIntent(u.secondary) || r.answer.needs.length > 0
      ? r
      : {
          ...r,
          choices: [
            ...r.choices,
            { label: t(`common:intents.${u.secondary}`), data: encodeAction({ type: "reread", intent: u.secondary }) },
          ],
        };

  return (u, lang, previous, short = true) => {
    const t = ctx.t(lang);
    const question = questionFor(u, previous);
    if (question) {
      const asked = askBetweenReadings(lang, question, u);
      if (asked) return { reply: replies.withPrivacyWarning(asked, u, t), question, pending: null };
      const { reply: r, pending } = answers.answer(lang, question, short, replies.privacyWarning(u, t));
      return { reply: replies.withPrivacyWarning(withSecondQuestion(r, u, t), u, t), question, pending };
    }
    let r: BotReply;
    if (u.intent === "out-of-scope") r = replies.outOfScope(lang);
    else if (u.intent === "help" || u.intent === null) {
      const help = replies.help(lang);
      r = u.smallTalk
        ? makeReply(lang, t(`common:smallTalk.${u.smallTalk}`), { intent: "help" })
        : u.intent === null
          ? // Not understood: say so, show what the bot answers, and report it as outside what it can do.
            {
              ...help,
              text: `${t("common:notUnderstood")}\n\n${t("common:help.examples")}`,
              answer: { ...help.answer, intent: "out-of-scope" },
            }
          : help;
    } else r = makeReply(lang, t(`common:chatOnly.${u.intent}`), { intent: u.intent });
    return { reply: replies.withPrivacyWarning(r, u, t), question: null, pending: null };
  };
}
