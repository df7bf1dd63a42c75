import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { pino } from "pino";
import { runConsoleChat } from "./adapters/console/console-chat.js";
import { type DiscordHandle, DiscordStartError, startDiscord } from "./adapters/discord/start-discord.js";
import { startTelegram, type TelegramHandle } from "./adapters/telegram/start-telegram.js";
import { ConfigError, type Env, parseEnv } from "./config/env.js";
import { systemClock } from "./core/clock.js";
import type { ReminderSender } from "./core/reminders/delivery.js";
import { createReminderScheduler } from "./core/reminders/scheduler.js";
import { createMemoryUserStore } from "./core/store/memory-user-store.js";
import { createCoreFromDisk } from "./infra/create-core-from-disk.js";
import { KnowledgeLoadError } from "./infra/load-knowledge.js";
import { LocaleLoadError } from "./infra/load-locales.js";
import { createLowdbUserStore, StoreVersionError } from "./infra/lowdb-user-store.js";
import { createDatabaseHealth } from "./infra/postgres/database-health.js";
import { SchemaError } from "./infra/postgres/migrate.js";
import { createPostgresDueQueue } from "./infra/postgres/postgres-due-queue.js";
import { createPostgresUserStore, DatabaseConnectError, type PostgresUserStore } from "./infra/postgres/postgres-user-store.js";
import { createSchedulerLeadership, type SchedulerLeadership } from "./infra/postgres/scheduler-leader.js";
import { StoreLockedError } from "./infra/store-lock.js";

/** Errors that mean "fix the setup": one clear message and exit code 2, no stack trace. */
const SETUP_ERRORS = [
  ConfigError,
  KnowledgeLoadError,
  LocaleLoadError,
  StoreLockedError,
  StoreVersionError,
  SchemaError,
  DatabaseConnectError,
] as const;

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
    // The console user is one person on one machine: nothing needs to persist or be delivered later.
    const core = await createCoreFromDisk({ store: createMemoryUserStore(), logger, defaultLocale: env.DEFAULT_LANGUAGE });
    logger.info("no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN: opening the console chat");
    await runConsoleChat({ core, input: process.stdin, output: process.stdout, localeHints: [process.env.LANG?.split(".")[0]] });
    return 0;
  }

  // DATABASE_URL: PostgreSQL, shared by any number of instances; otherwise the lowdb file (one process).
  const database: PostgresUserStore | undefined = env.DATABASE_URL
    ? await createPostgresUserStore({ connectionString: env.DATABASE_URL, logger })
    : undefined;
  const store = database ?? (await createLowdbUserStore({ path: env.STORE_PATH, clock: systemClock, logger }));
  const core = await createCoreFromDisk({ store, logger, defaultLocale: env.DEFAULT_LANGUAGE });
  const senders: ReminderSender[] = [];
  let telegram: TelegramHandle | undefined;
  let discord: DiscordHandle | undefined;
  let leadership: SchedulerLeadership | undefined;
  const shared = database
    ? {
        claimUpdate: (updateId: number) => database.claimUpdate(updateId),
        health: createDatabaseHealth({ ping: () => database.ping(), isLeader: () => leadership?.isLeader() ?? false }),
      }
    : {};
  try {
    if (env.TELEGRAM_BOT_TOKEN) {
      telegram = await startTelegram({ core, env, logger, ...shared });
      senders.push(telegram.reminderSender);
      logger.info({ mode: telegram.mode }, "telegram: started");
    } else {
      logger.info("telegram: off (TELEGRAM_BOT_TOKEN not set)");
    }
    if (env.DISCORD_TOKEN) {
      discord = await startDiscord({ core, env, logger });
      senders.push(discord.sender);
      logger.info({ sharding: env.DISCORD_SHARDING }, "discord: started");
    } else {
      logger.info("discord: off (DISCORD_TOKEN not set)");
    }
  } catch (error) {
    await telegram?.stop().catch(() => undefined);
    await store.close();
    throw error;
  }

  // lowdb: the scheduler runs in this process only (with Discord sharding, shards forward interactions
  // here), so every reminder has exactly one owner. PostgreSQL: every instance may run it, but only
  // the holder of the scheduler lock does at any time (scheduler-leader.ts); the queue is the database.
  const instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const scheduler = createReminderScheduler({
    store,
    clock: systemClock,
    senders,
    translator: core.translator,
    logger,
    defaultLocale: env.DEFAULT_LANGUAGE,
    ...(database ? { dueQueue: createPostgresDueQueue(database, { instanceId }), maxOutbox: 1_000 } : {}),
  });
  let pruneTimer: ReturnType<typeof setInterval> | undefined;
  if (database && env.DATABASE_URL) {
    leadership = createSchedulerLeadership({
      connectionString: env.DATABASE_URL,
      logger,
      onElected: () => scheduler.start(),
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

  await new Promise<void>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "shutting down: finishing in-flight updates, then flushing the store");
      void (async () => {
        await Promise.allSettled([telegram?.stop(), discord?.stop()]);
        if (pruneTimer) clearInterval(pruneTimer);
        if (leadership) await leadership.stop();
        else await scheduler.stop().catch((error: unknown) => logger.error({ err: String(error) }, "scheduler: stop failed"));
        await store.close();
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
    const setup = SETUP_ERRORS.some((kind) => error instanceof kind) || error instanceof DiscordStartError;
    if (setup || (error instanceof Error && error.message.startsWith("startTelegram:"))) {
      process.stderr.write(`${(error as Error).message}\n`);
      process.exitCode = error instanceof DiscordStartError ? error.exitCode : setup ? 2 : 1;
    } else {
      process.stderr.write(`fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    }
    setTimeout(() => process.exit(), 500).unref();
  },
);
