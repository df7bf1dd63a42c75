import type { Context } from "grammy";
import type { BotCore } from "../../core/bot-core.js";
import type { DeepLink } from "../../core/deep-link.js";
import { type TelegramSend, withShareLink } from "./send.js";
import { type RequestKind, toRequest } from "./to-request.js";

/**
 * Sends the request to the core and the reply back. Reads the update's chat and sender once
 * (grammY's getters walk the update each time); the core reads a group's language itself.
 * `canManageChat`: the sender is a group admin (checked only where it matters).
 */
export function createAskCore(
  core: BotCore,
  out: TelegramSend,
): (ctx: Context, request: RequestKind, link?: DeepLink, canManageChat?: boolean) => Promise<void> {
  return async (ctx, request, link, canManageChat = false) => {
    const chat = ctx.chat;
    const from = ctx.from;
    if (!chat || !from) return;
    const reply = await core.handle(toRequest({ chat, from }, [from.language_code], request, canManageChat));
    // A deep-linked answer offers the same link to share (Telegram's share dialog; the bot sends nothing itself).
    await out.send(
      ctx,
      link && ctx.me.username
        ? withShareLink(reply, ctx.me.username, link, core.translator.forLocale(reply.lang)("telegram:share"))
        : reply,
    );
  };
}
