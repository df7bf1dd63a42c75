import { Context, type Filter } from "grammy";
import { decodeAction } from "../../core/actions.js";
import { isPrivateChat } from "./addressing.js";
import { errorName } from "./errors.js";
import type { TelegramFeatureDeps } from "./feature-deps.js";

/** grammY's predicate behind `bot.on("callback_query:data")`, built once. */
export const isCallbackData = Context.has.filterQuery("callback_query:data");
export type CallbackContext = Filter<Context, "callback_query:data">;

/**
 * Button presses: the inline keyboard's data becomes an `action` request. In a group, a language
 * button changes the group's language: the core needs to know whether the presser may (admins only).
 */
export function createActionHandler({ logger, language, rateLimit, askCore }: TelegramFeatureDeps) {
  return async (ctx: CallbackContext): Promise<void> => {
    const verdict = rateLimit.verdictOf(ctx);
    if (verdict !== "allow") return rateLimit.limited(ctx, verdict === "warn");
    // Always answer first: the user's button stops spinning even if what follows is slow or fails.
    await ctx.answerCallbackQuery().catch((error: unknown) => logger.debug({ err: errorName(error) }, "telegram: callback answer failed"));
    if (!ctx.chat) return; // a button on an inline-mode message: there is no chat to answer in
    const data = ctx.callbackQuery.data;
    const admin = !isPrivateChat(ctx.chat) && decodeAction(data)?.type === "language" && (await language.isGroupAdmin(ctx));
    await askCore(ctx, { kind: "action", data }, undefined, admin);
  };
}
