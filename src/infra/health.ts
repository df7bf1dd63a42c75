/** Outcome of one health check. `detail` is for operators: never a user id, token or message text. */
export interface CheckResult {
  readonly ok: boolean;
  readonly detail?: string;
}

export type HealthCheck = () => CheckResult | Promise<CheckResult>;

export interface HealthReport {
  readonly ok: boolean;
  readonly checks: Readonly<Record<string, CheckResult>>;
}

/**
 * Named health checks that components register as they start: each platform ("telegram",
 * "discord"), the store, the reminder scheduler. `GET /healthz` runs them all (each bounded by a
 * timeout, so a hung dependency reports unhealthy instead of hanging the probe) and is healthy only
 * when every check is. A component that stops for good unregisters or starts reporting failure.
 */
export interface HealthRegistry {
  /** Adds or replaces the check of that name; returns a function that removes it. */
  register(name: string, check: HealthCheck): () => void;
  run(): Promise<HealthReport>;
  names(): readonly string[];
}

export function createHealthRegistry(options: { readonly timeoutMs?: number } = {}): HealthRegistry {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const checks = new Map<string, HealthCheck>();
  const runOne = async (check: HealthCheck): Promise<CheckResult> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<CheckResult>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
    });
    try {
      return await Promise.race([Promise.resolve().then(check), timeout]);
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.name : "failed" };
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    register(name, check) {
      checks.set(name, check);
      return () => {
        if (checks.get(name) === check) checks.delete(name);
      };
    },
    async run() {
      const entries = [...checks];
      const results = await Promise.all(entries.map(([, check]) => runOne(check)));
      const out: Record<string, CheckResult> = {};
      entries.forEach(([name], index) => {
        out[name] = results[index]!;
      });
      return { ok: results.every((r) => r.ok), checks: out };
    },
    names: () => [...checks.keys()],
  };
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
