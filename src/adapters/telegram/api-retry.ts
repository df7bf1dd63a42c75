import { autoRetry } from "@grammyjs/auto-retry";
import { type Api, HttpError, type Transformer } from "grammy";

export interface RetryOptions {
  /** Retries after a 429 or a 5xx. */
  readonly maxRetryAttempts: number;
  /** A `retry_after` longer than this is not waited for: the call fails (the reminder sender then reschedules). */
  readonly maxDelaySeconds: number;
  /** Retries after a network error (connection refused, reset, DNS). */
  readonly maxNetworkAttempts: number;
  /** First wait after a network error; doubles on each attempt. */
  readonly networkBackoffMs: number;
}

/**
 * Bounded for interactive replies: a user waiting for an answer should get it within about half a
 * minute or not at all. auto-retry's defaults are unlimited attempts and unlimited delay, and its
 * network-error loop ignores `maxRetryAttempts`, so network errors are rethrown there and retried
 * by {@link boundedNetworkRetry} instead.
 */
export const DEFAULT_RETRY: RetryOptions = { maxRetryAttempts: 3, maxDelaySeconds: 30, maxNetworkAttempts: 3, networkBackoffMs: 500 };

/** Installs the retry transformers on an Api (the bot's, or a standalone one). */
export function installRetry(api: Api, options: RetryOptions = DEFAULT_RETRY): void {
  api.config.use(boundedNetworkRetry(options.maxNetworkAttempts, options.networkBackoffMs));
  api.config.use(
    autoRetry({
      maxRetryAttempts: options.maxRetryAttempts,
      maxDelaySeconds: options.maxDelaySeconds,
      rethrowHttpErrors: true,
    }),
  );
}

/** Retries calls that failed at the network level a bounded number of times with exponential backoff. */
export function boundedNetworkRetry(attempts: number, backoffMs: number): Transformer {
  return async (prev, method, payload, signal) => {
    let delay = backoffMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        if (!(error instanceof HttpError) || attempt >= attempts || signal?.aborted) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay *= 2;
      }
    }
  };
}
