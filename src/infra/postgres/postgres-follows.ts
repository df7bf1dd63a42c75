import type pg from "pg";
import { type Follow, type FollowStore, MAX_FOLLOWS_PER_USER } from "../../core/store/follows.js";
import { StoreLimitError } from "../../core/store/user-store.js";
import type { ApplicationId } from "../../core/taxonomy.js";

interface FollowRow {
  user_id: string;
  application: string;
  country: string | null;
  figure: string;
  created_at: number;
}

const followFromRow = (r: FollowRow): Follow => ({
  application: r.application as ApplicationId,
  country: r.country,
  figure: r.figure,
  createdAt: r.created_at,
});

// One follow: the user, the application and the country (NULL country is one target). The COALESCE form
// matches the unique index follows_target, so each of these is an index lookup.
const TARGET = "user_id = $1 AND application = $2 AND COALESCE(country, '') = COALESCE($3, '')";

/**
 * The {@link FollowStore} on PostgreSQL (`follows`, 002_follows.sql): every instance sees every follow,
 * and a change alert is claimed in the row (`alert_claimed_at`) so only one instance sends it.
 * Follows are part of the user's record: the user store lists them in /mydata and deletes them on /forget.
 */
export function createPostgresFollows(pool: pg.Pool, open: () => void): FollowStore {
  return {
    async listFollows(userId) {
      open();
      const { rows } = await pool.query<FollowRow>(
        "SELECT user_id, application, country, figure, created_at FROM follows WHERE user_id = $1 ORDER BY seq",
        [userId],
      );
      return rows.map(followFromRow);
    },
    async addFollow(userId, follow) {
      open();
      const { rows } = await pool.query<{ outcome: string }>("SELECT add_follow($1, $2, $3, $4, $5, $6) AS outcome", [
        userId,
        follow.application,
        follow.country,
        follow.figure,
        follow.createdAt,
        MAX_FOLLOWS_PER_USER,
      ]);
      const outcome = rows[0]?.outcome;
      if (outcome === "limit") throw new StoreLimitError("ptime:follow.tooMany");
      return outcome === "exists" ? "exists" : "added";
    },
    async updateFollowFigure(userId, target, figure) {
      open();
      const result = await pool.query(`UPDATE follows SET figure = $4, alert_claimed_at = NULL WHERE ${TARGET}`, [
        userId,
        target.application,
        target.country,
        figure,
      ]);
      return (result.rowCount ?? 0) > 0;
    },
    async deleteFollow(userId, target) {
      open();
      const result = await pool.query(`DELETE FROM follows WHERE ${TARGET}`, [userId, target.application, target.country]);
      return (result.rowCount ?? 0) > 0;
    },
    async allFollows() {
      open();
      const { rows } = await pool.query<FollowRow>("SELECT user_id, application, country, figure, created_at FROM follows ORDER BY seq");
      return rows.map((r) => ({ userId: r.user_id, follow: followFromRow(r) }));
    },
    async claimFollowAlert(userId, target, from, now, leaseMs) {
      open();
      // One conditional UPDATE: of instances claiming at once, the row lock lets one through; the others
      // re-check the condition on the updated row and match nothing.
      const result = await pool.query(
        `UPDATE follows SET alert_claimed_at = $5::bigint
         WHERE ${TARGET} AND figure = $4 AND (alert_claimed_at IS NULL OR alert_claimed_at <= $5::bigint - $6::bigint)`,
        [userId, target.application, target.country, from, now, leaseMs],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async releaseFollowAlert(userId, target) {
      open();
      await pool.query(`UPDATE follows SET alert_claimed_at = NULL WHERE ${TARGET}`, [userId, target.application, target.country]);
    },
  };
}
