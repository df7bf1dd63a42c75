import type { Understanding } from "../understanding.js";

const SEED = 0x2545f491;

function hash(text: string): number {
  let h = SEED;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The lexicon's readings as model features ("lu:intent=timeline", "lu:app=work-permit"), so the
 * classifier learns when the phrase lists are right and when the n-grams know better.
 */
export function lexiconReadings(u: Understanding): string[] {
  const out = [`lu:intent=${u.intent}`];
  if (u.application) out.push(`lu:app=${u.application}`);
  if (u.role) out.push(`lu:role=${u.role}`);
  if (u.status) out.push(`lu:status=${u.status}`);
  if (u.followUp) out.push("lu:follow-up");
  if (u.quebec) out.push("lu:quebec");
  if (u.country) out.push("lu:country");
  for (const [signal, value] of Object.entries(u.signals ?? {})) out.push(`lu:${signal}=${value}`);
  return out;
}

/** Appends the hashed lexicon readings of `u` to `out`. */
export function lexiconFeatures(u: Understanding, buckets: number, out: number[]): void {
  for (const reading of lexiconReadings(u)) out.push(hash(reading) & (buckets - 1));
}
