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

/** "<" and ">": the boundary marks around a word, so prefixes and suffixes are their own n-grams. */
const WORD_START = 60;
const WORD_END = 62;

/**
 * Appends the hashed feature buckets of already-folded text (see `foldText`) to `out` and returns
 * how many were added. `bucketMask` is the bucket count minus one (a power of two).
 *
 * Reads the text in place: no word list, no padded copies, no substrings (this ran as long as the
 * whole lexicon pass when it split and copied). The buckets are exactly those of the plain definition:
 * words are the text split at every space (at most MAX_WORDS, each cut to MAX_WORD_CHARS); per word,
 * its FNV-1a hash, the bigram with the previous word, and the 2- to 4-grams of "<word>".
 */
export function hashFeatures(folded: string, bucketMask: number, out: FeatureSink): number {
  const start = out.length;
  if (folded.length === 0) return 0;
  let previous = 0;
  let wordStart = 0;
  for (let w = 0; w < MAX_WORDS; w++) {
    let wordEnd = folded.indexOf(" ", wordStart);
    const last = wordEnd < 0;
    if (last) wordEnd = folded.length;
    const length = Math.min(wordEnd - wordStart, MAX_WORD_CHARS);
    const wordHash = fnv1a(folded, SEED_WORD, wordStart, wordStart + length);
    out.push(wordHash & bucketMask);
    if (w > 0) out.push((Math.imul(previous ^ wordHash, 0x27d4eb2d) ^ SEED_BIGRAM) & bucketMask);
    previous = wordHash;
    // The n-grams of "<word>", read without building it: position 0 is "<", length + 1 is ">".
    const padded = length + 2;
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
      const seed = SEED_CHAR + n;
      for (let i = 0; i + n <= padded; i++) {
        let h = seed >>> 0;
        for (let p = i; p < i + n; p++) {
          h ^= p === 0 ? WORD_START : p === length + 1 ? WORD_END : folded.charCodeAt(wordStart + p - 1);
          h = Math.imul(h, 0x01000193);
        }
        out.push((h >>> 0) & bucketMask);
      }
    }
    if (last) break;
    wordStart = wordEnd + 1;
  }
  return out.length - start;
}

/** Where hashed features are appended: a plain array (training) or a reused `FeatureBuffer` (understanding). */
export interface FeatureSink {
  push(bucket: number): unknown;
  readonly length: number;
}

/**
 * A feature list reused for every message: an array emptied with `length = 0` gives up its storage and
 * grew it again on every message, a quarter of what understanding allocated.
 */
export class FeatureBuffer implements FeatureSink {
  values = new Int32Array(512);
  length = 0;

  push(bucket: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = bucket;
  }

  clear(): void {
    this.length = 0;
  }
}
