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

/**
 * Layout, chosen so building ~4,000 patterns takes milliseconds: characters become small class
 * numbers; all edges live in one Map keyed `state * classes + class`; each state keeps its failure
 * link, the pattern ending there (if any) and a link to the next state on its failure chain where a
 * pattern ends, so reporting matches never walks states that have none.
 */
/** Upper bound on remembered transitions, so a flood of odd input cannot grow memory without limit. */
const MAX_REMEMBERED = 400_000;

export function createPatternMatcher(patterns: readonly string[]): PatternMatcher {
  const charClass = new Uint16Array(0x10000);
  let classes = 0;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      if (charClass[c] === 0) charClass[c] = ++classes;
    }
  }
  const width = classes + 1;
  const edges = new Map<number, number>();
  const firstChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  const edgeClass: number[] = [0];
  const terminal: number[] = [-1];
  patterns.forEach((pattern, index) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const cls = charClass[pattern.charCodeAt(i)] as number;
      const key = state * width + cls;
      let to = edges.get(key);
      if (to === undefined) {
        to = terminal.length;
        edges.set(key, to);
        firstChild.push(-1);
        nextSibling.push(firstChild[state] as number);
        firstChild[state] = to;
        edgeClass.push(cls);
        terminal.push(-1);
      }
      state = to;
    }
    terminal[state] = index;
  });

  const states = terminal.length;
  const fail = new Int32Array(states);
  const outLink = new Int32Array(states).fill(-1);
  const queue: number[] = [];
  for (let c = firstChild[0] as number; c >= 0; c = nextSibling[c] as number) queue.push(c);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    for (let child = firstChild[state] as number; child >= 0; child = nextSibling[child] as number) {
      const cls = edgeClass[child] as number;
      let f = fail[state] as number;
      let target = edges.get(f * width + cls);
      while (target === undefined && f !== 0) {
        f = fail[f] as number;
        target = edges.get(f * width + cls);
      }
      const link = target !== undefined && target !== child ? target : 0;
      fail[child] = link;
      outLink[child] = (terminal[link] as number) >= 0 ? link : (outLink[link] as number);
      queue.push(child);
    }
  }
  const root = new Int32Array(width);
  for (let c = firstChild[0] as number; c >= 0; c = nextSibling[c] as number) root[edgeClass[c] as number] = c;
  const term = Int32Array.from(terminal);
  // Transitions already resolved through failure links (a lazily built DFA, bounded in size).
  const delta = new Map<number, number>(edges);

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
        if (state === 0) state = root[cls] as number;
        else {
          const key = state * width + cls;
          let to = delta.get(key);
          if (to === undefined) {
            // Walk the failure links once, then remember where this (state, character) leads.
            let f = state;
            let found: number | undefined;
            while (f !== 0) {
              found = edges.get(f * width + cls);
              if (found !== undefined) break;
              f = fail[f] as number;
            }
            to = f !== 0 ? (found as number) : (root[cls] as number);
            if (delta.size < MAX_REMEMBERED) delta.set(key, to);
          }
          state = to;
        }
        for (let s = (term[state] as number) >= 0 ? state : (outLink[state] as number); s > 0; s = outLink[s] as number) {
          onMatch(term[s] as number, i + 1);
        }
      }
    },
  };
}
