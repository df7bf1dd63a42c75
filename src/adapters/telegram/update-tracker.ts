import type { Middleware } from "grammy";

/**
 * Counts updates being handled and remembers the highest update id seen, so shutdown can wait for
 * in-flight updates to finish and then confirm them to Telegram (long polling only confirms an
 * update when a later `getUpdates` asks for a higher offset; without that, a restart would answer
 * the same messages twice).
 */
export interface UpdateTracker {
  readonly middleware: Middleware;
  inFlight(): number;
  /** Highest `update_id` handled so far, or undefined before the first update. */
  lastUpdateId(): number | undefined;
  /** Resolves when nothing is in flight, or after `timeoutMs` (returns false then). */
  idle(timeoutMs: number): Promise<boolean>;
}

export function createUpdateTracker(): UpdateTracker {
  let count = 0;
  let last: number | undefined;
  let waiters: (() => void)[] = [];
  const release = () => {
    count--;
    if (count === 0) {
      const current = waiters;
      waiters = [];
      for (const w of current) w();
    }
  };
  return {
    middleware: async (ctx, next) => {
      count++;
      const id = ctx.update.update_id;
      if (last === undefined || id > last) last = id;
      try {
        await next();
      } finally {
        release();
      }
    },
    inFlight: () => count,
    lastUpdateId: () => last,
    idle(timeoutMs) {
      if (count === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== done);
          resolve(false);
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve(true);
        };
        waiters.push(done);
      });
    },
  };
}
