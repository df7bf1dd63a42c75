import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";

/** Past this many days since IRCC's as-of date, a figure is called stale and the reply links IRCC's live tool. */
export const STALE_AFTER_DAYS = 30;

/** IRCC's own processing-times tool (the live figure; the bot's data is a copy of what it published). */
export const PROCESSING_TIMES_URL =
  "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/check-processing-times.html";

const MS_PER_DAY = 86_400_000;

/** Whole days from an ISO date (UTC midnight) to `now`; negative when the date is in the future. */
export function daysSinceIso(iso: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${iso}T00:00:00Z`)) / MS_PER_DAY);
}

/** Intl locale per reply language: "24 June 2026" in English as in Canada's federal style; Gregorian even where another calendar is the default. */
const INTL_LOCALE: Readonly<Record<Locale, string>> = {
  en: "en-GB",
  fr: "fr-CA",
  es: "es",
  pt: "pt-BR",
  zh: "zh-CN",
  hi: "hi-IN",
  pa: "pa-IN",
  ur: "ur-PK",
  ar: "ar",
  fa: "fa-IR",
  tl: "fil-PH",
  uk: "uk-UA",
};

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** "2026-06-24" → "24 June 2026" / "24 juin 2026" / "2026年6月24日"…; the ISO text when it is not a date. */
export function formatIsoDate(iso: string, lang: Locale): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) return iso;
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: "long", timeZone: "UTC", calendar: "gregory" });
    formatters.set(lang, formatter);
  }
  return formatter.format(new Date(time));
}

/**
 * "as of 24 June 2026, 165 days ago" in the reply language, from IRCC's as-of date and the injected
 * clock; "no date" wording when IRCC gave none. Days are an i18next plural (`count`).
 */
export function describeAge(asOf: string | null, now: Date, lang: Locale, t: Translate): string {
  if (asOf === null || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))) return t("ptime:age.noDate");
  const date = formatIsoDate(asOf, lang);
  const days = daysSinceIso(asOf, now);
  return days <= 0 ? t("ptime:age.today", { date }) : t("ptime:age.daysAgo", { date, count: days });
}

/** True when the figure is older than {@link STALE_AFTER_DAYS} (or has no date at all). */
export function isStale(asOf: string | null, now: Date): boolean {
  return asOf === null || daysSinceIso(asOf, now) > STALE_AFTER_DAYS;
}
