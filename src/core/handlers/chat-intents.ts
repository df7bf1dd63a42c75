import { encodeAction } from "../actions.js";
import type { Question } from "../answers/question.js";
import { emptyQuestion } from "../dialogue/question-for.js";
import { handleReminderIntent } from "../dialogue/reminders.js";
import { type Locale, SUPPORTED_LOCALES, toLocale } from "../i18n/locales.js";
import { isKnowledgeIntent, isReminderIntent } from "../intents.js";
import { makeReply } from "../make-reply.js";
import type { Understanding } from "../nlu/understanding.js";
import type { BotReply } from "../reply.js";
import type { BotRequest } from "../request.js";
import type { IntentId } from "../taxonomy.js";
import type { CoreParts } from "./parts.js";

export interface IntentInput {
  /** Free text of the message or the command's arguments, sanitized. */
  readonly text: string;
  readonly understanding: Understanding | null;
  /** Typed options (Discord slash commands). */
  readonly options?: Readonly<Record<string, string>>;
}

/** Answers a knowledge question and remembers it for follow-ups. */
export function answerAndRemember(core: CoreParts, request: BotRequest, lang: Locale, question: Question): BotReply {
  const { reply, pending } = core.answers.answer(lang, question);
  core.ctx.states.set(request.userId, { question, pending, forgetPending: false, lang, at: core.ctx.now() });
  return reply;
}

/** Runs any intent: knowledge intents are answered, chat intents do what they say (language, deletion, reminders). */
export function runIntent(core: CoreParts, request: BotRequest, intent: IntentId, lang: Locale, input: IntentInput): MaybeReply {
  const { ctx, replies } = core;
  if (isKnowledgeIntent(intent)) return answerAndRemember(core, request, lang, emptyQuestion(intent));
  if (isReminderIntent(intent)) {
    if (!request.isPrivate) return replies.error(lang, "privateOnly");
    return handleReminderIntent({
      intent,
      request,
      lang,
      t: ctx.t(lang),
      text: input.text,
      options: input.options ?? {},
      understanding: input.understanding,
      deps: ctx.deps,
      pending: ctx.pendingSchedules,
    });
  }
  switch (intent) {
    case "language":
      // "/language uk", "/language Українська": a code or a language name.
      return languageReply(
        core,
        request,
        lang,
        input.understanding?.targetLocale ?? toLocale(input.options?.language) ?? toLocale(input.text.trim()) ?? null,
      );
    case "forget":
      if (!request.isPrivate) return replies.error(lang, "privateOnly");
      ctx.states.set(request.userId, { question: null, pending: null, forgetPending: true, lang, at: ctx.now() });
      return replies.forgetConfirm(lang);
    case "out-of-scope":
      return replies.outOfScope(lang);
    default:
      return replies.help(lang);
  }
}
type MaybeReply = BotReply | Promise<BotReply>;

/**
 * The language choice. In a private chat it is the user's; in a group it is the group's, changed
 * only by someone the adapter found may manage the chat (`canManageChat`), and everyone sees it.
 */
export async function languageReply(core: CoreParts, request: BotRequest, lang: Locale, target: Locale | null): Promise<BotReply> {
  const { ctx, replies } = core;
  if (!target) {
    return makeReply(
      lang,
      ctx.t(lang)("common:language.choose"),
      { intent: "language", needs: ["language"] },
      {
        choices: SUPPORTED_LOCALES.map((locale) => ({
          label: ctx.t(locale)("common:language.name"),
          data: encodeAction({ type: "language", locale }),
        })),
      },
    );
  }
  if (!request.isPrivate) {
    if (!request.canManageChat) return replies.error(lang, "adminOnly");
    await ctx.deps.store.setLanguage(request.chatId, target);
  } else {
    await ctx.deps.store.setLanguage(request.userId, target);
  }
  const t = ctx.t(target);
  return makeReply(
    target,
    t(request.isPrivate ? "common:language.changed" : "common:language.groupChanged", { language: t("common:language.name") }),
    { intent: "language" },
    { personal: request.isPrivate },
  );
}
