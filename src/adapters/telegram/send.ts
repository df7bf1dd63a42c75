import type { Context } from "grammy";
import type { Message } from "grammy/types";
import { botLink, type DeepLink, shareLink } from "../../core/deep-link.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { Translator } from "../../core/i18n/translator.js";
import { makeReply } from "../../core/make-reply.js";
import type { BotReply } from "../../core/reply.js";
import type { PlatformMetrics } from "../../ports/platform-metrics.js";
import { renderReply } from "./render-reply.js";

export interface TelegramSend {
  /** Sends a core reply to the update's chat (and topic), as one or more messages. */
  send(ctx: Context, reply: BotReply): Promise<void>;
  /** Sends one catalogue string in `locale` (the adapter's own notices: rate limits, errors, group language). */
  sendText(ctx: Context, locale: Locale, key: string, params?: Record<string, unknown>): Promise<void>;
}

const NO_PREVIEW = { is_disabled: true } as const;

/** Core reply → Bot API `sendMessage` calls: rendering, reply threading, topics, and the privacy guard. */
export function createTelegramSend(translator: Translator, metrics: PlatformMetrics): TelegramSend {
  const t = (locale: Locale) => translator.forLocale(locale);

  const send = async (ctx: Context, reply: BotReply): Promise<void> => {
    // The two update kinds the bot asks for, read directly (grammY's `msg` getter tries a dozen kinds); others fall back.
    const callback = ctx.update.callback_query;
    const msg = (ctx.update.message ?? callback?.message ?? ctx.msg) as Message | undefined;
    const isPrivate = (msg?.chat ?? ctx.chat)?.type === "private";
    // Defence in depth: the core already refuses personal commands outside private chats.
    const safe = reply.personal && !isPrivate ? { ...reply, text: t(reply.lang)("errors:privateOnly"), choices: [], links: [] } : reply;
    // In groups, answer as a reply to the question so the thread stays readable (not to a pressed button's message).
    const replyTo = !isPrivate && callback === undefined ? msg?.message_id : undefined;
    const chatId = (msg?.chat ?? ctx.chat)?.id;
    if (chatId === undefined) return;
    const thread = msg?.is_topic_message ? msg.message_thread_id : undefined;
    const topic = msg?.direct_messages_topic?.topic_id;
    metrics.reply("telegram", safe.answer.intent, safe.lang);
    const parts = renderReply(safe);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const other: Parameters<Context["api"]["sendMessage"]>[2] = { link_preview_options: NO_PREVIEW };
      if (part.replyMarkup) other.reply_markup = part.replyMarkup;
      if (i === 0 && replyTo !== undefined) other.reply_parameters = { message_id: replyTo, allow_sending_without_reply: true };
      if (thread !== undefined) other.message_thread_id = thread;
      if (topic !== undefined) other.direct_messages_topic_id = topic;
      // What ctx.reply sends, without its getters walking the update again for the chat, the business
      // connection (the bot asks for no business updates) and the topic on every part.
      await ctx.api.sendMessage(chatId, part.text, other);
    }
  };

  return {
    send,
    sendText: (ctx, locale, key, params) => send(ctx, makeReply(locale, t(locale)(key, params), { intent: "help" })),
  };
}

/** A deep-linked answer offers the same link to share (Telegram's share dialog; the bot sends nothing itself). */
export function withShareLink(reply: BotReply, username: string, link: DeepLink, label: string): BotReply {
  return { ...reply, links: [...reply.links, { label, url: shareLink(botLink(username, link)) }] };
}
