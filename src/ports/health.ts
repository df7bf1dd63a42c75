/** Outcome of one health check. `detail` is for operators: never a user id, token or message text. */
export interface CheckResult {
  readonly ok: boolean;
  readonly detail?: string;
}

export type HealthCheck = () => CheckResult | Promise<CheckResult>;

/**
 * Where a component (a platform adapter, the store, the scheduler) registers its health check as it
 * starts. The adapters need only this; infra/health.ts implements it and serves `GET /healthz`.
 */
export interface HealthChecks {
  /** Adds or replaces the check of that name; returns a function that removes it. */
  register(name: string, check: HealthCheck): () => void;
}

/**
 * A condition that may be false briefly (discord.js reconnects a dropped gateway by itself): the
 * check fails only once it has been false for `graceMs`.
 */
export function graceful(
  graceMs: number,
  up: () => boolean,
  now: () => number = Date.now,
): (okDetail: string, downDetail: string) => CheckResult {
  let downSince: number | undefined;
  return (okDetail, downDetail) => {
    if (up()) {
      downSince = undefined;
      return { ok: true, detail: okDetail };
    }
    downSince ??= now();
    return { ok: now() - downSince < graceMs, detail: downDetail };
  };
}
