import { Locale as DiscordLocale } from "discord.js";
import { type Locale, SUPPORTED_LOCALES } from "../../core/i18n/locales.js";

/**
 * Our reply languages → the Discord client languages they are shown under. Discord has no bare
 * `en` (only en-US and en-GB), splits Spanish into es-ES and es-419, and has no Punjabi, Urdu,
 * Arabic, Persian or Tagalog at all: those users see English command descriptions and pick their
 * language with `/language`, which is then stored and wins over `interaction.locale`.
 *
 * Explicit on purpose: a test checks every entry is a real Discord locale, so a typo cannot
 * silently drop a translation (Discord rejects unknown keys in `*_localizations`).
 */
export const DISCORD_LOCALES: Readonly<Record<Locale, readonly DiscordLocale[]>> = {
  en: [DiscordLocale.EnglishUS, DiscordLocale.EnglishGB],
  fr: [DiscordLocale.French],
  es: [DiscordLocale.SpanishES, DiscordLocale.SpanishLATAM],
  pt: [DiscordLocale.PortugueseBR],
  zh: [DiscordLocale.ChineseCN],
  hi: [DiscordLocale.Hindi],
  uk: [DiscordLocale.Ukrainian],
  pa: [],
  ur: [],
  ar: [],
  fa: [],
  tl: [],
};

/** Our locales Discord can show natively (descriptions localized); the others are reached through /language. */
export const LOCALES_WITH_DISCORD_LOCALE: readonly Locale[] = SUPPORTED_LOCALES.filter((l) => DISCORD_LOCALES[l].length > 0);

/** Builds a `*_localizations` object from one string per our locale, spreading each over its Discord locales. */
export function toDiscordLocalizations(perLocale: Partial<Record<Locale, string>>): Partial<Record<DiscordLocale, string>> {
  const out: Partial<Record<DiscordLocale, string>> = {};
  for (const locale of SUPPORTED_LOCALES) {
    const text = perLocale[locale];
    if (text === undefined) continue;
    for (const discordLocale of DISCORD_LOCALES[locale]) out[discordLocale] = text;
  }
  return out;
}
