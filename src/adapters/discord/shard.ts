/**
 * Entry of one shard process spawned by the ShardingManager (DISCORD_SHARDING=true, see
 * start-discord.ts). It holds the gateway connection for its shards, renders replies and answers
 * autocomplete with its own copy of the locale catalogues, and forwards every request to the
 * manager process, which owns the store and the reminder scheduler. Its settings come from the
 * manager as arguments (shard-args.ts); the token reaches discord.js through the ShardingManager.
 */
import { join } from "node:path";
import pino from "pino";
import { createTranslator } from "../../core/i18n/translator.js";
import { PROJECT_ROOT } from "../../infra/create-core-from-disk.js";
import { loadLocales } from "../../infra/load-locales.js";
import { createDiscordClient } from "./create-discord-client.js";
import { createIpcBackend } from "./ipc-backend.js";
import { parseShardArgs } from "./shard-args.js";
import { explainStartError } from "./start-discord.js";

async function runShard(): Promise<void> {
  const settings = parseShardArgs(process.argv.slice(2));
  const logger = pino({ level: settings.logLevel });
  if (!process.send) throw new Error("discord: shard.ts is started by the ShardingManager (DISCORD_SHARDING=true), not directly");
  const translator = createTranslator(loadLocales(join(PROJECT_ROOT, "locales")));
  const backend = createIpcBackend({
    send: (message) => process.send?.(message),
    onMessage: (listener) => {
      process.on("message", listener);
      return () => process.off("message", listener);
    },
  });
  const client = createDiscordClient({ backend, translator, logger, defaultLocale: settings.defaultLanguage });
  const shutdown = () => {
    backend.close();
    void client.destroy().finally(() => process.exit(0));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  // No argument: discord.js takes the token the ShardingManager handed to this process.
  await client.login();
}

runShard().catch((error: unknown) => {
  const explained = explainStartError(error);
  process.stderr.write(`${explained.message}\n`);
  process.exit(1);
});
