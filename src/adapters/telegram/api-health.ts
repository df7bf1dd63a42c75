import { HttpError, type Transformer } from "grammy";

export interface ApiHealthOptions {
  /** How long the Bot API may keep failing before the bot reports itself unhealthy. */
  readonly unhealthyAfterMs: number;
  readonly now?: () => number;
  /** Called for each failed call (metrics); gets the method name only. */
  readonly onFailure?: (method: string) => void;
}

export interface ApiHealth {
  /** Install first (innermost), so every real attempt is seen, retries included. */
  readonly transformer: Transformer;
  check(): { ok: boolean; detail: string };
}

/**
 * Watches every Bot API call. A network error, a 5xx or a 401 means Telegram cannot be reached
 * (or no longer accepts the token); any other answer, a 403 or 429 included, means it can. The bot
 * is unhealthy once calls have failed without a single success for `unhealthyAfterMs`: one failed
 * call during a blip is not an outage, and long polling keeps calling, so recovery shows at once.
 */
export function createApiHealth(options: ApiHealthOptions): ApiHealth {
  const now = options.now ?? Date.now;
  let failingSince: number | undefined;
  const reachable = () => {
    failingSince = undefined;
  };
  const unreachable = (method: string) => {
    failingSince ??= now();
    options.onFailure?.(method);
  };
  return {
    transformer: async (prev, method, payload, signal) => {
      try {
        const result = await prev(method, payload, signal);
        if (result.ok || (result.error_code >= 400 && result.error_code < 500 && result.error_code !== 401)) reachable();
        else unreachable(method);
        return result;
      } catch (error) {
        // An aborted call (shutdown, the runner stopping) says nothing about Telegram.
        if (error instanceof HttpError && !signal?.aborted) unreachable(method);
        throw error;
      }
    },
    check() {
      if (failingSince === undefined) return { ok: true, detail: "Bot API reachable" };
      const failingMs = now() - failingSince;
      return failingMs >= options.unhealthyAfterMs
        ? { ok: false, detail: `Bot API failing for ${Math.round(failingMs / 1000)} s` }
        : { ok: true, detail: "Bot API failing briefly" };
    },
  };
}
