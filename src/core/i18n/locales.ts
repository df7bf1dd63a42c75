/**
 * The reply languages the bot supports. English is the reference catalogue; every other locale
 * must have the same keys and `{{variables}}` (test/locales/parity.test.ts).
 */
export const SUPPORTED_LOCALES = ["en", "fr", "es", "pt", "zh", "hi", "pa", "ur", "ar", "fa", "tl", "uk"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Locales written right to left: replies wrap left-to-right tokens in Unicode isolates. */
export const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(["ar", "fa", "ur"]);

const SUPPORTED: ReadonlySet<string> = new Set(SUPPORTED_LOCALES);

/** Aliases seen in platform hints (Telegram `language_code`, Discord `Locale`) that are not plain ISO 639-1. */
const ALIASES: Readonly<Record<string, Locale>> = {
  fil: "tl",
  "zh-cn": "zh",
  "zh-hans": "zh",
  "zh-sg": "zh",
  "pt-br": "pt",
  "pt-pt": "pt",
  "es-es": "es",
  "es-419": "es",
  "pa-guru": "pa",
  "pa-in": "pa",
};

/**
 * Maps one untrusted hint ("fr-CA", "PT_br", "../x", undefined) to a supported locale, or undefined.
 * Never pass a raw hint to i18next or the file system: always go through this function.
 */
export function toLocale(hint: unknown): Locale | undefined {
  if (typeof hint !== "string" || hint.length === 0 || hint.length > 35) return undefined;
  const tag = hint.trim().toLowerCase().replace(/_/g, "-");
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag)) return undefined;
  const alias = ALIASES[tag];
  if (alias) return alias;
  const base = tag.split("-")[0] ?? "";
  if (base === "zh" && /-(tw|hk|mo|hant)/.test(tag)) return undefined; // Traditional Chinese is not Simplified
  const baseAlias = ALIASES[base];
  if (baseAlias) return baseAlias;
  return SUPPORTED.has(base) ? (base as Locale) : undefined;
}

/** Picks the first hint that maps to a supported locale, in the order given; else the fallback. */
export function resolveLocale(hints: readonly unknown[], fallback: Locale = DEFAULT_LOCALE): Locale {
  for (const hint of hints) {
    const locale = toLocale(hint);
    if (locale) return locale;
  }
  return fallback;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && SUPPORTED.has(value);
}
