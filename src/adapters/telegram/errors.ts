import { type BotError, type Context, GrammyError } from "grammy";
import type { Locale } from "../../core/i18n/locales.js";
import type { CoreLogger } from "../../core/logger.js";
import type { PlatformMetrics } from "../../ports/platform-metrics.js";
import type { TelegramSend } from "./send.js";

/**
 * The adapter's one error boundary: a failed update is logged (kind only, never its content) and
 * answered with `errors:generic` in the user's language. A 403 (the user blocked the bot or left the
 * group) gets no answer, since none could be delivered.
 */
export function createErrorBoundary(deps: {
  readonly logger: CoreLogger;
  readonly metrics: PlatformMetrics;
  readonly replyLocale: (ctx: Context) => Promise<Locale>;
  readonly sendText: TelegramSend["sendText"];
}): (err: BotError<Context>) => Promise<void> {
  const { logger, metrics, replyLocale, sendText } = deps;
  return async (err) => {
    const ctx = err.ctx;
    const error = err.error;
    if (error instanceof GrammyError && error.error_code === 403) {
      logger.info({ method: error.method }, "telegram: the user blocked the bot or left the chat; not answering");
      return;
    }
    metrics.error("telegram_update");
    logger.error({ err: errorName(error), update: updateKind(ctx) }, "telegram: update failed");
    try {
      if (ctx.chat) await sendText(ctx, await replyLocale(ctx), "errors:generic");
    } catch (replyError) {
      logger.warn({ err: errorName(replyError) }, "telegram: could not send the error reply");
    }
  };
}

export function updateKind(ctx: Context): string {
  return Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
}

/** What a log line may say about an error: its kind and, for the Bot API, the method and code (no message text). */
export function errorName(error: unknown): string {
  if (error instanceof GrammyError) return `GrammyError ${error.method} ${error.error_code}`;
  return error instanceof Error ? error.name : typeof error;
}
