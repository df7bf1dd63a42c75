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
 * Layout, chosen so building ~6,000 patterns takes milliseconds: characters become small class
 * numbers; the root's edges are an array, other states' edges short linked lists, and transitions
 * met while scanning are remembered in one Map keyed `state * classes + class`; each state keeps its failure
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
  // Children of the root in an array (it has one per character class); deeper states have few
  // children, kept as a linked list. No hash map is filled at build time: that was most of the
  // start-up cost once the lexicons passed 5,000 phrases.
  const root = new Int32Array(width);
  const firstChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  const edgeClass: number[] = [0];
  const terminal: number[] = [-1];
  const child = (state: number, cls: number): number => {
    if (state === 0) return (root[cls] as number) || -1;
    for (let c = firstChild[state] as number; c >= 0; c = nextSibling[c] as number) if (edgeClass[c] === cls) return c;
    return -1;
  };
  for (let index = 0; index < patterns.length; index++) {
    const pattern = patterns[index] as string;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const cls = charClass[pattern.charCodeAt(i)] as number;
      let to = child(state, cls);
      if (to < 0) {
        to = terminal.length;
        if (state === 0) root[cls] = to;
        firstChild.push(-1);
        nextSibling.push(firstChild[state] as number);
        firstChild[state] = to;
        edgeClass.push(cls);
        terminal.push(-1);
      }
      state = to;
    }
    terminal[state] = index;
  }

  const states = terminal.length;
  const fail = new Int32Array(states);
  const outLink = new Int32Array(states).fill(-1);
  const queue: number[] = [];
  for (let c = firstChild[0] as number; c >= 0; c = nextSibling[c] as number) queue.push(c);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    for (let c = firstChild[state] as number; c >= 0; c = nextSibling[c] as number) {
      const cls = edgeClass[c] as number;
      let f = fail[state] as number;
      let target = child(f, cls);
      while (target < 0 && f !== 0) {
        f = fail[f] as number;
        target = child(f, cls);
      }
      const link = target >= 0 && target !== c ? target : 0;
      fail[c] = link;
      outLink[c] = (terminal[link] as number) >= 0 ? link : (outLink[link] as number);
      queue.push(c);
    }
  }
  const term = Int32Array.from(terminal);
  // Transitions resolved through the trie and its failure links (a lazily built DFA, bounded in size).
  const delta = new Map<number, number>();

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
            let found = -1;
            while (f !== 0) {
              found = child(f, cls);
              if (found >= 0) break;
              f = fail[f] as number;
            }
            to = f !== 0 ? found : (root[cls] as number);
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
