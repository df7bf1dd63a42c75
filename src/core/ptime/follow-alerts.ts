import type { Clock } from "../clock.js";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales.js";
import type { Translator } from "../i18n/translator.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import { type CoreLogger, silentLogger } from "../logger.js";
import type { BotReply } from "../reply.js";
import type { ReminderSender } from "../reminders/delivery.js";
import { type RateLimits, RateLimiter } from "../reminders/rate-limiter.js";
import { platformResolver } from "../reminders/due-queue.js";
import type { Follow, FollowStore } from "../store/follows.js";
import type { UserStore } from "../store/user-store.js";
import { describeFigureChange, encodeFigure, followedLines } from "./follow-figure.js";
import { PROCESSING_TIMES_URL } from "./age.js";
import { makeReply } from "../make-reply.js";

type PlatformId = ReminderSender["platform"];

export interface FollowAlerterOptions {
  readonly follows: FollowStore;
  /** For each follower's reply language. */
  readonly store: UserStore;
  readonly senders: readonly ReminderSender[];
  readonly translator: Translator;
  readonly clock: Clock;
  readonly logger?: CoreLogger;
  readonly defaultLocale?: Locale;
  /** The reminders' per-platform limits by default: alerts are spread the same way. */
  readonly rates?: Partial<Record<PlatformId, RateLimits>>;
  readonly maxRetries?: number;
  /**
   * How long a claimed alert (FollowStore.claimFollowAlert) stays taken before another instance may send it:
   * it covers one send and its retries, not the whole queue, because each alert is claimed just before it
   * is sent. Default 15 minutes.
   */
  readonly claimLeaseMs?: number;
  /** Waits between sends when the limits are reached (tests pass a fake). */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface AlertReport {
  readonly changed: number;
  readonly sent: number;
  readonly blocked: number;
  readonly failed: number;
  /** Changes another instance sharing the store was already sending (or had sent): not sent from here. */
  readonly claimedElsewhere: number;
}

export interface FollowAlerter {
  /** Compares every follow with the new knowledge base and sends one message per changed figure. Serialized: calls queue up. */
  notify(kb: KnowledgeBase): Promise<AlertReport>;
}

interface Job {
  readonly userId: string;
  readonly follow: Follow;
  readonly figure: string;
  readonly reply: BotReply;
  attempts: number;
  notBefore: number;
  claimed: boolean;
}

/**
 * Change alerts for followed processing times. After a refresh swaps in new data, each follow whose
 * published figure differs from the one the user was last told about gets exactly one message (old
 * figure, new figure, date), sent within the same per-platform and per-chat limits as reminders.
 * The new figure is recorded only once the message is out, so a crash re-sends rather than loses it.
 * Several instances on one store may all run it after the same refresh: each alert is claimed in the
 * store just before it is sent, so exactly one of them sends it (the others count it as claimed elsewhere).
 */
export function createFollowAlerter(options: FollowAlerterOptions): FollowAlerter {
  const logger = options.logger ?? silentLogger;
  const maxRetries = options.maxRetries ?? 5;
  const claimLeaseMs = options.claimLeaseMs ?? 15 * 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.()));
  const senders = new Map<PlatformId, ReminderSender>(options.senders.map((s) => [s.platform, s]));
  const limiters = new Map<PlatformId, RateLimiter>(
    options.senders.map((s) => [s.platform, new RateLimiter(options.rates?.[s.platform] ?? s.rates)]),
  );
  const platformOf = platformResolver(options.senders);
  let chain: Promise<unknown> = Promise.resolve();

  const collect = async (kb: KnowledgeBase): Promise<Job[]> => {
    const jobs: Job[] = [];
    const now = options.clock.now();
    for (const { userId, follow } of await options.follows.allFollows()) {
      const figure = encodeFigure(kb, followedLines(kb, follow));
      if (figure === follow.figure) continue;
      const platform = platformOf(userId);
      if (!platform || !senders.has(platform)) continue;
      const lang = (await options.store.getProfile(userId))?.language ?? options.defaultLocale ?? DEFAULT_LOCALE;
      const t = options.translator.forLocale(lang);
      const text = describeFigureChange(kb, follow, follow.figure, t, { now, lang });
      if (text === null) {
        // Only the order or the set of lines moved, no figure the user saw: record it silently.
        await options.follows.updateFollowFigure(userId, follow, figure);
        continue;
      }
      const reply = makeReply(
        lang,
        text,
        { intent: "timeline", application: follow.application, sources: kb.timelineSources.filter((s) => s.startsWith("https://")) },
        { links: [{ label: t("kb:links.processingTimes"), url: PROCESSING_TIMES_URL }], personal: true },
      );
      jobs.push({ userId, follow, figure, reply, attempts: 0, notBefore: 0, claimed: false });
    }
    return jobs;
  };

  const drain = async (jobs: Job[]): Promise<AlertReport> => {
    let sent = 0;
    let blocked = 0;
    let failed = 0;
    let claimedElsewhere = 0;
    let queue = jobs;
    while (queue.length > 0) {
      const now = options.clock.now().getTime();
      const later: Job[] = [];
      for (const job of queue) {
        const platform = platformOf(job.userId) as PlatformId;
        const limiter = limiters.get(platform) as RateLimiter;
        if (job.notBefore > now || !limiter.tryTake(job.userId, now)) {
          later.push(job);
          continue;
        }
        if (!job.claimed) {
          if (!(await options.follows.claimFollowAlert(job.userId, job.follow, job.follow.figure, now, claimLeaseMs))) {
            claimedElsewhere += 1;
            continue;
          }
          job.claimed = true;
        }
        let result: Awaited<ReturnType<ReminderSender["send"]>>;
        try {
          result = await (senders.get(platform) as ReminderSender).send(job.userId, job.reply);
        } catch (error) {
          result = { kind: "failed", error: error instanceof Error ? error.message : String(error) };
        }
        if (result.kind === "sent" || result.kind === "blocked") {
          if (result.kind === "sent") sent += 1;
          else blocked += 1;
          // A user who blocked the bot is not chased with this change later either.
          await options.follows.updateFollowFigure(job.userId, job.follow, job.figure);
        } else if (result.kind === "retry" && job.attempts < maxRetries) {
          job.attempts += 1;
          job.notBefore = now + Math.max(0, result.afterMs);
          later.push(job);
        } else {
          failed += 1;
          await options.follows.releaseFollowAlert(job.userId, job.follow);
          logger.warn(
            { platform, err: result.kind === "failed" ? result.error : "retries exhausted" },
            "follow alerts: not delivered; retried at the next refresh",
          );
        }
      }
      queue = later;
      if (queue.length > 0) await sleep(Math.max(50, Math.min(...queue.map((j) => j.notBefore)) - options.clock.now().getTime()));
    }
    return { changed: jobs.length, sent, blocked, failed, claimedElsewhere };
  };

  return {
    notify(kb) {
      const run = chain.then(async () => drain(await collect(kb)));
      chain = run.catch(() => undefined);
      return run;
    },
  };
}
