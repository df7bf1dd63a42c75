import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { pino } from "pino";
import { type DiscordHandle, startDiscord } from "./adapters/discord/start-discord.js";
import { startTelegram, type TelegramHandle } from "./adapters/telegram/start-telegram.js";
import { reportFatal } from "./app/exit.js";
import { runConsole } from "./app/run-console.js";
import { startPtimeUpdates } from "./app/ptime-updates.js";
import { ConfigError, type Env, parseEnv } from "./config/env.js";
import { systemClock } from "./core/clock.js";
import type { ReminderSender } from "./core/reminders/delivery.js";
import { createKnowledgeHolder, type KnowledgeHolder } from "./core/knowledge/holder.js";
import { createFollowAlerter } from "./core/ptime/follow-alerts.js";
import { createReminderScheduler } from "./core/reminders/scheduler.js";
import { createCoreFromDisk, createDefaultUnderstander } from "./infra/create-core-from-disk.js";
import { createHealthRegistry } from "./infra/health.js";
import { createMetrics } from "./infra/metrics.js";
import { createOpsHandler, createOpsServer, type OpsServer } from "./infra/ops-server.js";
import { createLowdbUserStore } from "./infra/store/lowdb-user-store.js";
import { ptimeUrls } from "./infra/ptime-refresh.js";
import { dirname, join } from "node:path";
import { toStoreSetupError } from "./infra/store-setup-error.js";
import { createDatabaseHealth } from "./infra/postgres/database-health.js";
import { createPostgresDueQueue } from "./infra/postgres/postgres-due-queue.js";
import { createPostgresUserStore, type PostgresUserStore } from "./infra/postgres/postgres-user-store.js";
import { createSchedulerLeadership, type SchedulerLeadership } from "./infra/postgres/scheduler-leader.js";
import { createLeaderFollowAlerts } from "./infra/postgres/leader-follow-alerts.js";

/**
 * The composition root: the only module that reads the environment and starts things.
 * With no platform token it opens the console chat, so a new user sees the bot work at once.
 */
async function main(): Promise<number> {
  let env: Env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example and the README's configuration table.\n`);
      return 2;
    }
    throw error;
  }
  const consoleMode = !env.TELEGRAM_BOT_TOKEN && !env.DISCORD_TOKEN;
  // In the console chat, log lines would interleave with the conversation: keep them to warnings unless asked.
  const level = consoleMode && !process.env.LOG_LEVEL ? "warn" : env.LOG_LEVEL;
  const logger = pino({ level, base: undefined }, pino.destination(2));

  if (consoleMode) {
    await runConsole({
      storePath: env.STORE_PATH,
      defaultLocale: env.DEFAULT_LANGUAGE,
      localeHints: [process.env.LANG?.split(".")[0]],
      logger,
    });
    return 0;
  }

  // DATABASE_URL: PostgreSQL, shared by any number of instances; otherwise the lowdb file (one process).
  const database: PostgresUserStore | undefined = env.DATABASE_URL
    ? await createPostgresUserStore({ connectionString: env.DATABASE_URL, logger })
    : undefined;
  // A directory, a missing permission or a read-only disk is the operator's to fix: one line and exit 2.
  const lowdb = database
    ? undefined
    : await createLowdbUserStore({ path: env.STORE_PATH, clock: systemClock, logger }).catch((error: unknown) => {
        throw toStoreSetupError(error, env.STORE_PATH) ?? error;
      });
  const store = database ?? (lowdb as NonNullable<typeof lowdb>);
  const metrics = createMetrics();
  let holder: KnowledgeHolder | undefined;
  const core = await createCoreFromDisk({
    store,
    logger: metrics.countingLogger(logger, "core"),
    defaultLocale: env.DEFAULT_LANGUAGE,
    understander: metrics.timedUnderstander(createDefaultUnderstander()),
    // Both stores keep follows (PostgreSQL: shared by every instance).
    follows: store,
    knowledgeSource: (kb) => {
      holder = createKnowledgeHolder(kb);
      return holder;
    },
  });

  // Compile the schedule patterns now: lazily, the first message in each language paid 50–250 ms for it.
  core.warmUp();

  // /healthz and /metrics in every mode: components register their checks as they start.
  const health = createHealthRegistry();
  let starting = true;
  const startupDone = health.register("startup", () => ({ ok: !starting, detail: starting ? "starting" : "started" }));
  health.register("store", async () => {
    // A read of a key nobody has: proves the store answers.
    await store.getProfile("health:probe");
    return { ok: true };
  });
  let leadership: SchedulerLeadership | undefined;
  if (database) {
    // Several instances: this one's database connection (the scheduler check says whether it holds the lock).
    const databaseHealth = createDatabaseHealth({ ping: () => database.ping(), isLeader: () => leadership?.isLeader() ?? false });
    health.register("database", async () => {
      const report = await databaseHealth();
      return { ok: report.ok, detail: report.database };
    });
  }
  const opsRoutes = { health, metrics: () => metrics.render() };
  const unhealthyAfterMs = env.HEALTH_FAILURE_SECONDS * 1000;
  // In webhook mode the webhook server on PORT serves the ops routes too, unless METRICS_PORT puts them apart.
  const webhookServesOps = Boolean(env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_WEBHOOK_URL && env.METRICS_PORT === undefined);
  let ops: OpsServer | undefined;
  if (!webhookServesOps) {
    const port = env.METRICS_PORT ?? env.PORT;
    ops = createOpsServer(opsRoutes);
    await ops.listen(port).then(
      (bound) => logger.info({ port: bound }, "ops: /healthz and /metrics listening"),
      (error: unknown) => {
        // Not fatal: the bot still answers users; the operator sees this line and fixes the port.
        logger.error({ err: String(error), port }, "ops: could not listen; /healthz and /metrics are off (set PORT or METRICS_PORT)");
        ops = undefined;
      },
    );
  }

  const senders: ReminderSender[] = [];
  let telegram: TelegramHandle | undefined;
  let discord: DiscordHandle | undefined;
  try {
    if (env.TELEGRAM_BOT_TOKEN) {
      telegram = await startTelegram({
        core,
        token: env.TELEGRAM_BOT_TOKEN,
        apiRoot: env.TELEGRAM_API_ROOT,
        defaultLocale: env.DEFAULT_LANGUAGE,
        ...(env.TELEGRAM_WEBHOOK_URL
          ? { webhook: { url: env.TELEGRAM_WEBHOOK_URL, secret: env.TELEGRAM_WEBHOOK_SECRET, port: env.PORT, host: env.HOST } }
          : {}),
        logger,
        health,
        metrics,
        unhealthyAfterMs,
        ...(webhookServesOps ? { opsRoutes: createOpsHandler(opsRoutes) } : {}),
        ...(database ? { claimUpdate: (updateId: number) => database.claimUpdate(updateId) } : {}),
      });
      senders.push(metrics.countedSender(telegram.reminderSender));
      logger.info({ mode: telegram.mode }, "telegram: started");
    } else {
      logger.info("telegram: off (TELEGRAM_BOT_TOKEN not set)");
    }
    if (env.DISCORD_TOKEN) {
      discord = await startDiscord({
        core,
        token: env.DISCORD_TOKEN,
        defaultLocale: env.DEFAULT_LANGUAGE,
        // The shard program is an entry point beside this one (discord-shard.ts); it gets its settings as arguments.
        ...(env.DISCORD_SHARDING ? { sharding: { script: new URL("./discord-shard", import.meta.url), logLevel: env.LOG_LEVEL } } : {}),
        logger: metrics.countingLogger(logger, "discord"),
        health,
        metrics,
        unhealthyAfterMs,
      });
      senders.push(metrics.countedSender(discord.sender));
      logger.info({ sharding: env.DISCORD_SHARDING }, "discord: started");
    } else {
      logger.info("discord: off (DISCORD_TOKEN not set)");
    }
  } catch (error) {
    await telegram?.stop().catch(() => undefined);
    await ops?.close();
    await store.close();
    throw error;
  }

  // Follow change alerts, within the reminders' send limits. With PostgreSQL only the scheduler leader sends
  // them (one process paces all sends), and each alert is claimed in its row, so a handover never doubles one.
  const followAlerts = createLeaderFollowAlerts({
    alerter: createFollowAlerter({
      follows: store,
      store,
      senders,
      translator: core.translator,
      clock: systemClock,
      logger,
      defaultLocale: env.DEFAULT_LANGUAGE,
    }),
    ...(database ? { isLeader: () => leadership?.isLeader() ?? false } : {}),
    current: () => holder?.current(),
    logger,
  });

  // lowdb: the scheduler runs in this process only (with Discord sharding, shards forward interactions
  // here), so every reminder has exactly one owner. PostgreSQL: every instance may run it, but only
  // the holder of the scheduler lock does at any time (scheduler-leader.ts); the queue is the database.
  const instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const scheduler = createReminderScheduler({
    store,
    clock: systemClock,
    senders,
    translator: core.translator,
    logger: metrics.countingLogger(logger, "reminder_scheduler"),
    defaultLocale: env.DEFAULT_LANGUAGE,
    waitLine: (input) => core.waitLine(input),
    ...(database ? { dueQueue: createPostgresDueQueue(database, { instanceId }), maxOutbox: 1_000 } : {}),
  });
  let schedulerRunning = false;
  let pruneTimer: ReturnType<typeof setInterval> | undefined;
  if (database && env.DATABASE_URL) {
    leadership = createSchedulerLeadership({
      connectionString: env.DATABASE_URL,
      logger,
      onElected: async () => {
        await scheduler.start();
        // Alerts a dead leader did not finish, or data swapped in while this instance was standby.
        void followAlerts.onElected();
      },
      onDeposed: () => scheduler.stop(),
    });
    leadership.start();
    // Telegram stops re-sending an update after a day; older ids need not be remembered.
    pruneTimer = setInterval(() => {
      database
        .pruneUpdates(24 * 3600_000)
        .catch((error: unknown) => logger.warn({ err: String(error) }, "postgres: pruning update ids failed"));
    }, 3600_000);
    pruneTimer.unref();
  } else {
    await scheduler.start();
  }
  schedulerRunning = true;
  // With PostgreSQL an instance that does not hold the scheduler lock is healthy too (see the database check).
  health.register("scheduler", () => ({
    ok: schedulerRunning,
    detail: !leadership
      ? `${scheduler.queued} reminders queued`
      : leadership.isLeader()
        ? "holds the scheduler lock: this instance sends reminders"
        : "standby: another instance holds the scheduler lock",
  }));
  metrics.reminderQueue(() => scheduler.queued);
  starting = false;
  startupDone();

  // Processing times refreshed from IRCC and swapped in without a restart; followers of a changed figure are told.
  const refresher = await startPtimeUpdates({
    holder,
    refresh:
      env.PTIME_SOURCE === "off"
        ? undefined
        : {
            urls: ptimeUrls(env.PTIME_SOURCE, {
              country: env.PTIME_URL_COUNTRY,
              nonCountry: env.PTIME_URL_NON_COUNTRY,
              countryNames: env.PTIME_URL_COUNTRY_NAMES,
            }),
            cachePath: env.PTIME_CACHE_PATH ?? join(dirname(env.STORE_PATH), "ptime-cache.json"),
            cron: env.PTIME_CRON,
            timeoutMs: env.PTIME_TIMEOUT_MS,
            maxLoss: env.PTIME_MAX_LOSS,
            retryMs: env.PTIME_RETRY_MS,
          },
    onSwap: (next) => {
      void followAlerts.onSwap(next);
    },
    clock: systemClock,
    logger,
  });

  await new Promise<void>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "shutting down: finishing in-flight updates, then flushing the store");
      void (async () => {
        await Promise.allSettled([telegram?.stop(), discord?.stop(), refresher?.stop()]);
        schedulerRunning = false;
        if (pruneTimer) clearInterval(pruneTimer);
        if (leadership) await leadership.stop();
        else await scheduler.stop().catch((error: unknown) => logger.error({ err: String(error) }, "scheduler: stop failed"));
        await store.close();
        await ops?.close();
        resolve();
      })();
    };
    process.once("SIGTERM", () => shutdown("SIGTERM"));
    process.once("SIGINT", () => shutdown("SIGINT"));
  });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
    // Clients with open handles (HTTP agents, timers of libraries) must not keep a stopped bot alive.
    if (!process.stdin.isTTY || code !== 0) setTimeout(() => process.exit(code), 2_000).unref();
  },
  (error: unknown) => {
    process.exitCode = reportFatal(error, process.stderr);
    setTimeout(() => process.exit(), 500).unref();
  },
);
