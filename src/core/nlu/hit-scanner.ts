import type { RoleId } from "../taxonomy.js";
import type { CompiledLexicon, Hit, Signal } from "./compile-lexicon.js";

/** Categories where a longer phrase hides the shorter ones it contains ("spousal open work permit" hides "spousal"). */
const NESTING = new Set(["app", "status", "role", "intent"]);

/** Roles that own (part of) the file: asking what they may see is an access question. */
export const SELF_ROLES: ReadonlySet<RoleId> = new Set<RoleId>(["applicant", "sponsor", "dependant"]);

const OTHER_PERSON_CATEGORIES = new Set(["rel", "role"]);
const OTHER_PERSON_CUES = new Set(["other-person", "third-party", "share-verb"]);

export interface HitScanner {
  /** Every lexicon phrase in `padded` (the folded text between START and a space), nested ones removed. */
  scan(padded: string): Hit[];
  /** True when the text names another person: a relative, a role not on one's own file, "someone", a handing-over verb. */
  mentionsOtherPerson(padded: string): boolean;
}

export function createHitScanner(compiled: CompiledLexicon, maxHits: number): HitScanner {
  const { matcher, signals, patternLengths } = compiled;
  const scan = (padded: string): Hit[] => {
    const hits: Hit[] = [];
    // The nesting filter below compares hits pairwise: capping them keeps a flood of repeated
    // phrases ("配偶担保" × 500) from costing a million comparisons.
    matcher.scan(padded, (pattern, end) => {
      if (hits.length >= maxHits) return;
      const start = end - (patternLengths[pattern] as number);
      for (const signal of signals[pattern] as readonly Signal[]) hits.push({ signal, start, end });
    });
    // Longer phrases hide shorter ones of the same category inside them, and an application name
    // hides the relative inside it ("配偶担保" is a sponsorship, not a question about a spouse).
    const nested = hits.filter((h) => NESTING.has(h.signal.category));
    const insideApp = (h: Hit) => nested.some((o) => o.signal.category === "app" && o.start <= h.start && o.end >= h.end);
    return hits.filter((h) =>
      h.signal.category === "rel"
        ? !insideApp(h)
        : !NESTING.has(h.signal.category) ||
          !nested.some(
            (o) => o.signal.category === h.signal.category && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start,
          ),
    );
  };
  return {
    scan,
    mentionsOtherPerson: (padded) =>
      scan(padded).some(
        (h) =>
          (h.signal.category === "cue" && OTHER_PERSON_CUES.has(h.signal.id)) ||
          (OTHER_PERSON_CATEGORIES.has(h.signal.category) && !SELF_ROLES.has(h.signal.id as RoleId)),
      ),
  };
}
