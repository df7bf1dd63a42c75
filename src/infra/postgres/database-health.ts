/** What `/healthz` reports about the database-backed mode of this instance. */
export interface DatabaseHealth {
  /** The database answered a query just now. */
  readonly database: "up" | "down";
  /** This instance holds the scheduler lock: it is the one sending reminders. */
  readonly scheduler: boolean;
}

/**
 * A reporter to plug into whatever serves `/healthz`: one `SELECT 1` (bounded by `timeoutMs`) and the
 * leadership flag. An instance with the database down is unhealthy; a follower is healthy.
 */
export function createDatabaseHealth(deps: { ping(): Promise<boolean>; isLeader(): boolean; timeoutMs?: number }) {
  const timeoutMs = deps.timeoutMs ?? 2_000;
  return async (): Promise<DatabaseHealth & { ok: boolean }> => {
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
    const up = await Promise.race([deps.ping().catch(() => false), timeout]);
    return { ok: up, database: up ? "up" : "down", scheduler: deps.isLeader() };
  };
}
