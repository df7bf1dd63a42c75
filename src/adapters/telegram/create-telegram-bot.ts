import { Bot, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { BotCore } from "../../core/bot-core.js";
import { type CoreLogger, silentLogger } from "../../core/logger.js";
import { noMetrics, type PlatformMetrics } from "../../ports/platform-metrics.js";
import { createActionHandler } from "./actions.js";
import { DEFAULT_RETRY, installRetry, type RetryOptions } from "./api-retry.js";
import type { ApiHealth } from "./api-health.js";
import { createAskCore } from "./ask-core.js";
import { createCommandHandler } from "./commands.js";
import { createErrorBoundary, errorName, updateKind } from "./errors.js";
import type { TelegramFeatureDeps } from "./feature-deps.js";
import { createFloodGuard } from "./flood-guard.js";
import { createInlineHandler } from "./inline.js";
import { createTelegramLanguage } from "./language.js";
import { createOutboundLimiter, type OutboundLimiterDeps, type OutboundLimits } from "./outbound-limiter.js";
import { perChatSequence } from "./per-chat-sequence.js";
import { createRateLimit } from "./rate-limit.js";
import { createRouter } from "./router.js";
import { createTelegramSend } from "./send.js";
import { createTextHandler, createUnsupportedHandler } from "./text.js";
import type { UpdateTracker } from "./update-tracker.js";

export { chatKey, userKey } from "./to-request.js";

export interface TelegramBotOptions {
  readonly token: string;
  /** Bot API server (TELEGRAM_API_ROOT): a local `telegram-bot-api` server or a test double. */
  readonly apiRoot?: string;
  /** Known bot info: skips `getMe` (tests and benchmarks). */
  readonly botInfo?: UserFromGetMe;
  readonly logger?: CoreLogger;
  /** Per-user flood limit; defaults to 20 updates per 60 s. */
  readonly flood?: { readonly limit: number; readonly windowMs: number };
  /** Clock for the flood guard (ms since epoch). */
  readonly now?: () => number;
  /** Retry policy of the Bot API client; `false` installs none (tests that fake the API). */
  readonly retry?: RetryOptions | false;
  /** Installed first, so shutdown can wait for in-flight updates (see start-telegram.ts). */
  readonly tracker?: UpdateTracker;
  /** Watches Bot API calls for /healthz; installed before the retry transformers so it sees every attempt. */
  readonly apiHealth?: ApiHealth;
  /** Counters for /metrics (no ids or text in any label). */
  readonly metrics?: PlatformMetrics;
  /** Inline queries a user may send per minute (one per keystroke pause); excess ones get no results. */
  readonly inlineLimit?: number;
  /** Limits of the one outbound queue every send goes through (replies, edits, reminders); `false` installs none. */
  readonly outbound?: Partial<OutboundLimits> | false;
  /** Observes each send as it leaves the outbound queue (metrics, tests). */
  readonly onOutboundStart?: OutboundLimiterDeps["onStart"];
}

/** Updates the bot asks Telegram for; everything else is never delivered. */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;

/**
 * Builds the Telegram bot around the core. The adapter only translates: a message becomes a
 * `text` request, a command from the core's command table a `command` request, a button press an
 * `action` request; the core's reply is rendered as plain text with an inline keyboard.
 *
 * What the adapter adds is Telegram-specific: answering only commands and mentions in groups,
 * marking requests private only in private chats (the core refuses personal data otherwise), the
 * group language switch for admins, a per-user flood guard, and one error boundary that always
 * answers `errors:generic` in the user's language. Nothing touches the network until the bot is
 * started or an update is handled.
 *
 * This file only assembles: the API client's transformers, then the feature handlers (commands.ts,
 * text.ts, actions.ts, inline.ts) behind one router (router.ts) inside the error boundary (errors.ts).
 */
export function createTelegramBot(core: BotCore, options: TelegramBotOptions): Bot {
  const logger = options.logger ?? silentLogger;
  const metrics = options.metrics ?? noMetrics;
  const now = options.now ?? Date.now;
  const bot = new Bot(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
  });
  // The limiter goes first, closest to the network: retries by auto-retry queue behind it like any other send.
  if (options.outbound !== false) {
    const limiter = createOutboundLimiter(options.outbound ?? {}, {
      onFlood: (info) => logger.warn(info, "telegram: 429 from the Bot API; every send waits retry_after"),
      ...(options.onOutboundStart ? { onStart: options.onOutboundStart } : {}),
    });
    bot.api.config.use(limiter.transformer);
  }
  if (options.apiHealth) bot.api.config.use(options.apiHealth.transformer);
  if (options.retry !== false) installRetry(bot.api, options.retry ?? DEFAULT_RETRY);

  const out = createTelegramSend(core.translator, metrics);
  const language = createTelegramLanguage(core);
  const flood = createFloodGuard({ limit: options.flood?.limit ?? 20, windowMs: options.flood?.windowMs ?? 60_000, now });
  const rateLimit = createRateLimit({
    flood,
    logger,
    translator: core.translator,
    replyLocale: language.replyLocale,
    sendText: out.sendText,
  });
  const deps: TelegramFeatureDeps = { core, logger, metrics, language, out, rateLimit, askCore: createAskCore(core, out) };
  const inlineFlood = createFloodGuard({ limit: options.inlineLimit ?? 120, windowMs: 60_000, now });
  const route = createRouter(
    {
      inline: createInlineHandler(deps, inlineFlood),
      action: createActionHandler(deps),
      command: createCommandHandler(deps),
      text: createTextHandler(deps),
      unsupported: createUnsupportedHandler(deps),
    },
    metrics,
  );

  if (options.tracker) bot.use(options.tracker.middleware);
  // Updates of one chat run in order (conversation state, store writes); different chats run concurrently.
  bot.use(perChatSequence((ctx: Context) => (ctx.chat ?? ctx.from)?.id));
  // The routing middleware is the boundary's own (not `.use`d inside it), which saves a middleware layer per update.
  bot.errorBoundary(createErrorBoundary({ logger, metrics, replyLocale: language.replyLocale, sendText: out.sendText }), route);
  // Outside the boundary (should not happen): log without message content.
  bot.catch((err) => logger.error({ err: errorName(err.error), update: updateKind(err.ctx) }, "telegram: unhandled error"));
  return bot;
}
