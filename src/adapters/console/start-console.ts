import type { Readable, Writable } from "node:stream";
import type { BotCore } from "../../core/bot-core.js";
import type { Clock } from "../../core/clock.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { CoreLogger } from "../../core/logger.js";
import { createReminderScheduler } from "../../core/reminders/scheduler.js";
import type { UserStore } from "../../core/store/user-store.js";
import { createConsoleReminderSender, runConsoleChat } from "./console-chat.js";

export interface StartConsoleOptions {
  readonly core: BotCore;
  /** The configured store (STORE_PATH), the same the bots use, so reminders set here are kept. */
  readonly store: UserStore;
  readonly clock: Clock;
  readonly input: Readable;
  readonly output: Writable;
  readonly logger?: CoreLogger;
  readonly localeHints?: readonly unknown[];
  readonly defaultLocale?: Locale;
  /** Scheduler tick; tests shorten it. */
  readonly tickMs?: number;
  /** Terminal width (see runConsoleChat); by default the output's own, else 80. */
  readonly columns?: number;
}

/**
 * The console chat with its reminder scheduler: reminders of the console user that fall due while
 * the chat is open print in it (once: the delivery is recorded in the store like a bot's). Resolves
 * when the chat ends, after the scheduler stopped and flushed the store.
 */
export async function startConsole(options: StartConsoleOptions): Promise<void> {
  const sender = createConsoleReminderSender();
  const scheduler = createReminderScheduler({
    store: options.store,
    clock: options.clock,
    senders: [sender],
    translator: options.core.translator,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.defaultLocale ? { defaultLocale: options.defaultLocale } : {}),
    ...(options.tickMs !== undefined ? { tickMs: options.tickMs } : {}),
  });
  await scheduler.start();
  try {
    await runConsoleChat({
      core: options.core,
      input: options.input,
      output: options.output,
      reminders: sender,
      ...(options.localeHints ? { localeHints: options.localeHints } : {}),
      ...(options.columns !== undefined ? { columns: options.columns } : {}),
    });
  } finally {
    await scheduler.stop();
  }
}
