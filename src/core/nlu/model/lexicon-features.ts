import type { Understanding } from "../understanding.js";
import { fnv1a } from "./features.js";

/** Its own seed, so a reading never lands on the bucket of an n-gram with the same text. */
const SEED = 0x2545f491;

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
  for (const reading of lexiconReadings(u)) out.push(fnv1a(reading, SEED) & (buckets - 1));
}
