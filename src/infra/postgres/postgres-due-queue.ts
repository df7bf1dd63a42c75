import pg from "pg";
import type { DueQueueFactory, DueReminder, PlatformId } from "../../core/reminders/due-queue.js";
import type { PostgresUserStore } from "./postgres-user-store.js";

// The console user is "console" (no prefix); a bot instance has no console chat, so its reminders stay for the console.
const PREFIXES: Readonly<Record<PlatformId, string>> = { telegram: "tg:%", discord: "dc:%", console: "console" };

/**
 * The due queue is the database: `reminders.due_at` (generated from next due, snooze and pause) with
 * a partial index, so a tick reads only the rows that are due, earliest first, and start-up loads
 * nothing. Only the instance holding the scheduler lock (scheduler-leader.ts) calls it.
 *
 * `claim` writes the occurrence key into the reminder's row before sending. The update succeeds only
 * if no one took that key yet (or this same process did, for a retry), so an instance taking over
 * after a crash skips an occurrence the dead one was sending, instead of sending it again. Claims go
 * over connections of their own: queued behind the pool's reads they would wait an unpredictable
 * time, and every millisecond between a claim and its send is a message lost if the process dies there.
 */
export function createPostgresDueQueue(store: PostgresUserStore, options: { instanceId: string }): DueQueueFactory {
  const { pool } = store;
  return ({ platforms }) => {
    const prefixes = platforms.map((p) => PREFIXES[p]);
    // Claims only: a small pool of their own, never queued behind the reads of the main pool.
    let claims: pg.Pool | undefined;
    const claimPool = (): pg.Pool => {
      if (!claims) {
        claims = new pg.Pool({ ...pool.options, max: 2, keepAlive: true });
        claims.on("error", () => undefined); // an idle claim connection dropping is replaced on next use
      }
      return claims;
    };
    return {
      async load() {},
      async takeDue(now, limit, exclude): Promise<DueReminder[]> {
        if (prefixes.length === 0 || limit <= 0) return [];
        const { rows } = await pool.query<{ id: string; user_id: string; due_at: number; last_delivered_key: string | null }>(
          `SELECT id, user_id, due_at, last_delivered_key FROM reminders
           WHERE due_at <= $1 AND user_id LIKE ANY ($2::text[]) AND NOT (id = ANY ($3::text[]))
           ORDER BY due_at LIMIT $4`,
          [now, prefixes, [...exclude], limit],
        );
        return rows.map((row) => ({
          reminderId: row.id,
          userId: row.user_id,
          dueAt: row.due_at,
          lastDeliveredKey: row.last_delivered_key,
        }));
      },
      current: (userId, reminderId) => store.getReminder(userId, reminderId),
      async claimedElsewhere(reminderId, key) {
        const { rowCount } = await pool.query(
          "SELECT 1 FROM reminders WHERE id = $1 AND claimed_key = $2 AND claimed_by IS DISTINCT FROM $3",
          [reminderId, key, options.instanceId],
        );
        return (rowCount ?? 0) > 0;
      },
      async claim(reminder, key) {
        const result = await claimPool().query(
          `UPDATE reminders SET claimed_key = $2, claimed_by = $3
           WHERE id = $1 AND (claimed_key IS DISTINCT FROM $2 OR claimed_by = $3)`,
          [reminder.id, key, options.instanceId],
        );
        return (result.rowCount ?? 0) > 0;
      },
      unload() {
        const closing = claims;
        claims = undefined;
        void closing?.end().catch(() => undefined);
      },
      size: undefined,
    };
  };
}
