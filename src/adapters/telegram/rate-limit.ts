import type { Context } from "grammy";
import type { Locale } from "../../core/i18n/locales.js";
import type { Translator } from "../../core/i18n/translator.js";
import type { CoreLogger } from "../../core/logger.js";
import { isPrivateChat } from "./addressing.js";
import { errorName } from "./errors.js";
import type { FloodGuard, FloodVerdict } from "./flood-guard.js";
import type { TelegramSend } from "./send.js";

export interface RateLimit {
  /**
   * Flood guard verdict for this update. Handlers go on only on "allow"; otherwise they return
   * {@link RateLimit.limited}. Synchronous, so admitted updates pay no extra await.
   */
  verdictOf(ctx: Context): FloodVerdict;
  /**
   * The first excess update gets one polite notice (a toast for a button press), later ones
   * silence; a dropped button press is still answered so it stops spinning.
   */
  limited(ctx: Context, warn: boolean): Promise<void>;
}

/** The per-user flood guard as the feature handlers use it. */
export function createRateLimit(deps: {
  readonly flood: FloodGuard;
  readonly logger: CoreLogger;
  readonly translator: Translator;
  readonly replyLocale: (ctx: Context) => Promise<Locale>;
  readonly sendText: TelegramSend["sendText"];
}): RateLimit {
  const { flood, logger, translator, replyLocale, sendText } = deps;
  return {
    verdictOf(ctx) {
      const from = ctx.from;
      return from ? flood.check(from.id) : "drop";
    },
    async limited(ctx, warn) {
      // Failures here are only logged: the error boundary's reply would be one more message to a flooding user.
      const quietly = (error: unknown) => logger.debug({ err: errorName(error) }, "telegram: flood notice failed");
      if (!warn) {
        if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(quietly);
        return;
      }
      logger.info({ chat: isPrivateChat(ctx.chat) ? "private" : "group" }, "telegram: user is rate limited");
      const locale = await replyLocale(ctx);
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: translator.forLocale(locale)("errors:rateLimited") }).catch(quietly);
      else await sendText(ctx, locale, "errors:rateLimited").catch(quietly);
    },
  };
}
