/**
 * A binary min-heap keyed by a number (due time). The scheduler keeps one entry per reminder
 * occurrence and pops only what is due, so a tick costs O(k log n) for k due reminders instead of a
 * scan of all n. Removal is lazy: callers check popped entries against their current state.
 */
export class MinHeap<T> {
  private readonly keys: number[] = [];
  private readonly values: T[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: T): void {
    this.keys.push(key);
    this.values.push(value);
    this.up(this.keys.length - 1);
  }

  /** Smallest key, or undefined when empty. */
  peekKey(): number | undefined {
    return this.keys[0];
  }

  pop(): { key: number; value: T } | undefined {
    const n = this.keys.length;
    if (n === 0) return undefined;
    const key = this.keys[0] as number;
    const value = this.values[0] as T;
    const lastKey = this.keys.pop() as number;
    const lastValue = this.values.pop() as T;
    if (n > 1) {
      this.keys[0] = lastKey;
      this.values[0] = lastValue;
      this.down(0);
    }
    return { key, value };
  }

  clear(): void {
    this.keys.length = 0;
    this.values.length = 0;
  }

  private swap(i: number, j: number): void {
    const k = this.keys[i] as number;
    this.keys[i] = this.keys[j] as number;
    this.keys[j] = k;
    const v = this.values[i] as T;
    this.values[i] = this.values[j] as T;
    this.values[j] = v;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] as number) <= (this.keys[i] as number)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.keys.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && (this.keys[l] as number) < (this.keys[m] as number)) m = l;
      if (r < n && (this.keys[r] as number) < (this.keys[m] as number)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
