import i18next, { type i18n, type TFunction } from "i18next";
import { DEFAULT_LOCALE, type Locale, RTL_LOCALES, SUPPORTED_LOCALES } from "./locales.js";

/** locale → namespace → nested key/value object, as loaded from `locales/<lng>/<ns>.json`. */
export type LocaleResources = Partial<Record<Locale, Record<string, Record<string, unknown>>>>;

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface Translator {
  /** A translate function fixed to one locale. Cached; never changes the language of a shared instance. */
  forLocale(locale: Locale): Translate;
  /** True when the key exists in that locale itself (no fallback to English). */
  has(locale: Locale, key: string): boolean;
  readonly namespaces: readonly string[];
}

/**
 * Builds one i18next instance over in-memory resources (the loading happens in infra/load-locales.ts)
 * and hands out fixed-locale functions. Missing keys fall back to English, then to the key itself.
 * Interpolation does not HTML-escape: replies are plain text and adapters escape for their parse mode.
 */
export function createTranslator(resources: LocaleResources): Translator {
  const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r ?? {})))];
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources: resources as Record<string, Record<string, Record<string, unknown>>>,
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    ns: namespaces,
    defaultNS: "common",
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<i18n["init"]>[0]);
  const cache = new Map<Locale, Translate>();
  return {
    namespaces,
    forLocale(locale) {
      let t = cache.get(locale);
      if (!t) {
        const fixed: TFunction = instance.getFixedT(locale);
        const rtl = RTL_LOCALES.has(locale);
        // Most keys are static text; memoizing them keeps i18next out of the per-question hot path.
        const memo = new Map<string, string>();
        t = (key, params) => {
          if (params === undefined) {
            const cached = memo.get(key);
            if (cached !== undefined) return cached;
          }
          const raw = fixed(key, params as never) as unknown as string;
          const text = rtl ? isolateLtrRuns(raw) : raw;
          if (params === undefined) memo.set(key, text);
          return text;
        };
        cache.set(locale, t);
      }
      return t;
    },
    has(locale, key) {
      return instance.exists(key, { lng: locale, fallbackLng: false } as never);
    },
  };
}

const LTR_RUN = /(https?:\/\/\S+|[A-Za-z0-9][A-Za-z0-9 .,:/#&'’()_\-+%]*[A-Za-z0-9)%])/g;
const FSI = "\u2068";
const PDI = "\u2069";

/**
 * Wraps left-to-right runs (form numbers such as "IMM 5476", URLs, English IRCC labels) in
 * first-strong isolates so Arabic, Persian and Urdu replies keep their order in Telegram and Discord.
 */
export function isolateLtrRuns(text: string): string {
  if (text.includes(FSI)) return text;
  return text.replace(LTR_RUN, (run) => `${FSI}${run}${PDI}`);
}
