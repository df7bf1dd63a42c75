import type { Api } from "grammy";
import type { InlineQuery, InlineQueryResultArticle } from "grammy/types";
import type { BotCore } from "../../core/bot-core.js";
import { botLink } from "../../core/deep-link.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Translator } from "../../core/i18n/translator.js";
import { type InlineAnswer, inlineAnswers } from "../../core/inline-answers.js";
import type { PlatformMetrics } from "../../ports/platform-metrics.js";
import { TELEGRAM_MAX_MESSAGE_CHARS } from "./split-message.js";

/** Results may be cached per user by Telegram for this long: the answers change only with the knowledge base. */
export const INLINE_CACHE_SECONDS = 300;

/**
 * Renders inline answers as Telegram article results. Each posts the short answer as plain text
 * (no parse mode, like every reply) with one "More" button: a deep link that opens the full answer
 * in a private chat with the bot. Pure: no network.
 */
export function buildInlineResults(
  answers: readonly InlineAnswer[],
  lang: Locale,
  username: string | undefined,
  translator: Translator,
): InlineQueryResultArticle[] {
  const more = translator.forLocale(lang)("telegram:inline.more");
  return answers.map((answer, index) => ({
    type: "article",
    id: `${lang}-${index}`,
    title: answer.title,
    description: answer.description,
    input_message_content: {
      message_text: answer.text.slice(0, TELEGRAM_MAX_MESSAGE_CHARS),
      link_preview_options: { is_disabled: true },
    },
    ...(username ? { reply_markup: { inline_keyboard: [[{ text: more, url: botLink(username, answer.link) }]] } } : {}),
  }));
}

/**
 * Answers one inline query. `is_personal` keeps Telegram from showing one user's cached results to
 * another (the language is the asker's). Only counters are recorded; the query text is neither
 * stored nor logged.
 */
export async function answerInline(
  api: Api,
  core: BotCore,
  query: Pick<InlineQuery, "id" | "query" | "from">,
  username: string | undefined,
  metrics: PlatformMetrics,
): Promise<void> {
  const { lang, intent, answers } = inlineAnswers(core, query.query, query.from.language_code);
  const results = buildInlineResults(answers, lang, username, core.translator);
  metrics.reply("telegram_inline", intent, lang);
  await api.answerInlineQuery(query.id, results, { is_personal: true, cache_time: INLINE_CACHE_SECONDS });
}
