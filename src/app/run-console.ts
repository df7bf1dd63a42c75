import { startConsole } from "../adapters/console/start-console.js";
import { systemClock } from "../core/clock.js";
import type { Locale } from "../core/i18n/locales.js";
import type { CoreLogger } from "../core/logger.js";
import { createCoreFromDisk } from "../infra/create-core-from-disk.js";
import { createLowdbUserStore } from "../infra/store/lowdb-user-store.js";

/**
 * The console chat main.ts opens when no platform token is set, so a new user sees the bot work at
 * once. It keeps reminders in the configured store, like the bots, and prints them while it is open.
 */
export async function runConsole(options: {
  readonly storePath: string;
  readonly defaultLocale: Locale;
  /** The terminal's language (LANG), an untrusted hint. */
  readonly localeHints: readonly unknown[];
  readonly logger: CoreLogger;
}): Promise<void> {
  const { logger, defaultLocale } = options;
  const store = await createLowdbUserStore({ path: options.storePath, clock: systemClock, logger });
  try {
    const core = await createCoreFromDisk({ store, logger, defaultLocale });
    logger.info({}, "no TELEGRAM_BOT_TOKEN or DISCORD_TOKEN: opening the console chat");
    await startConsole({
      core,
      store,
      clock: systemClock,
      input: process.stdin,
      output: process.stdout,
      logger,
      defaultLocale,
      localeHints: options.localeHints,
    });
  } finally {
    await store.close();
  }
}
