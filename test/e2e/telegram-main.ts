/**
 * Stand-in for src/main.ts's Telegram branch, used by the end-to-end test until main.ts starts the
 * Telegram bot itself: the same wiring the lead is asked to add (parseEnv → lowdb store → core →
 * startTelegram; SIGTERM/SIGINT → stop(), which drains updates and closes the store).
 */
import { pino } from "pino";
import { startTelegram } from "../../src/adapters/telegram/start-telegram.js";
import { parseEnv } from "../../src/config/env.js";
import { systemClock } from "../../src/core/clock.js";
import { createCoreFromDisk } from "../../src/infra/create-core-from-disk.js";
import { createLowdbUserStore } from "../../src/infra/lowdb-user-store.js";

const env = parseEnv(process.env);
const logger = pino({ level: env.LOG_LEVEL, base: undefined }, pino.destination(2));
const store = await createLowdbUserStore({ path: env.STORE_PATH, clock: systemClock, logger });
const core = await createCoreFromDisk({ store, logger, defaultLocale: env.DEFAULT_LANGUAGE });
const telegram = await startTelegram({ core, env, logger, onShutdown: () => store.close() });

const shutdown = (signal: string) => {
  logger.info({ signal }, "shutting down");
  telegram.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: String(error) }, "shutdown failed");
      process.exit(1);
    },
  );
};
process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));
