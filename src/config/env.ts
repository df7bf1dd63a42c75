import { Cron } from "croner";
import { z } from "zod";
import { isLocale, type Locale } from "../core/i18n/locales.js";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional());

const schema = z.object({
  TELEGRAM_BOT_TOKEN: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{1,20}:[A-Za-z0-9_-]{20,100}$/, "expected a BotFather token such as 123456:ABC-DEF… (digits, a colon, then letters)")
      .optional(),
  ),
  TELEGRAM_API_ROOT: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).default("https://api.telegram.org")),
  TELEGRAM_WEBHOOK_URL: optionalUrl,
  TELEGRAM_WEBHOOK_SECRET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, "expected 1–256 characters A-Z, a-z, 0-9, _ or -")
      .optional(),
  ),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{17,20}$/, "expected a Discord snowflake (17–20 digits)")
      .optional(),
  ),
  DISCORD_GUILD_ID: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{17,20}$/, "expected a Discord snowflake (17–20 digits)")
      .optional(),
  ),
  DISCORD_SHARDING: z.preprocess(emptyToUndefined, z.stringbool().default(false)),
  STORE_PATH: z.preprocess(emptyToUndefined, z.string().min(1).default("var/store.json")),
  DEFAULT_LANGUAGE: z.preprocess(
    emptyToUndefined,
    z.string().default("en").refine(isLocale, "expected one of en, fr, es, pt, zh, hi, pa, ur, ar, fa, tl, uk"),
  ),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(8080)),
  /** Serves /healthz and /metrics on their own port (e.g. not exposed to the internet beside the webhook). */
  METRICS_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).optional()),
  /** How long a platform may fail (Bot API unreachable, gateway disconnected) before /healthz answers 503. */
  HEALTH_FAILURE_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(86_400).default(60)),
  // Processing-times refresh (issue 14). PTIME_SOURCE is the folder URL holding IRCC's three JSON files,
  // or "off"; PTIME_URL_* override one file each.
  PTIME_SOURCE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine(
        (value) => value === "off" || z.url({ protocol: /^https?$/ }).safeParse(value).success,
        'expected the http(s) URL of the folder holding IRCC\'s processing-times JSON files, or "off"',
      )
      .default("https://www.canada.ca/content/dam/ircc/documents/json/"),
  ),
  PTIME_URL_COUNTRY: optionalUrl,
  PTIME_URL_NON_COUNTRY: optionalUrl,
  PTIME_URL_COUNTRY_NAMES: optionalUrl,
  PTIME_CRON: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine(isCronPattern, "expected a cron pattern such as 17 5 * * * (minute hour day month weekday; an optional seconds field first)")
      .default("17 5 * * *"),
  ),
  PTIME_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(600_000).default(30_000)),
  PTIME_MAX_LOSS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .min(0, "expected a share between 0 and 1, e.g. 0.25")
      .max(1, "expected a share between 0 and 1, e.g. 0.25")
      .default(0.25),
  ),
  PTIME_RETRY_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(10).max(86_400_000).default(60_000)),
  PTIME_CACHE_PATH: optionalString,
  // The webhook server's interface: loopback behind a reverse proxy by default, "0.0.0.0" or "::" to listen everywhere.
  HOST: z.preprocess(
    emptyToUndefined,
    z
      .union([z.ipv4(), z.ipv6(), z.hostname()], { error: "expected an IP address (127.0.0.1, 0.0.0.0, ::) or a host name" })
      .default("127.0.0.1"),
  ),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, "expected a PostgreSQL URL such as postgres://bot:password@localhost:5432/bot")
      .optional(),
  ),
});

function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

export type Env = Omit<z.output<typeof schema>, "DEFAULT_LANGUAGE"> & { DEFAULT_LANGUAGE: Locale };

/** Configuration problems, one line per variable; secret values are never included. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses the environment (a plain object, so tests pass their own). Throws {@link ConfigError} listing every problem. */
export function parseEnv(input: Readonly<Record<string, string | undefined>>): Env {
  const result = schema.safeParse(input);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".") || "(environment)"}: ${issue.message}`);
  // Cross-field rule, checked even when other variables are wrong so that every problem is listed at once.
  const filled = (name: string) => (input[name] ?? "").trim() !== "";
  if (filled("DISCORD_TOKEN") && !filled("DISCORD_APPLICATION_ID"))
    problems.push("DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set");
  if (filled("TELEGRAM_WEBHOOK_URL") && !filled("TELEGRAM_WEBHOOK_SECRET")) {
    problems.push("TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL, so forged updates are refused (1–256 of A-Z a-z 0-9 _ -)");
  }
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  return result.data as Env;
}
