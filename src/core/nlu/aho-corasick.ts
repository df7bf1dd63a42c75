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

  // Packed transitions: characters become small class numbers, each state's edges sit sorted in
  // one typed array (most states have one or two), and the root gets a flat table.
  const charClass = new Uint16Array(0x10000);
  let classes = 0;
  for (const edges of next) for (const c of edges.keys()) if (charClass[c] === 0) charClass[c] = ++classes;
  const edgeStart = new Int32Array(next.length + 1);
  const edgeClass: number[] = [];
  const edgeTarget: number[] = [];
  next.forEach((edges, state) => {
    edgeStart[state] = edgeClass.length;
    for (const [c, to] of [...edges].sort((a, b) => (charClass[a[0]] as number) - (charClass[b[0]] as number))) {
      edgeClass.push(charClass[c] as number);
      edgeTarget.push(to);
    }
  });
  edgeStart[next.length] = edgeClass.length;
  const classOf = Uint16Array.from(edgeClass);
  const targetOf = Int32Array.from(edgeTarget);
  const root = new Int32Array(classes + 1);
  for (const [c, to] of next[0] as Map<number, number>) root[charClass[c] as number] = to;
  const step = (state: number, cls: number): number => {
    const end = edgeStart[state + 1] as number;
    for (let e = edgeStart[state] as number; e < end; e++) {
      const k = classOf[e] as number;
      if (k === cls) return targetOf[e] as number;
      if (k > cls) return -1;
    }
    return -1;
  };

  return {
    patternCount: patterns.length,
    scan(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const cls = charClass[text.charCodeAt(i)] as number;
        if (cls === 0) {
          state = 0; // a character no pattern uses: every partial match ends here
          continue;
        }
        let to = -1;
        while (state !== 0) {
          to = step(state, cls);
          if (to >= 0) break;
          state = fail[state] as number;
        }
        state = state !== 0 ? to : (root[cls] as number);
        const out = outputs[state] as number[];
        for (let k = 0; k < out.length; k++) onMatch(out[k] as number, i + 1);
      }
    },
  };
}
