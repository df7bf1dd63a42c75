import type { Locale } from "../../core/i18n/locales.js";
import type { Translator } from "../../core/i18n/translator.js";
import { APPLICATION_IDS, ROLE_IDS, STATUS_IDS } from "../../core/taxonomy.js";

export type AutocompleteSource = "application" | "status" | "role" | "timezone";

/** One autocomplete result as Discord wants it: `name` shown (1–100 chars), `value` sent back (≤ 100 chars). */
export interface Suggestion {
  readonly name: string;
  readonly value: string;
}

/** Discord shows at most 25 autocomplete results. */
export const MAX_SUGGESTIONS = 25;

const KB_PREFIX: Record<Exclude<AutocompleteSource, "timezone">, { readonly key: string; readonly ids: readonly string[] }> = {
  application: { key: "kb:applications", ids: APPLICATION_IDS },
  status: { key: "kb:statuses", ids: STATUS_IDS },
  role: { key: "kb:roles", ids: ROLE_IDS },
};

/**
 * Time zones offered first when nothing is typed yet: Canada's zones, then where most applicants
 * live. Any IANA zone is still found by typing (e.g. "lagos", "sao paulo").
 */
const FIRST_ZONES = [
  "America/Toronto",
  "America/Vancouver",
  "America/Edmonton",
  "America/Winnipeg",
  "America/Regina",
  "America/Halifax",
  "America/St_Johns",
  "America/Montreal",
  "Asia/Kolkata",
  "Asia/Shanghai",
  "Asia/Manila",
  "Asia/Karachi",
  "Asia/Tehran",
  "Asia/Dubai",
  "Europe/Paris",
  "Europe/London",
  "Europe/Kyiv",
  "Europe/Kiev",
  "Africa/Lagos",
  "America/Sao_Paulo",
  "America/Mexico_City",
  "UTC",
];

/** Lowercase, strip accents, treat `_`, `/`, `-` as spaces: "Permis d'études" ~ "permis d etudes". */
export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[_/\-'’.]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

interface Candidate {
  readonly value: string;
  readonly display: string;
  /** Normalized strings the query is matched against: localized name, English name, id. */
  readonly keys: readonly string[];
}

/**
 * Builds the suggestion list for one autocomplete request. Matches the typed text against the
 * name in the user's language, the English name and the canonical id, so "study", "études" and
 * "study-permit" all find the study permit; prefix matches rank before matches inside a word.
 */
export function createSuggester(translator: Translator, timeZones: readonly string[] = listTimeZones()) {
  const cache = new Map<string, readonly Candidate[]>();

  const kbCandidates = (source: Exclude<AutocompleteSource, "timezone">, lang: Locale): readonly Candidate[] => {
    const cacheKey = `${source}:${lang}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const { key, ids } = KB_PREFIX[source];
    const local = translator.forLocale(lang);
    const english = translator.forLocale("en");
    const built = ids.map((id) => {
      const nameKey = `${key}.${id}.name`;
      const localized = translator.has(lang, nameKey) ? local(nameKey) : undefined;
      const englishName = translator.has("en", nameKey) ? english(nameKey) : undefined;
      const display = localized ?? englishName ?? id;
      return { value: id, display, keys: [display, englishName ?? "", id].filter(Boolean).map(normalizeForMatch) };
    });
    cache.set(cacheKey, built);
    return built;
  };

  const zoneCandidates: readonly Candidate[] = orderZones(timeZones).map((zone) => ({
    value: zone,
    display: zone.replace(/_/g, " "),
    keys: [normalizeForMatch(zone), normalizeForMatch(zone.split("/").at(-1) ?? zone)],
  }));

  return {
    suggest(source: AutocompleteSource, typed: string, lang: Locale): Suggestion[] {
      const candidates = source === "timezone" ? zoneCandidates : kbCandidates(source, lang);
      const query = normalizeForMatch(typed.slice(0, 100));
      const ranked = query
        ? candidates
            .map((c) => ({ c, rank: rankOf(c, query) }))
            .filter((r) => r.rank < Number.POSITIVE_INFINITY)
            .sort((a, b) => a.rank - b.rank)
            .map((r) => r.c)
        : candidates;
      return ranked.slice(0, MAX_SUGGESTIONS).map((c) => ({ name: clip(c.display, 100), value: c.value }));
    },
    /**
     * Maps free text typed into an autocomplete option without picking a suggestion to an id when
     * it names exactly one (the id itself, or a localized or English name); otherwise undefined.
     */
    resolve(source: Exclude<AutocompleteSource, "timezone">, typed: string, lang: Locale): string | undefined {
      const query = normalizeForMatch(typed);
      if (!query) return undefined;
      const exact = kbCandidates(source, lang).filter((c) => c.keys.includes(query));
      return exact.length === 1 ? exact[0]?.value : undefined;
    },
  };
}

export type Suggester = ReturnType<typeof createSuggester>;

/** Lower is better: prefix, then word start, then anywhere; exact before partial; shorter names first. */
function rankOf(candidate: Candidate, query: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (const key of candidate.keys) {
    const at = key.indexOf(query);
    if (at < 0) continue;
    const position = at === 0 ? 0 : key[at - 1] === " " ? 1 : 2;
    const rank = position * 10_000 + (key === query ? 0 : 5_000) + Math.min(key.length, 4_999);
    best = Math.min(best, rank);
  }
  return best;
}

function orderZones(zones: readonly string[]): string[] {
  const all = new Set(zones);
  const first = FIRST_ZONES.filter((z) => all.has(z) || z === "UTC");
  const firstSet = new Set(first);
  return [...first, ...[...all].filter((z) => !firstSet.has(z)).sort()];
}

/** IANA zones known to this Node build (ICU), plus UTC which some builds leave out. */
export function listTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes("UTC") ? zones : [...zones, "UTC"];
}

const clip = (text: string, max: number): string => ([...text].length <= max ? text : `${[...text].slice(0, max - 1).join("")}…`);
