import type { Locale } from "./locales.js";

/** Intl tags for the bot's locales where the plain code is not what ICU expects. */
const INTL_TAGS: Partial<Record<Locale, string>> = { tl: "fil", zh: "zh-Hans", pa: "pa-Guru" };

const namers = new Map<Locale, Intl.DisplayNames>();

/**
 * A country's name in the reply language ("BR" → "Brasil" in Portuguese, "मिस्र" for Egypt in Hindi)
 * from the ICU data built into Node, so no catalogue has to list 250 countries in twelve languages.
 * Falls back to the given name (IRCC's English name from the knowledge base), then to the code.
 */
export function countryName(code: string, locale: Locale, fallback?: string): string {
  let namer = namers.get(locale);
  if (!namer) {
    namer = new Intl.DisplayNames([INTL_TAGS[locale] ?? locale, "en"], { type: "region", fallback: "none" });
    namers.set(locale, namer);
  }
  let name: string | undefined;
  try {
    name = namer.of(code.toUpperCase());
  } catch {
    name = undefined; // not a well-formed region code
  }
  return name ?? fallback ?? code;
}
