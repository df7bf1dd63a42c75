import { ConfigError } from "../config/env.js";
import { DiscordStartError } from "../adapters/discord/start-discord.js";
import { KnowledgeLoadError } from "../infra/load-knowledge.js";
import { LocaleLoadError } from "../infra/load-locales.js";
import { SchemaError } from "../infra/postgres/migrate.js";
import { DatabaseConnectError } from "../infra/postgres/postgres-user-store.js";
import { StoreUnreadableError, StoreVersionError } from "../infra/store/lowdb-user-store.js";
import { StoreLockedError } from "../infra/store/store-lock.js";
import { StoreSetupError } from "../infra/store-setup-error.js";

/** Errors that mean "fix the setup": one clear message and exit code 2, no stack trace. */
const SETUP_ERRORS = [
  ConfigError,
  KnowledgeLoadError,
  LocaleLoadError,
  StoreLockedError,
  StoreVersionError,
  StoreUnreadableError,
  StoreSetupError,
  SchemaError,
  DatabaseConnectError,
] as const;

/**
 * What main.ts does with an error that stopped the start: a setup problem (and a Telegram start
 * error) prints its message alone, which says what to fix; anything else prints its stack. Returns the
 * exit code: 2 for setup errors, DiscordStartError's own, 1 otherwise.
 */
export function reportFatal(error: unknown, stderr: { write(text: string): unknown }): number {
  const setup = SETUP_ERRORS.some((kind) => error instanceof kind) || error instanceof DiscordStartError;
  if (setup || (error instanceof Error && error.message.startsWith("startTelegram:"))) {
    stderr.write(`${(error as Error).message}\n`);
    return error instanceof DiscordStartError ? error.exitCode : setup ? 2 : 1;
  }
  stderr.write(`fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
