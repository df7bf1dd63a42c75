import { pino } from "pino";
import { runConsoleChat } from "./adapters/console/console-chat.js";
import { ConfigError, type Env, parseEnv } from "./config/env.js";
import { createMemoryUserStore } from "./core/store/memory-user-store.js";
import { createCoreFromDisk } from "./infra/create-core-from-disk.js";

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
  const logger = pino({ level, base: undefined, redact: { paths: ["token", "*.token"], censor: "[redacted]" } }, pino.destination(2));

  const store = createMemoryUserStore();
  const core = await createCoreFromDisk({ store, logger, defaultLocale: env.DEFAULT_LANGUAGE });

  if (consoleMode) {
    logger.info("no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN: opening the console chat");
    await runConsoleChat({ core, input: process.stdin, output: process.stdout, localeHints: [process.env.LANG?.split(".")[0]] });
    return 0;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
