import type { Understanding } from "../understanding.js";
import { type FeatureSink, fnv1a } from "./features.js";

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

/** Appends the hashed lexicon readings of `u` to `out`: the buckets of `lexiconReadings(u)`, hashed without building the strings. */
export function lexiconFeatures(u: Understanding, buckets: number, out: FeatureSink): void {
  const mask = buckets - 1;
  out.push(fnv1a(u.intent ?? "null", INTENT_PREFIX) & mask);
  if (u.application) out.push(fnv1a(u.application, APP_PREFIX) & mask);
  if (u.role) out.push(fnv1a(u.role, ROLE_PREFIX) & mask);
  if (u.status) out.push(fnv1a(u.status, STATUS_PREFIX) & mask);
  if (u.followUp) out.push(FOLLOW_UP & mask);
  if (u.quebec) out.push(QUEBEC & mask);
  if (u.country) out.push(COUNTRY & mask);
  const signals = u.signals;
  if (signals) {
    for (const signal in signals) {
      const value = (signals as Record<string, unknown>)[signal];
      // FNV-1a reads left to right, so hashing "=" and the value on from the hash of "lu:<signal>" is the hash of the whole.
      out.push(fnv1a(String(value), fnv1a("=", fnv1a(signal, SIGNAL_PREFIX))) & mask);
    }
  }
}

const INTENT_PREFIX = fnv1a("lu:intent=", SEED);
const APP_PREFIX = fnv1a("lu:app=", SEED);
const ROLE_PREFIX = fnv1a("lu:role=", SEED);
const STATUS_PREFIX = fnv1a("lu:status=", SEED);
const SIGNAL_PREFIX = fnv1a("lu:", SEED);
const FOLLOW_UP = fnv1a("lu:follow-up", SEED);
const QUEBEC = fnv1a("lu:quebec", SEED);
const COUNTRY = fnv1a("lu:country", SEED);
