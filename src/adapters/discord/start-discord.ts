import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DiscordAPIError, REST, Routes, ShardingManager } from "discord.js";
import type { BotCore } from "../../core/bot-core.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { CoreLogger } from "../../core/logger.js";
import type { ReminderSender } from "../../core/reminders/delivery.js";
import { graceful, type HealthChecks } from "../../ports/health.js";
import type { PlatformMetrics } from "../../ports/platform-metrics.js";
import { countedBackend, createLocalBackend } from "./backend.js";
import { createDiscordClient } from "./create-discord-client.js";
import { serveIpcBackend } from "./ipc-backend.js";
import { createDiscordReminderSender, INLINE_RATE_LIMIT_WAIT_MS } from "./reminder-sender.js";
import { type ShardSettings, toShardArgs } from "./shard-args.js";

export interface StartDiscordOptions {
  readonly core: BotCore;
  /** DISCORD_TOKEN; missing is a start error that says what to set. */
  readonly token: string | undefined;
  /** Reply language when neither a stored choice nor the user's locale decides (DEFAULT_LANGUAGE). */
  readonly defaultLocale: Locale;
  /**
   * DISCORD_SHARDING: this process becomes the ShardingManager and spawns `script` (the shard program,
   * src/discord-shard, given without extension: `.ts` under tsx, `.js` when built) once per shard.
   */
  readonly sharding?: { readonly script: URL; readonly logLevel: ShardSettings["logLevel"] };
  readonly logger: CoreLogger;
  /** Discord API base URL; tests point it at a fake server on 127.0.0.1. */
  readonly restApi?: string;
  /** Registers the "discord" check (gateway connected; every shard ready under sharding). */
  readonly health?: HealthChecks;
  /** Counts interactions and replies in this process (under sharding, the shards forward them here). */
  readonly metrics?: PlatformMetrics;
  /** A gateway may be down this long (discord.js reconnects by itself) before /healthz reports Discord down. */
  readonly unhealthyAfterMs?: number;
}

export interface DiscordHandle {
  stop(): Promise<void>;
  /** DMs reminders over REST; give it to the scheduler, which runs only in this process. */
  readonly sender: ReminderSender;
}

/** Discord could not be started; the message says what to fix. main.ts logs it and exits with `exitCode`. */
export class DiscordStartError extends Error {
  override readonly name = "DiscordStartError";
  readonly exitCode = 1;
}

const TOKEN_HELP =
  "discord: DISCORD_TOKEN is missing or was rejected by Discord (401 TokenInvalid). Copy the bot token from the Developer Portal (Applications → your app → Bot → Reset Token) into DISCORD_TOKEN; it is not the application id or the client secret.";

/** Maps discord.js's TokenInvalid and a REST 401 to one clear error; other errors pass through. */
export function explainStartError(error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "TokenInvalid" || code === "TokenMissing" || (error instanceof DiscordAPIError && error.status === 401)) {
    return new DiscordStartError(TOKEN_HELP, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Starts the Discord adapter. One process by default: a gateway client with minimal intents
 * (see create-discord-client.ts). With `sharding` (DISCORD_SHARDING=true)
 * this process becomes the ShardingManager: it spawns shard processes (src/discord-shard.ts) that hold the gateway
 * connections and forward every interaction here over IPC, so this process alone owns the store
 * and runs the reminder scheduler. Logging in never registers commands (`npm run deploy:discord`).
 */
export async function startDiscord({
  core,
  token,
  defaultLocale,
  sharding,
  logger,
  restApi,
  health,
  metrics,
  unhealthyAfterMs = 60_000,
}: StartDiscordOptions): Promise<DiscordHandle> {
  if (!token) throw new DiscordStartError("discord: DISCORD_TOKEN is not set; leave Discord off or set the bot token");
  const restOptions = restApi ? { api: restApi } : {};
  const local = createLocalBackend(core);
  const backend = metrics ? countedBackend(local, metrics) : local;
  const senderRest = new REST({ ...restOptions, rejectOnRateLimit: (limit) => limit.retryAfter > INLINE_RATE_LIMIT_WAIT_MS }).setToken(
    token,
  );
  const sender = createDiscordReminderSender({ rest: senderRest, translator: core.translator, logger });

  if (sharding) {
    let totalShards: number;
    try {
      const gateway = (await senderRest.get(Routes.gatewayBot())) as { shards?: number };
      totalShards = Math.max(1, gateway.shards ?? 1);
    } catch (error) {
      throw explainStartError(error);
    }
    const entry = shardEntry(sharding.script);
    const manager = new ShardingManager(entry.file, {
      token,
      totalShards,
      mode: "process",
      respawn: true,
      execArgv: entry.execArgv,
      shardArgs: toShardArgs({ defaultLanguage: defaultLocale, logLevel: sharding.logLevel }),
    });
    manager.on("shardCreate", (shard) => {
      logger.info({ shard: shard.id, of: totalShards }, "discord: shard spawned");
      serveIpcBackend(
        {
          send: (message) => shard.send(message).catch(() => undefined),
          onMessage: (listener) => {
            shard.on("message", listener);
            return () => shard.off("message", listener);
          },
        },
        backend,
        logger,
      );
    });
    try {
      await manager.spawn();
    } catch (error) {
      throw explainStartError(error);
    }
    const shardsReady = graceful(
      unhealthyAfterMs,
      () => manager.shards.size > 0 && [...manager.shards.values()].every((shard) => shard.ready),
    );
    health?.register("discord", () => shardsReady("every shard connected", "a shard is not connected"));
    return {
      sender,
      async stop() {
        manager.respawn = false;
        for (const shard of manager.shards.values()) shard.kill();
      },
    };
  }

  const client = createDiscordClient({ backend, translator: core.translator, logger, defaultLocale, restApi });
  try {
    await client.login(token);
  } catch (error) {
    throw explainStartError(error);
  }
  const connected = graceful(unhealthyAfterMs, () => client.isReady());
  health?.register("discord", () => connected("gateway connected", "gateway not connected"));
  return {
    sender,
    async stop() {
      await client.destroy();
    },
  };
}

/** The shard program under tsx (how the project runs from source), or the compiled `.js` beside it. */
function shardEntry(script: URL): { file: string; execArgv: string[] } {
  const ts = fileURLToPath(`${script.href}.ts`);
  if (existsSync(ts)) return { file: ts, execArgv: ["--import", "tsx"] };
  return { file: fileURLToPath(`${script.href}.js`), execArgv: [] };
}
