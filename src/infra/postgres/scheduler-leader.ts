import pg from "pg";
import { type CoreLogger, silentLogger } from "../../core/logger.js";

/** Advisory lock key of the reminder scheduler (any constant bigint, the same in every instance). */
export const SCHEDULER_LOCK = 7_316_420_002;

export interface SchedulerLeadershipOptions {
  readonly connectionString: string;
  /** Called when this instance becomes the one that sends reminders (start the scheduler here). */
  readonly onElected: () => Promise<void>;
  /** Called when it stops being it (connection lost, or stop()): stop the scheduler here. */
  readonly onDeposed: () => Promise<void>;
  readonly logger?: CoreLogger;
  /** How often a follower tries the lock and the leader checks its connection. Default 2 s. */
  readonly intervalMs?: number;
  /**
   * Wait after winning the lock before sending. The previous leader's last sends were all made before
   * it lost the lock; waiting one rate window keeps the global rate across a handover. Default 1 s.
   */
  readonly settleMs?: number;
}

export interface SchedulerLeadership {
  /** Starts campaigning; returns at once. */
  start(): void;
  /** Gives up the lock (stops the scheduler first) and closes the connection. */
  stop(): Promise<void>;
  /** True while this instance holds the lock and its scheduler runs. */
  isLeader(): boolean;
}

/**
 * One reminder sender among N instances: the holder of a session-level `pg_try_advisory_lock` on a
 * dedicated connection. Why a leader rather than every instance claiming rows with SKIP LOCKED:
 * Telegram's limit (~30 messages/s for the bot) is global, so sends must be paced in one place
 * anyway, and one sender keeps the existing rate limiter exact without a shared token bucket.
 * Claiming the due rows is still cheap for one sender (the due index), and the occurrence key is
 * claimed in the row before each send.
 *
 * Failover: the lock belongs to the leader's connection. When the process dies (SIGKILL, OOM, host
 * crash), PostgreSQL ends the session (at once for a closed socket; after TCP keepalive for a
 * vanished host) and releases the lock; a follower gets it at its next try (`intervalMs`), waits
 * `settleMs`, and starts. When the leader's own connection fails it stops sending at once, since it
 * can no longer know whether another instance took over.
 */
export function createSchedulerLeadership(options: SchedulerLeadershipOptions): SchedulerLeadership {
  const logger = options.logger ?? silentLogger;
  const intervalMs = options.intervalMs ?? 2_000;
  const settleMs = options.settleMs ?? 1_000;
  let client: pg.Client | undefined;
  let leader = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let round: Promise<void> | undefined;

  const dropConnection = async (): Promise<void> => {
    const old = client;
    client = undefined;
    await old?.end().catch(() => undefined);
  };

  const depose = async (reason: string): Promise<void> => {
    if (!leader) return;
    leader = false;
    logger.warn({ reason }, "scheduler: this instance no longer sends reminders");
    await options.onDeposed().catch((error: unknown) => logger.error({ err: String(error) }, "scheduler: stop failed"));
  };

  const connect = async (): Promise<pg.Client> => {
    const fresh = new pg.Client({
      connectionString: options.connectionString,
      keepAlive: true,
      application_name: "ircc-status-bot-leader",
    });
    fresh.on("error", (error) => {
      // The lock died with the connection: stop sending now, not at the next check.
      if (client === fresh) {
        client = undefined;
        void depose(`connection lost: ${error.message}`);
      }
    });
    await fresh.connect();
    return fresh;
  };

  const once = async (): Promise<void> => {
    try {
      if (!client) client = await connect();
      if (leader) {
        await client.query("SELECT 1");
        return;
      }
      const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [SCHEDULER_LOCK]);
      if (!rows[0]?.ok || stopped) return;
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      if (stopped || !client) return;
      leader = true;
      logger.info({}, "scheduler: this instance now sends reminders (it holds the scheduler lock)");
      await options.onElected();
    } catch (error) {
      await depose(`database error: ${error instanceof Error ? error.message : String(error)}`);
      await dropConnection();
      logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        "scheduler: leader election could not reach the database",
      );
    }
  };

  const loop = (): void => {
    if (stopped) return;
    round = once().finally(() => {
      round = undefined;
      if (!stopped) {
        timer = setTimeout(loop, intervalMs);
        timer.unref?.();
      }
    });
  };

  return {
    start() {
      if (timer || round || stopped) return;
      loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await round;
      await depose("stopping");
      // Ending the session releases the lock; the next instance takes over at its next try.
      await dropConnection();
    },
    isLeader: () => leader,
  };
}
