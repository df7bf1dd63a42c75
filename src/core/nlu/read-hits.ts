import type { IntentId } from "../taxonomy.js";
import type { Hit } from "./compile-lexicon.js";
import type { WordTables } from "./word-tables.js";

/** What the phrases found in one message say, sorted by kind. */
export interface HitReadings {
  readonly cues: Set<string>;
  /** Systems named (cas, tracker, account). */
  readonly ctx: Set<string>;
  /** Relatives named (spouse, child, parent, other). */
  readonly rels: Set<string>;
  readonly appHits: Hit[];
  readonly statusHits: Hit[];
  readonly roleHits: Hit[];
  readonly localeHits: Hit[];
  readonly country: string | null;
  /** Summed intent phrase weights. */
  readonly scores: Map<IntentId, number>;
  /** Where the first "answer in / switch to" verb starts, or -1. */
  readonly firstVerbAt: number;
  /** A negation stands next to an IRB mention ("not yet referred"). */
  readonly irbNegated: boolean;
}

/** Sorts the hits by category and applies the corrections that need several of them together. */
export function readHits(hits: readonly Hit[], padded: string, words: Pick<WordTables, "negatedAround">): HitReadings {
  const cues = new Set<string>();
  const ctx = new Set<string>();
  const rels = new Set<string>();
  const appHits: Hit[] = [];
  const statusHits: Hit[] = [];
  const roleHits: Hit[] = [];
  const localeHits: Hit[] = [];
  let country: string | null = null;
  const scores = new Map<IntentId, number>();
  let firstVerbAt = -1;
  let irbNegated = false;
  let relHits = 0;
  let relAtStart: string | null = null;
  for (const hit of hits) {
    const { category, id, weight } = hit.signal;
    switch (category) {
      case "intent":
        scores.set(id as IntentId, (scores.get(id as IntentId) ?? 0) + weight);
        break;
      case "cue":
        cues.add(id);
        if (id === "language-verb" && (firstVerbAt < 0 || hit.start < firstVerbAt)) firstVerbAt = hit.start;
        if (id === "irb" && !irbNegated) irbNegated = words.negatedAround(padded, hit);
        break;
      case "ctx":
        ctx.add(id);
        break;
      case "rel":
        rels.add(id);
        relHits++;
        if (hit.start <= 2) relAtStart = id;
        break;
      case "app":
        appHits.push(hit);
        break;
      case "status":
        statusHits.push(hit);
        break;
      case "role":
        roleHits.push(hit);
        break;
      case "locale":
        localeHits.push(hit);
        break;
      case "country":
        country ??= id;
        break;
    }
  }
  if (cues.has("not-tracker")) ctx.delete("tracker");
  // "bhai mera visa kab aayega": the opening "bhai" addresses the reader, unless another relative is named.
  if (cues.has("vocative") && relAtStart !== null && relHits === 1) rels.delete(relAtStart);
  return { cues, ctx, rels, appHits, statusHits, roleHits, localeHits, country, scores, firstVerbAt, irbNegated };
}
