import { encodeAction, MORE_FLAGS, type MoreAction } from "../actions.js";
import { composeAnswer } from "../answers/compose.js";
import type { Composed, Question } from "../answers/question.js";
import { applicationChoices, roleChoices, statusChoices } from "../dialogue/choices.js";
import type { ConversationState } from "../dialogue/conversation-state.js";
import { followChoice } from "../dialogue/follows.js";
import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import { makeReply } from "../make-reply.js";
import type { FollowTarget } from "../ptime/follow-figure.js";
import { followedLines } from "../ptime/follow-figure.js";
import type { BotReply, Choice } from "../reply.js";
import type { QuestionSignals } from "../rules/signals.js";
import type { ApplicationId } from "../taxonomy.js";
import type { CoreContext } from "./context.js";
import type { CoreReplies } from "./replies.js";

export interface AnsweredQuestion {
  readonly reply: BotReply;
  readonly pending: ConversationState["pending"];
}

/** Knowledge answers of one core: the answer or the question back for a missing slot, "More", and what to follow. */
export interface KnowledgeAnswers {
  /**
   * Answers a knowledge question or asks for the missing slot. In a chat (`short`) the answer is its
   * first view with one link and a "More" button; `ask` (no buttons to press) gets the whole answer.
   * `above` is text shown above the answer (a privacy warning): it takes its room from the first view.
   */
  answer(lang: Locale, question: Question, short?: boolean, above?: string | null): AnsweredQuestion;
  /**
   * What "More" shows: the whole answer with all its links and sources. Discord expands the message
   * in place; Telegram and the console show it below, so the first view's reader never loses the start.
   */
  more(lang: Locale, action: MoreAction, last: Question | null | undefined): BotReply;
  /** The country counts only for applications IRCC publishes per country; otherwise following ignores it. */
  followTarget(application: ApplicationId, country: string | null): FollowTarget;
}

export function createKnowledgeAnswers(ctx: CoreContext, replies: CoreReplies): KnowledgeAnswers {
  /** The "More" button under a short answer; its data carries the whole question. */
  const moreChoice = (question: Question, t: Translate): Choice => {
    const q = question as Question & QuestionSignals;
    return {
      label: t("kb:answer.more"),
      data: encodeAction({
        type: "more",
        intent: q.intent,
        application: q.application,
        role: q.role,
        status: q.status,
        country: q.country && /^[A-Z]{2}$/.test(q.country) ? q.country : null,
        flags: Object.fromEntries(MORE_FLAGS.map((f) => [f, q[f] ?? null])) as MoreAction["flags"],
        ...(q.myth ? { myth: q.myth } : {}),
      }),
    };
  };

  /**
   * One "More" button array per composed answer (answers are cached per question, and the button
   * encodes exactly the fields of that cache key), so adapters that lay out keyboards by array
   * identity (Telegram) do it once per answer, not once per request.
   */
  const moreChoices = new WeakMap<object, readonly Choice[]>();
  const moreChoicesFor = (composed: object, question: Question, t: Translate): readonly Choice[] => {
    let choices = moreChoices.get(composed);
    if (!choices) {
      choices = [moreChoice(question, t)];
      moreChoices.set(composed, choices);
    }
    return choices;
  };

  const followTarget = (application: ApplicationId, country: string | null): FollowTarget => {
    const code = country && /^[A-Z]{2}$/.test(country) ? country : null;
    const perCountry = code !== null && followedLines(ctx.knowledge(), { application, country: null }).some((l) => l.perCountry);
    return { application, country: perCountry ? code : null };
  };

  return {
    followTarget,
    answer(lang, question, short = true, above = null) {
      const t = ctx.t(lang);
      const reserve = above ? { lines: above.split("\n").length + 1, chars: [...above].length + 2 } : undefined;
      const composed = composeAnswer(ctx.knowledge(), question, t, { now: ctx.deps.clock.now(), lang }, reserve);
      if (composed.kind === "needs") {
        const choices =
          composed.slot === "application"
            ? applicationChoices(question.intent, t, { quebec: question.quebec })
            : composed.slot === "status"
              ? statusChoices(question.intent, t)
              : roleChoices(question.intent, t);
        const { intent, application, role, status } = question;
        return {
          pending: composed.slot,
          reply: makeReply(
            lang,
            t(`common:ask.${composed.slot}.${question.intent}`),
            { intent, application, role, status, needs: [composed.slot] },
            { choices },
          ),
        };
      }
      // Under a processing-time answer: a button to follow that published time (opt-in change alerts).
      const follow =
        question.intent === "timeline" && composed.application
          ? followChoice(ctx.deps, followTarget(composed.application, question.country), t)
          : null;
      const brief = short && composed.details !== "";
      const meta = answerMeta(question, composed);
      return {
        pending: null,
        reply: brief
          ? makeReply(lang, composed.firstView, meta, {
              links: composed.firstLinks,
              choices: [...moreChoicesFor(composed, question, t), ...(follow ? [follow] : [])],
              details: composed.details,
            })
          : makeReply(lang, composed.text, meta, { links: composed.links, ...(follow ? { choices: [follow] } : {}) }),
      };
    },
    more(lang, action, last) {
      const t = ctx.t(lang);
      const { flags, type: _type, ...slots } = action;
      // The button carries the question's ids, yes/no facts and the myth it corrects; the facts it has no
      // room for (a programme, which party of a sponsorship asks) come from the user's last question when
      // the button is under that answer.
      const same =
        last &&
        last.intent === slots.intent &&
        last.application === slots.application &&
        last.role === slots.role &&
        last.status === slots.status;
      const question = (same ? { ...last, ...slots, ...flags } : { ...slots, ...flags }) as Question;
      const composed = composeAnswer(ctx.knowledge(), question, t, { now: ctx.deps.clock.now(), lang });
      if (composed.kind === "needs") return replies.error(lang, "staleButton");
      return makeReply(lang, composed.text, answerMeta(question, composed), { links: composed.links });
    },
  };
}

/** What a composed answer says about itself (`ask --json`'s fields), for the first view and for "More" alike. */
function answerMeta(question: Question, composed: Extract<Composed, { kind: "answer" }>) {
  return {
    intent: question.intent,
    application: composed.application,
    role: composed.role,
    status: composed.status,
    systems: composed.systems,
    access: composed.access,
    sources: composed.sources,
  };
}
