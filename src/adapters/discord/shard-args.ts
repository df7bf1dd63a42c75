import { z } from "zod";
import { isLocale, type Locale } from "../../core/i18n/locales.js";

/**
 * The settings a shard process needs, passed by the manager as command-line arguments
 * (`ShardingManager({ shardArgs })`). Nothing secret: the token reaches discord.js in the shard
 * through the ShardingManager's own DISCORD_TOKEN hand-over, so shards never parse the environment.
 */
export interface ShardSettings {
  readonly defaultLanguage: Locale;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
}

const schema = z.object({
  defaultLanguage: z.string().refine(isLocale, "expected a supported locale"),
  logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
});

export function toShardArgs(settings: ShardSettings): string[] {
  return [`--default-language=${settings.defaultLanguage}`, `--log-level=${settings.logLevel}`];
}

/** Parses the shard's argv; throws listing every problem (a manager/shard version mismatch, typically). */
export function parseShardArgs(argv: readonly string[]): ShardSettings {
  const values = Object.fromEntries(
    argv.flatMap((arg) => {
      const match = /^--(default-language|log-level)=(.*)$/.exec(arg);
      return match ? [[match[1] === "default-language" ? "defaultLanguage" : "logLevel", match[2]]] : [];
    }),
  );
  const parsed = schema.safeParse(values);
  if (!parsed.success)
    throw new Error(`discord: bad shard arguments: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data as ShardSettings;
}
