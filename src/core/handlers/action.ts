import { type Action, decodeAction } from "../actions.js";
import type { Question } from "../answers/question.js";
import { handleFollow } from "../dialogue/follows.js";
import { emptyQuestion } from "../dialogue/question-for.js";
import { handleReminderIntent } from "../dialogue/reminders.js";
import type { Locale } from "../i18n/locales.js";
import { isKnowledgeIntent } from "../intents.js";
import { makeReply } from "../make-reply.js";
import type { BotReply } from "../reply.js";
import type { BotRequest } from "../request.js";
import { answerAndRemember, languageReply, runIntent } from "./chat-intents.js";
import type { CoreParts } from "./parts.js";

type ActionRequest = BotRequest & { kind: "action" };

/** A button press: the button's data is decoded (forged or stale data gets a localized "this button no longer works"). */
export function handleAction(core: CoreParts, request: ActionRequest, stored: Locale | undefined): BotReply | Promise<BotReply> {
  const { ctx, replies } = core;
  const lang = stored ?? core.locales.hinted(request.localeHints);
  const action: Action | undefined = decodeAction(request.data);
  if (!action) return replies.error(lang, "badButton");
  const now = ctx.now();
  const previousQuestion = (): Question | null | undefined => ctx.states.get(request.userId, now)?.question;
  switch (action.type) {
    case "intent":
      return runIntent(core, request, action.intent, lang, { text: "", understanding: null });
    case "reread": {
      if (!isKnowledgeIntent(action.intent)) return replies.error(lang, "badButton");
      const previous = previousQuestion();
      return answerAndRemember(core, request, lang, previous ? { ...previous, intent: action.intent } : emptyQuestion(action.intent));
    }
    case "clarify": {
      if (!isKnowledgeIntent(action.intent)) return replies.error(lang, "badButton");
      const previous = previousQuestion();
      const base = previous?.intent === action.intent ? previous : emptyQuestion(action.intent);
      // A button never overrides the safety rule: a choice pressed after a credential question keeps it.
      const credential = previous?.credentialSharing === true ? { credentialSharing: true, intent: "access" as const } : {};
      return answerAndRemember(core, request, lang, { ...base, ...credential, [action.slot]: action.value });
    }
    case "language":
      return languageReply(core, request, lang, action.locale);
    case "forget":
      return forget(core, request, lang, action.confirm);
    case "follow":
      if (!request.isPrivate) return replies.error(lang, "privateOnly");
      return handleFollow({
        op: action.op,
        userId: request.userId,
        lang,
        t: ctx.t(lang),
        target: core.answers.followTarget(action.application, action.country),
        deps: ctx.deps,
      });
    case "more":
      return core.answers.more(lang, action, previousQuestion());
    case "reminder":
    case "schedule":
      if (!request.isPrivate) return replies.error(lang, "privateOnly");
      return handleReminderIntent({
        intent: "reminder-action",
        request,
        lang,
        t: ctx.t(lang),
        text: "",
        options: action.type === "reminder" ? { op: action.op, reminderId: action.reminderId } : {},
        understanding: null,
        deps: ctx.deps,
        ...(action.type === "schedule" ? { scheduleAction: action, pending: ctx.pendingSchedules } : {}),
      });
  }
}

/** "Delete everything I stored?" Yes deletes only when the question is still open; the reply is in the platform's language (the choice is gone). */
function forget(core: CoreParts, request: ActionRequest, lang: Locale, confirm: boolean): BotReply | Promise<BotReply> {
  const { ctx, replies } = core;
  const previous = ctx.states.get(request.userId, ctx.now());
  if (!request.isPrivate) return replies.error(lang, "privateOnly");
  if (!confirm) {
    ctx.states.delete(request.userId);
    return makeReply(lang, ctx.t(lang)("common:forget.cancelled"), { intent: "forget" }, { personal: true });
  }
  if (!previous?.forgetPending) return replies.error(lang, "staleButton");
  return Promise.resolve(ctx.deps.store.deleteUser(request.userId)).then(() => {
    ctx.states.delete(request.userId);
    const fallback = core.locales.hinted(request.localeHints);
    return makeReply(fallback, ctx.t(fallback)("common:forget.done"), { intent: "forget" }, { personal: true });
  });
}
