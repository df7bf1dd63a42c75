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

const FSI = "\u2068";
const PDI = "\u2069";
const LATIN = "\\p{Script=Latin}0-9";
/**
 * A left-to-right run: a URL, or Latin letters and digits with the neutrals between them (spaces,
 * ".,:/#&'’-+%@·" and brackets), plus an opening bracket just before it and closing brackets or "%"
 * just after it. Ending on a letter or digit keeps trailing spaces and punctuation with the
 * right-to-left sentence they belong to.
 */
const LTR_RUN = new RegExp(
  `https?:\\/\\/[^\\s\\u2066-\\u2069]+|[(\\[]?[${LATIN}](?:[${LATIN} .,:/#&'’()\\[\\]_\\-+%@·]*[${LATIN}])?[)\\]%]*`,
  "gu",
);
/** Isolate initiators (LRI, RLI, FSI) and their terminator (PDI). */
const ISOLATE_CONTROL = /[\u2066-\u2069]/;

/**
 * Wraps left-to-right runs (form numbers such as "IMM 5476", "(CAS)", URLs, English or French IRCC
 * labels such as "Décision rendue") in first-strong isolates so Arabic, Persian and Urdu replies keep
 * their order in Telegram and Discord. A bracket goes inside the isolate only with its partner, so
 * "(CAS)" stays whole and the ")" of an Arabic parenthesis stays outside. Text already inside an
 * isolate (an interpolated, already translated value) is left as it is, so the function is idempotent.
 */
export function isolateLtrRuns(text: string): string {
  if (!ISOLATE_CONTROL.test(text)) return text.replace(LTR_RUN, wrapRun);
  let out = "";
  let plain = "";
  let depth = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x2066 && code <= 0x2068) {
      if (depth === 0) {
        out += plain.replace(LTR_RUN, wrapRun);
        plain = "";
      }
      depth++;
      out += char;
    } else if (code === 0x2069 && depth > 0) {
      depth--;
      out += char;
    } else if (depth > 0) out += char;
    else plain += char;
  }
  return out + plain.replace(LTR_RUN, wrapRun);
}

const OPENERS = "([";
const CLOSERS = ")]";

/**
 * Isolates one run. A bracket whose partner is not in the run ("PR (EE" in "PR (EE کے بغیر)") belongs
 * to the right-to-left sentence: the run is cut there, the bracket stays outside, and the pieces on
 * either side are isolated on their own.
 */
function wrapRun(run: string): string {
  if (run.startsWith("http")) return `${FSI}${run}${PDI}`;
  const open: number[] = [];
  let cut = -1;
  for (let i = 0; i < run.length && cut < 0; i++) {
    const char = run[i] ?? "";
    if (OPENERS.includes(char)) open.push(i);
    else if (CLOSERS.includes(char) && open.pop() === undefined) cut = i;
  }
  if (cut < 0 && open.length > 0) cut = open[0] ?? -1;
  if (cut < 0) return `${FSI}${run}${PDI}`;
  return `${run.slice(0, cut).replace(LTR_RUN, wrapRun)}${run[cut]}${run.slice(cut + 1).replace(LTR_RUN, wrapRun)}`;
}
