/**
 * Feature hashing for the trained classifiers: character n-grams inside words (they survive typos,
 * missing accents, inflections and unseen compounds) and word unigrams and bigrams (they carry
 * phrases), all hashed into a fixed number of buckets so the model needs no vocabulary file.
 *
 * The work is linear in the message and capped: at most `MAX_WORDS` words are read, and a word is
 * cut to `MAX_WORD_CHARS` characters before its n-grams are taken, so a 2,000-letter "word" costs
 * the same as a 32-letter one.
 */

export const MAX_WORDS = 200;
export const MAX_WORD_CHARS = 32;
const MIN_GRAM = 2;
const MAX_GRAM = 4;

/** FNV-1a over a string's UTF-16 code units, started from `seed`; returns an unsigned 32-bit hash. */
export function fnv1a(text: string, seed: number, from = 0, to = text.length): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SEED_CHAR = 0x811c9dc5;
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;

/**
 * Appends the hashed feature buckets of already-folded text (see `foldText`) to `out` and returns
 * how many were added. `bucketMask` is the bucket count minus one (a power of two).
 */
export function hashFeatures(folded: string, bucketMask: number, out: number[]): number {
  const start = out.length;
  const words = folded.length === 0 ? [] : folded.split(" ", MAX_WORDS);
  let previous = 0;
  for (let w = 0; w < words.length; w++) {
    const raw = words[w] as string;
    const word = raw.length > MAX_WORD_CHARS ? raw.slice(0, MAX_WORD_CHARS) : raw;
    const wordHash = fnv1a(word, SEED_WORD);
    out.push(wordHash & bucketMask);
    if (w > 0) out.push((Math.imul(previous ^ wordHash, 0x27d4eb2d) ^ SEED_BIGRAM) & bucketMask);
    previous = wordHash;
    // Character n-grams of the word with boundary marks, so prefixes and suffixes are their own features.
    const padded = `<${word}>`;
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (let i = 0; i + n <= padded.length; i++) out.push(fnv1a(padded, SEED_CHAR + n, i, i + n) & bucketMask);
    }
  }
  return out.length - start;
}
