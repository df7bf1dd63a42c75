import type { Context } from "grammy";
import type { BotCore } from "../../core/bot-core.js";
import type { DeepLink } from "../../core/deep-link.js";
import type { TelegramLanguage } from "./language.js";
import { type TelegramSend, withShareLink } from "./send.js";
import { type RequestKind, toRequest } from "./to-request.js";

/**
 * Sends the request to the core and the reply back. Reads the update's chat and sender once
 * (grammY's getters walk the update each time); private chats need no store read, so they take
 * no extra await. Groups first look up the group's language.
 */
export function createAskCore(
  core: BotCore,
  language: Pick<TelegramLanguage, "groupLocaleHints">,
  out: TelegramSend,
): (ctx: Context, request: RequestKind, link?: DeepLink) => Promise<void> {
  return async (ctx, request, link) => {
    const chat = ctx.chat;
    const from = ctx.from;
    if (!chat || !from) return;
    const localeHints: unknown[] =
      chat.type === "private" ? [from.language_code] : await language.groupLocaleHints(chat.id, from.language_code);
    const reply = await core.handle(toRequest({ chat, from }, localeHints, request));
    // A deep-linked answer offers the same link to share (Telegram's share dialog; the bot sends nothing itself).
    await out.send(
      ctx,
      link && ctx.me.username
        ? withShareLink(reply, ctx.me.username, link, core.translator.forLocale(reply.lang)("telegram:share"))
        : reply,
    );
  };
}
