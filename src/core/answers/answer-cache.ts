import type { Translate } from "../i18n/translator.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import type { QuestionSignals } from "../rules/signals.js";
import type { Composed, Question } from "./question.js";

/** Cache size per (knowledge base, locale): questions repeat a lot and answers are pure. */
export const CACHE_LIMIT = 4_096;

export const cacheKey = (q: Question & QuestionSignals): string =>
  `${q.intent}|${q.application}|${q.role}|${q.status}|${q.country}|${q.quebec}|${q.insideCanada}|${q.credentialSharing ?? null}|${q.authorizationForm ?? null}|${q.otherPart ?? null}|${q.ownPart ?? null}|${q.irbReferral ?? null}|${q.sponsorshipParty ?? null}|${q.programme ?? null}|${q.myth ?? null}`;

const caches = new WeakMap<KnowledgeBase, WeakMap<Translate, Map<string, Composed>>>();
const memoized = new WeakMap<Translate, Translate>();
/** Distinct translated strings per locale; bounded by the catalogue and the data's values. */
const TEXT_CACHE_LIMIT = 20_000;

/**
 * i18next interpolation and plurals cost tens of microseconds per call; the answers use a few hundred
 * distinct (key, params) pairs per locale, so each is translated once and then read from a map.
 */
export function memoizeTranslate(t: Translate): Translate {
  let fast = memoized.get(t);
  if (fast) return fast;
  const texts = new Map<string, string>();
  fast = (key, params) => {
    let id = key;
    if (params) for (const name in params) id += `\u0000${name}=${String(params[name])}`;
    let text = texts.get(id);
    if (text === undefined) {
      text = t(key, params);
      if (texts.size >= TEXT_CACHE_LIMIT) texts.clear();
      texts.set(id, text);
    }
    return text;
  };
  memoized.set(t, fast);
  return fast;
}

export function cacheFor(kb: KnowledgeBase, t: Translate): Map<string, Composed> {
  let byLocale = caches.get(kb);
  if (!byLocale) {
    byLocale = new WeakMap();
    caches.set(kb, byLocale);
  }
  let cache = byLocale.get(t);
  if (!cache) {
    cache = new Map();
    byLocale.set(t, cache);
  }
  return cache;
}
