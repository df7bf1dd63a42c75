import type { IncomingMessage, ServerResponse } from "node:http";
import { run } from "@grammyjs/runner";
import { GrammyError } from "grammy";
import type { BotCore } from "../../core/bot-core.js";
import type { Locale } from "../../core/i18n/locales.js";
import { type CoreLogger, silentLogger } from "../../core/logger.js";
import type { ReminderSender } from "../../core/reminders/delivery.js";
import type { HealthChecks } from "../../ports/health.js";
import type { PlatformMetrics } from "../../ports/platform-metrics.js";
import { createApiHealth } from "./api-health.js";
import { ALLOWED_UPDATES, createTelegramBot } from "./create-telegram-bot.js";
import { publishCommands, publishDescriptions } from "./publish-commands.js";
import type { OutboundLimiterDeps, OutboundLimits } from "./outbound-limiter.js";
import { createTelegramReminderSender } from "./reminder-sender.js";
import { createUpdateTracker } from "./update-tracker.js";
import { createWebhookServer } from "./webhook-server.js";

export interface StartTelegramOptions {
  readonly core: BotCore;
  /** TELEGRAM_BOT_TOKEN. */
  readonly token: string | undefined;
  /** Bot API server (TELEGRAM_API_ROOT): a local `telegram-bot-api` server or a test double. */
  readonly apiRoot?: string | undefined;
  /** Reply language when neither a stored choice nor `language_code` decides (DEFAULT_LANGUAGE). */
  readonly defaultLocale: Locale;
  /**
   * Webhook mode (TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET, PORT, HOST): Telegram posts updates to
   * `url`, served on `port`; without it the bot long-polls.
   */
  readonly webhook?: {
    readonly url: string;
    readonly secret: string | undefined;
    readonly port: number;
    readonly host?: string | undefined;
  };
  readonly logger?: CoreLogger;
  /** Runs once after the last in-flight update finished: flush the store here. */
  readonly onShutdown?: () => Promise<void>;
  /** Longest wait for in-flight updates on stop. */
  readonly drainTimeoutMs?: number;
  /** Registers the "telegram" check here (Bot API reachable, updates flowing). */
  readonly health?: HealthChecks;
  readonly metrics?: PlatformMetrics;
  /** The Bot API may fail this long before /healthz reports Telegram down (HEALTH_FAILURE_SECONDS). */
  readonly unhealthyAfterMs?: number;
  /** Webhook mode: ops routes (/healthz, /metrics) the webhook server serves on PORT in front of its own. */
  readonly opsRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Outbound send limits (tests scale them down; see outbound-limiter.ts for the defaults). */
  readonly outbound?: Partial<OutboundLimits>;
  /** Observes each send as it leaves the outbound queue (tests). */
  readonly onOutboundStart?: OutboundLimiterDeps["onStart"];
  /** Webhook mode: shared record of handled update ids (several instances on one database). */
  readonly claimUpdate?: (updateId: number) => Promise<boolean>;
}

export interface TelegramHandle {
  readonly mode: "polling" | "webhook";
  /** Bound port in webhook mode. */
  readonly port?: number;
  /** Delivers reminders through this bot's API client (for the scheduler). */
  readonly reminderSender: ReminderSender;
  /** Stops taking updates, waits for in-flight ones, confirms them to Telegram, then calls onShutdown. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts the Telegram bot in the mode asked for: long polling (the default; no public URL needed)
 * through grammY's runner, or a webhook on `webhook.port` when `webhook` is given (TELEGRAM_WEBHOOK_URL;
 * the secret is then required). Fails fast on a rejected token. The command menus are
 * published in the background so the bot answers at once; a failure there is logged, not fatal.
 *
 * Signals are the caller's business (main.ts owns the process): call `stop()` on SIGTERM.
 */
export async function startTelegram(options: StartTelegramOptions): Promise<TelegramHandle> {
  const { core, token, defaultLocale, webhook } = options;
  const logger = options.logger ?? silentLogger;
  const drainTimeoutMs = options.drainTimeoutMs ?? 10_000;
  if (!token) throw new Error("startTelegram: TELEGRAM_BOT_TOKEN is not set");
  if (webhook && !webhook.secret) {
    throw new Error("startTelegram: TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL (it keeps forged updates out)");
  }
  const tracker = createUpdateTracker();
  const apiHealth = createApiHealth({
    unhealthyAfterMs: options.unhealthyAfterMs ?? 60_000,
    onFailure: () => options.metrics?.error("telegram_api"),
  });
  const bot = createTelegramBot(core, {
    token,
    ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
    logger,
    tracker,
    apiHealth,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    ...(options.outbound ? { outbound: options.outbound } : {}),
    ...(options.onOutboundStart ? { onOutboundStart: options.onOutboundStart } : {}),
  });
  try {
    await bot.init();
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 401)
      throw new Error("startTelegram: Telegram rejected TELEGRAM_BOT_TOKEN (401)");
    throw error;
  }
  const reminderSender = createTelegramReminderSender(bot.api);
  const background = new AbortController();
  const publishing = publishCommands(bot.api, core.commands, core.translator, defaultLocale, background.signal)
    .then(
      (r) => logger.info(r, "telegram: command menus published"),
      (error: unknown) => logger.warn({ err: String(error) }, "telegram: could not publish command menus"),
    )
    // The text people see before pressing Start, in their language: published with the menus.
    .then(() => publishDescriptions(bot.api, core.translator, defaultLocale, background.signal))
    .then(
      (r) => logger.info(r, "telegram: descriptions published"),
      (error: unknown) => logger.warn({ err: String(error) }, "telegram: could not publish descriptions"),
    );

  let stopping: Promise<void> | undefined;
  const finish = async () => {
    background.abort();
    await publishing;
    await options.onShutdown?.();
  };

  if (webhook?.secret) {
    const url = new URL(webhook.url);
    const host = webhook.host ?? "127.0.0.1";
    const server = createWebhookServer({
      bot,
      path: url.pathname,
      secret: webhook.secret,
      logger,
      ...(options.opsRoutes ? { extraRoutes: options.opsRoutes } : {}),
      ...(options.claimUpdate ? { claimUpdate: options.claimUpdate } : {}),
    });
    const port = await server.listen(webhook.port, host);
    try {
      await bot.api.setWebhook(url.href, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
    } catch (error) {
      background.abort();
      await server.close(0);
      throw error;
    }
    let stopped = false;
    options.health?.register("telegram", () => (stopped ? { ok: false, detail: "stopped" } : apiHealth.check()));
    logger.info({ mode: "webhook", host, port, username: bot.botInfo.username }, "telegram: started");
    return {
      mode: "webhook",
      port,
      reminderSender,
      stop() {
        stopping ??= (async () => {
          stopped = true;
          const drained = await server.close(drainTimeoutMs);
          if (!drained) logger.warn({ pending: server.pending() }, "telegram: stopped before all updates finished");
          await finish();
        })();
        return stopping;
      },
    };
  }

  // A webhook left over from an earlier deployment makes getUpdates fail with 409; pending updates are kept.
  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  runner.task()?.catch((error: unknown) => {
    // 401 (token revoked) or 409 (another instance polls, or a webhook was set): the runner gives up.
    logger.error({ err: String(error) }, "telegram: long polling stopped; the bot no longer receives updates");
  });
  options.health?.register("telegram", () =>
    runner.isRunning() ? apiHealth.check() : { ok: false, detail: "long polling stopped (token revoked, or another instance polls)" },
  );
  logger.info({ mode: "polling", username: bot.botInfo.username }, "telegram: started");
  return {
    mode: "polling",
    reminderSender,
    stop() {
      stopping ??= (async () => {
        if (runner.isRunning()) await runner.stop();
        const deadline = Date.now() + drainTimeoutMs;
        while ((runner.size() > 0 || tracker.inFlight() > 0) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        if (tracker.inFlight() > 0) logger.warn({ pending: tracker.inFlight() }, "telegram: stopped before all updates finished");
        const last = tracker.lastUpdateId();
        if (last !== undefined) {
          // Long polling confirms updates only through a later offset; without this a restart answers them again.
          await bot.api.getUpdates({ offset: last + 1, limit: 1, timeout: 0 }).catch((error: unknown) => {
            logger.warn({ err: String(error) }, "telegram: could not confirm the last updates");
          });
        }
        await finish();
      })();
      return stopping;
    },
  };
}
