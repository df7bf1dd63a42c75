/**
 * Entry of one shard process spawned by the ShardingManager (DISCORD_SHARDING=true, see
 * start-discord.ts). It holds the gateway connection for its shards, renders replies and answers
 * autocomplete with its own copy of the locale catalogues, and forwards every request to the
 * manager process, which owns the store and the reminder scheduler. Like main.ts it is a
 * composition root, so it reads the environment (the manager passes it down).
 */
import { join } from "node:path";
import { Client, GatewayIntentBits } from "discord.js";
import pino from "pino";
import { parseEnv } from "../../config/env.js";
import { createTranslator } from "../../core/i18n/translator.js";
import { PROJECT_ROOT } from "../../infra/create-core-from-disk.js";
import { loadLocales } from "../../infra/load-locales.js";
import { createSuggester } from "./autocomplete.js";
import { createInteractionHandlers } from "./interaction-handlers.js";
import { createIpcBackend } from "./ipc-backend.js";
import { explainStartError } from "./start-discord.js";
import { wireClient } from "./wire-client.js";

async function runShard(): Promise<void> {
  const env = parseEnv(process.env);
  const logger = pino({ level: env.LOG_LEVEL, base: { shard: process.env.SHARDS } });
  if (!process.send) throw new Error("discord: shard.ts is started by the ShardingManager (DISCORD_SHARDING=true), not directly");
  const translator = createTranslator(loadLocales(join(PROJECT_ROOT, "locales")));
  const backend = createIpcBackend({
    send: (message) => process.send?.(message),
    onMessage: (listener) => {
      process.on("message", listener);
      return () => process.off("message", listener);
    },
  });
  const client = new Client({ intents: [GatewayIntentBits.Guilds] });
  wireClient(
    client,
    createInteractionHandlers({ backend, translator, suggester: createSuggester(translator), logger, defaultLocale: env.DEFAULT_LANGUAGE }),
    logger,
  );
  const shutdown = () => {
    backend.close();
    void client.destroy().finally(() => process.exit(0));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
  await client.login(env.DISCORD_TOKEN);
}

runShard().catch((error: unknown) => {
  const explained = explainStartError(error);
  process.stderr.write(`${explained.message}\n`);
  process.exit(1);
});
