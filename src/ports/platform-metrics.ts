import type { Locale } from "../core/i18n/locales.js";
import type { IntentId } from "../core/taxonomy.js";

export type MetricsPlatform = "telegram" | "discord";

/**
 * What the adapters report. Every label value comes from a small fixed set (platform, update kind,
 * intent id, locale, error kind): never a user id, chat id or message text, so the label
 * cardinality stays bounded and nothing personal reaches a metrics store.
 */
export interface PlatformMetrics {
  /** One Telegram update or Discord interaction received; `kind` is the update type ("message", "inline_query", "command"…). */
  update(platform: MetricsPlatform, kind: string): void;
  /** One answer sent, by the intent it answered and its language. */
  reply(platform: MetricsPlatform | "telegram_inline", intent: IntentId, lang: Locale): void;
  /** A failure, by kind ("telegram_update", "telegram_api", "discord_interaction", "reminder_delivery"…). */
  error(kind: string): void;
}

/** For adapters started without metrics (tests, benchmarks). */
export const noMetrics: PlatformMetrics = { update() {}, reply() {}, error() {} };
