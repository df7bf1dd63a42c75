import type { KnowledgeBase } from "../../core/knowledge/types.js";
import { type CoreLogger, silentLogger } from "../../core/logger.js";
import type { FollowAlerter } from "../../core/ptime/follow-alerts.js";

export interface LeaderFollowAlertsOptions {
  readonly alerter: FollowAlerter;
  /** Whether this instance sends (holds the scheduler lock); absent with one process (lowdb): always. */
  readonly isLeader?: () => boolean;
  /** The knowledge base in use, for the catch-up when this instance becomes the leader. */
  readonly current: () => KnowledgeBase | undefined;
  readonly logger?: CoreLogger;
}

export interface LeaderFollowAlerts {
  /** The refresher swapped in IRCC's data (fetched, or its cached copy at start): the leader sends the changes. */
  onSwap(kb: KnowledgeBase): Promise<void>;
  /** This instance became the leader: it sends what no leader sent yet, if it holds IRCC's data. */
  onElected(): Promise<void>;
}

/**
 * Who sends follow change alerts when several instances share one database: only the scheduler
 * leader, so one process paces every message the bot sends (Telegram's limit is per bot, not per
 * process). Every instance refreshes IRCC's data; a standby one only notes that it holds it. On
 * election the new leader compares every follow with its data, which sends what a dead leader did not
 * finish and what changed while no instance led. It does so only with data from IRCC: compared with
 * the older data shipped in the repository it would report changes backwards. The alerts are also
 * claimed in the database (FollowStore.claimFollowAlert), so an old leader still finishing its queue
 * and a new one never send the same alert twice.
 */
export function createLeaderFollowAlerts(options: LeaderFollowAlertsOptions): LeaderFollowAlerts {
  const logger = options.logger ?? silentLogger;
  const isLeader = options.isLeader ?? (() => true);
  let fromIrcc = false;
  const send = async (kb: KnowledgeBase): Promise<void> => {
    try {
      const report = await options.alerter.notify(kb);
      if (report.changed > 0) logger.info(report, "ptime: change alerts sent to followers");
    } catch (error) {
      logger.error({ err: String(error) }, "ptime: change alerts failed");
    }
  };
  return {
    async onSwap(kb) {
      fromIrcc = true;
      if (isLeader()) await send(kb);
    },
    async onElected() {
      const kb = options.current();
      if (fromIrcc && kb) await send(kb);
    },
  };
}
