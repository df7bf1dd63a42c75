/**
 * Typo correction for Latin and Cyrillic words with a symmetric-delete index (the SymSpell idea):
 * every lexicon word is stored under the strings obtained by deleting up to two of its letters, so
 * a misspelt word is looked up by its own deletions in a handful of map reads, never by comparing it
 * with the whole vocabulary.
 */
export interface FuzzyIndex {
  /** The vocabulary word the token most likely means, or undefined when it is known or too far from any. */
  correct(token: string): string | undefined;
}

/**
 * Longest word that is spell-corrected. Deleting two letters of an n-letter word makes about n²/2
 * keys of n letters each, so without a cap one 2,000-letter word cost gigabytes (issue 11); at 24
 * letters it is at most ~300 short keys. No lexicon word is longer than 22 letters, so nothing
 * correctable is lost (a test checks the vocabulary against this cap).
 */
export const MAX_CORRECTED_WORD = 24;

/**
 * Most candidate words compared with one token. A key usually lists one or two words, so this is
 * never reached by real text; it bounds the edit-distance work when many keys collide.
 */
export const MAX_CANDIDATES = 64;

/** Edit distance allowed for a word of this length: short words are left alone (too many false friends). */
function allowedDistance(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

function deletions(word: string, depth: number, into: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prevPrev[j - 2] as number) + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * @param vocabulary words typos are corrected towards (lexicon words)
 * @param known words never corrected (the vocabulary itself and common function words, so "there"
 *   does not become "where")
 */
export function createFuzzyIndex(vocabulary: Iterable<string>, known: ReadonlySet<string>): FuzzyIndex {
  const index = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = index.get(key);
    if (!list) index.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (const word of vocabulary) {
    // Two deletions only for long words: cheaper to build, and short words get one-letter typos only.
    const depth = word.length >= 9 ? 2 : 1;
    if (word.length < 4) continue;
    add(word, word);
    const dels = new Set<string>();
    deletions(word, depth, dels);
    for (const d of dels) add(d, word);
  }

  // Four-letter words are only corrected for a swap of two neighbours ("lnog" -> "long") or one
  // missing letter after the first ("wher" -> "where", "sudy" -> "study"): any other change on
  // so short a word too often lands on a different real word.
  const anagrams = new Map<string, string[]>();
  const missingLetter = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length === 4) {
      const key = [...word].sort().join("");
      anagrams.set(key, [...(anagrams.get(key) ?? []), word]);
    } else if (word.length === 5) {
      for (let i = 1; i < 5; i++) {
        const key = word.slice(0, i) + word.slice(i + 1);
        missingLetter.set(key, [...(missingLetter.get(key) ?? []), word]);
      }
    }
  }

  const cache = new Map<string, string | null>();
  return {
    correct(token) {
      if (known.has(token)) return undefined;
      const cached = cache.get(token);
      if (cached !== undefined) return cached ?? undefined;
      if (cache.size > 20_000) cache.clear();
      if (token.length === 4) {
        const fixed =
          anagrams.get([...token].sort().join(""))?.find((w) => editDistance(token, w, 1) === 1) ?? missingLetter.get(token)?.[0];
        cache.set(token, fixed ?? null);
        return fixed;
      }
      const max = allowedDistance(token.length);
      if (max === 0 || token.length > MAX_CORRECTED_WORD) return undefined;
      const keys = new Set<string>([token]);
      deletions(token, max, keys);
      let best: string | undefined;
      let bestDistance = max + 1;
      let compared = 0;
      search: for (const key of keys) {
        const candidates = index.get(key);
        if (!candidates) continue;
        for (const candidate of candidates) {
          if (candidate.length < 4 || candidate === best) continue;
          if (++compared > MAX_CANDIDATES) break search;
          const d = editDistance(token, candidate, max);
          // Ties go to the candidate sharing the longer beginning ("permits" -> "permit", not "permis").
          if (
            d < bestDistance ||
            (d === bestDistance && best !== undefined && commonPrefix(candidate, token) > commonPrefix(best, token))
          ) {
            best = candidate;
            bestDistance = d;
          }
        }
      }
      cache.set(token, best ?? null);
      return best;
    },
  };
}
