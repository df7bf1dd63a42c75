/**
 * A multi-pattern string matcher (Aho-Corasick automaton). Built once from every lexicon pattern,
 * it finds all of them in one left-to-right pass over a message, so the cost per message grows
 * with the message length, not with the size of the lexicon in twelve languages.
 */
export interface PatternMatcher {
  /** Calls `onMatch(patternIndex, endExclusive)` for every occurrence, overlapping ones included. */
  scan(text: string, onMatch: (pattern: number, end: number) => void): void;
  readonly patternCount: number;
}

export function createPatternMatcher(patterns: readonly string[]): PatternMatcher {
  const next: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      const edges = next[state] as Map<number, number>;
      let to = edges.get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        outputs.push([]);
        edges.set(c, to);
      }
      state = to;
    }
    (outputs[state] as number[]).push(index);
  });

  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (const to of (next[0] as Map<number, number>).values()) queue.push(to);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    for (const [c, to] of next[state] as Map<number, number>) {
      queue.push(to);
      let f = fail[state] as number;
      while (f !== 0 && !(next[f] as Map<number, number>).has(c)) f = fail[f] as number;
      const target = (next[f] as Map<number, number>).get(c);
      fail[to] = target !== undefined && target !== to ? target : 0;
      const inherited = outputs[fail[to] as number] as number[];
      if (inherited.length > 0) outputs[to] = [...(outputs[to] as number[]), ...inherited];
    }
  }

  return {
    patternCount: patterns.length,
    scan(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let to = (next[state] as Map<number, number>).get(c);
        while (to === undefined && state !== 0) {
          state = fail[state] as number;
          to = (next[state] as Map<number, number>).get(c);
        }
        state = to ?? 0;
        const out = outputs[state] as number[];
        for (let k = 0; k < out.length; k++) onMatch(out[k] as number, i + 1);
      }
    },
  };
}
