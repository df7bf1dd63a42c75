import type { CheckResult, HealthCheck, HealthChecks } from "../ports/health.js";

export { type CheckResult, graceful, type HealthCheck } from "../ports/health.js";

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
export interface HealthRegistry extends HealthChecks {
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
