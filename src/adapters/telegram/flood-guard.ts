/** What to do with one incoming update from a user. */
export type FloodVerdict = "allow" | "warn" | "drop";

export interface FloodGuardOptions {
  /** Updates a user may send per window before being limited. */
  readonly limit: number;
  readonly windowMs: number;
  /** Milliseconds since the epoch; injected so tests use a fake clock. */
  readonly now: () => number;
  /** Above this many tracked users, expired windows are swept (bounds memory under a flood of new users). */
  readonly maxTrackedUsers?: number;
}

export interface FloodGuard {
  /** `userKey` is the platform user id (a number on Telegram, no string building per update). */
  check(userKey: string | number): FloodVerdict;
  /** Users currently tracked (for tests and metrics). */
  size(): number;
}

interface Window {
  start: number;
  count: number;
  warned: boolean;
}

/**
 * Per-user fixed-window flood guard. The first update over the limit gets `warn` (the adapter sends
 * one polite, localized notice), every further one in the same window gets `drop` (silence), so a
 * flooding user cannot make the bot flood back and hit Telegram's own limits for everyone else.
 * In memory on purpose: limits only need to hold for one process and reset on restart.
 */
export function createFloodGuard(options: FloodGuardOptions): FloodGuard {
  if (options.limit < 1 || options.windowMs < 1) throw new Error("createFloodGuard: limit and windowMs must be positive");
  const maxTracked = options.maxTrackedUsers ?? 50_000;
  const evictBatch = Math.max(1, Math.ceil(maxTracked / 10));
  // Kept in window-start order (a renewed window is re-inserted), so expired entries are always at the front.
  const windows = new Map<string | number, Window>();

  // Sweeping at most ten times per window keeps the per-update cost to a subtraction.
  const sweepEvery = Math.max(1, Math.floor(options.windowMs / 10));
  let lastSweep = Number.NEGATIVE_INFINITY;

  /** Drops expired windows from the front; amortised O(1) per update, even under a flood of new users. */
  const sweep = (now: number) => {
    if (now - lastSweep < sweepEvery) return;
    lastSweep = now;
    for (const [key, w] of windows) {
      if (now - w.start < options.windowMs) break;
      windows.delete(key);
    }
  };

  return {
    check(userKey) {
      const now = options.now();
      let w = windows.get(userKey);
      if (!w || now - w.start >= options.windowMs) {
        if (w) windows.delete(userKey);
        sweep(now);
        if (windows.size >= maxTracked) {
          // Still full of live windows: forget the oldest tenth at once (at worst those users get a fresh
          // allowance). One at a time, each eviction would walk the holes V8 leaves for deleted entries.
          let excess = windows.size - maxTracked + evictBatch;
          for (const oldest of windows.keys()) {
            if (excess-- <= 0) break;
            windows.delete(oldest);
          }
        }
        w = { start: now, count: 0, warned: false };
        windows.set(userKey, w);
      }
      w.count += 1;
      if (w.count <= options.limit) return "allow";
      if (w.warned) return "drop";
      w.warned = true;
      return "warn";
    },
    size: () => windows.size,
  };
}
