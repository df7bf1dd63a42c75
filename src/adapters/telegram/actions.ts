import { Context, type Filter } from "grammy";
import { errorName } from "./errors.js";
import type { TelegramFeatureDeps } from "./feature-deps.js";

/** grammY's predicate behind `bot.on("callback_query:data")`, built once. */
export const isCallbackData = Context.has.filterQuery("callback_query:data");
export type CallbackContext = Filter<Context, "callback_query:data">;

/**
 * Button presses: the inline keyboard's data becomes an `action` request. In a group, a language
 * button switches the group's language (admins only) instead.
 */
export function createActionHandler({ logger, language, rateLimit, askCore }: TelegramFeatureDeps) {
  return async (ctx: CallbackContext): Promise<void> => {
    const verdict = rateLimit.verdictOf(ctx);
    if (verdict !== "allow") return rateLimit.limited(ctx, verdict === "warn");
    // Always answer first: the user's button stops spinning even if what follows is slow or fails.
    await ctx.answerCallbackQuery().catch((error: unknown) => logger.debug({ err: errorName(error) }, "telegram: callback answer failed"));
    if (!ctx.chat) return; // a button on an inline-mode message: there is no chat to answer in
    const groupLanguage = language.groupLanguageAction(ctx, ctx.callbackQuery.data);
    if (groupLanguage) return language.switchGroupLanguage(ctx, groupLanguage);
    await askCore(ctx, { kind: "action", data: ctx.callbackQuery.data });
  };
}
