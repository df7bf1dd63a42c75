import type pg from "pg";

/** Telegram update ids taken by one instance (`telegram_updates`, 001_init.sql). */
export interface UpdateClaims {
  /**
   * Records a Telegram update id; true the first time any instance records it, false for a repeat
   * (Telegram re-sent it, or the load balancer gave it to two instances): handle it only on true.
   */
  claimUpdate(updateId: number): Promise<boolean>;
  /** Forgets update ids recorded more than `olderThanMs` ago (Telegram gives up re-sending after a day). */
  pruneUpdates(olderThanMs: number): Promise<number>;
}

export function createUpdateClaims(pool: pg.Pool, open: () => void): UpdateClaims {
  return {
    async claimUpdate(updateId) {
      open();
      const result = await pool.query("INSERT INTO telegram_updates (update_id) VALUES ($1) ON CONFLICT DO NOTHING", [updateId]);
      return (result.rowCount ?? 0) > 0;
    },
    async pruneUpdates(olderThanMs) {
      const result = await pool.query("DELETE FROM telegram_updates WHERE seen_at < now() - make_interval(secs => $1)", [
        olderThanMs / 1000,
      ]);
      return result.rowCount ?? 0;
    },
  };
}
