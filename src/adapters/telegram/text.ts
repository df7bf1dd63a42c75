import { Context, type Filter } from "grammy";
import { isAddressedToBot, isPrivateChat, textWithoutMention } from "./addressing.js";
import type { TelegramFeatureDeps } from "./feature-deps.js";

/** Message kinds a user may send instead of text; the bot only reads text. */
const UNSUPPORTED_MESSAGES = [
  "message:photo",
  "message:video",
  "message:voice",
  "message:audio",
  "message:document",
  "message:sticker",
  "message:animation",
  "message:video_note",
  "message:location",
  "message:contact",
  "message:poll",
] as const;

// grammY's predicates behind `bot.on(...)`, built once.
export const isText = Context.has.filterQuery("message:text");
export const isUnsupported = Context.has.filterQuery([...UNSUPPORTED_MESSAGES]);
export type TextContext = Filter<Context, "message:text">;

/**
 * Text messages become `text` requests: every message in a private chat, and in groups only those
 * addressed to the bot (a mention or a reply to it), without the mention. Returns its handler's
 * promise instead of being async (see commands.ts); undefined for group chatter.
 */
export function createTextHandler({ rateLimit, askCore }: TelegramFeatureDeps) {
  return (ctx: TextContext): Promise<void> | undefined => {
    if (!isAddressedToBot(ctx.message, ctx.me)) return undefined; // group chatter not meant for the bot
    const verdict = rateLimit.verdictOf(ctx);
    if (verdict !== "allow") return rateLimit.limited(ctx, verdict === "warn");
    const text = isPrivateChat(ctx.chat) ? ctx.message.text : textWithoutMention(ctx.message, ctx.me);
    return askCore(ctx, { kind: "text", text });
  };
}

/** Photos, voice notes, stickers… in a private chat: say what the bot can read instead of staying silent. */
export function createUnsupportedHandler({ rateLimit, language, out }: TelegramFeatureDeps) {
  return async (ctx: Context): Promise<void> => {
    const verdict = rateLimit.verdictOf(ctx);
    if (verdict !== "allow") return rateLimit.limited(ctx, verdict === "warn");
    return out.sendText(ctx, await language.replyLocale(ctx), "errors:unsupportedMessage");
  };
}
