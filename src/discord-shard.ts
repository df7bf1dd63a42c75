/**
 * Program entry of one Discord shard process spawned by the ShardingManager (DISCORD_SHARDING=true,
 * see adapters/discord/start-discord.ts), beside main.ts. It holds the gateway connection for its shards, renders replies and answers
 * autocomplete with its own copy of the locale catalogues, and forwards every request to the
 * manager process, which owns the store and the reminder scheduler. Its settings come from the
 * manager as arguments (shard-args.ts); the token reaches discord.js through the ShardingManager.
 *
 * With DATABASE_URL (PostgreSQL, inherited from the manager's environment) the shard answers with its
 * own core on the shared database instead: no IPC round trip per interaction, and the manager is no
 * bottleneck. The manager still runs the reminder scheduler (under the scheduler lock). This file is
 * the composition root of the shard process, so it is the one place there that reads the environment.
 */
import { join } from "node:path";
import pino from "pino";
import { parseEnv } from "./config/env.js";
import { createTranslator } from "./core/i18n/translator.js";
import { createCoreFromDisk, PROJECT_ROOT } from "./infra/create-core-from-disk.js";
import { loadLocales } from "./infra/load-locales.js";
import { createPostgresUserStore, type PostgresUserStore } from "./infra/postgres/postgres-user-store.js";
import { createLocalBackend, type DiscordBackend } from "./adapters/discord/backend.js";
import { createDiscordClient } from "./adapters/discord/create-discord-client.js";
import { createIpcBackend } from "./adapters/discord/ipc-backend.js";
import { parseShardArgs } from "./adapters/discord/shard-args.js";
import { explainStartError } from "./adapters/discord/start-discord.js";

async function runShard(): Promise<void> {
  const settings = parseShardArgs(process.argv.slice(2));
  const logger = pino({ level: settings.logLevel });
  if (!process.send) throw new Error("discord: discord-shard.ts is started by the ShardingManager (DISCORD_SHARDING=true), not directly");
  const databaseUrl = parseEnv(process.env).DATABASE_URL;
  let backend: DiscordBackend & { close(): void };
  let translator: ReturnType<typeof createTranslator>;
  let store: PostgresUserStore | undefined;
  if (databaseUrl) {
    // Migrations were applied by the manager; opening checks the schema version again (cheap, under its lock).
    store = await createPostgresUserStore({ connectionString: databaseUrl, logger, maxConnections: 5 });
    const core = await createCoreFromDisk({ store, follows: store, logger, defaultLocale: settings.defaultLanguage });
    translator = core.translator;
    // The manager's scheduler stores the paused-reminders notice; the core here tells the user at their next private reply.
    backend = { ...createLocalBackend(core), close() {} };
  } else {
    translator = createTranslator(loadLocales(join(PROJECT_ROOT, "locales")));
    backend = createIpcBackend({
      send: (message) => process.send?.(message),
      onMessage: (listener) => {
        process.on("message", listener);
        return () => process.off("message", listener);
      },
    });
  }
  const client = createDiscordClient({ backend, translator, logger, defaultLocale: settings.defaultLanguage });
  const shutdown = () => {
    backend.close();
    void client
      .destroy()
      .then(() => store?.close())
      .finally(() => process.exit(0));
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
