import type { Clock } from "../core/clock.js";
import type { Locale } from "../core/i18n/locales.js";
import type { Translator } from "../core/i18n/translator.js";
import type { KnowledgeHolder } from "../core/knowledge/holder.js";
import type { CoreLogger } from "../core/logger.js";
import { createFollowAlerter, type FollowAlerterOptions } from "../core/ptime/follow-alerts.js";
import type { ReminderSender } from "../core/reminders/delivery.js";
import type { UserStore } from "../core/store/user-store.js";
import { createPtimeRefresher, type PtimeRefresher, type PtimeRefreshOptions } from "../infra/ptime-refresh.js";

export interface PtimeUpdatesOptions {
  /** Where the knowledge base is swapped; without one (or with the refresh off) nothing starts. */
  readonly holder: KnowledgeHolder | undefined;
  /** The refresh settings (PTIME_*), or undefined for PTIME_SOURCE=off. */
  readonly refresh: Omit<PtimeRefreshOptions, "holder" | "clock" | "logger" | "onSwap"> | undefined;
  /** Follow alerts are kept by the lowdb store; the PostgreSQL one has no table for them yet. */
  readonly follows: FollowAlerterOptions["follows"] | undefined;
  readonly store: UserStore;
  readonly senders: readonly ReminderSender[];
  readonly translator: Translator;
  readonly clock: Clock;
  readonly logger: CoreLogger;
  readonly defaultLocale: Locale;
}

/**
 * Processing times: refreshed from IRCC on a schedule and swapped in without a restart; followers of
 * a figure that changed get one message each, within the reminders' send limits. Returns the running
 * refresher (stop it on shutdown), or undefined when the refresh is off.
 */
export async function startPtimeUpdates(options: PtimeUpdatesOptions): Promise<PtimeRefresher | undefined> {
  const { holder, refresh, follows, logger } = options;
  if (!refresh || !holder) {
    logger.info({}, "ptime: scheduled refresh off (PTIME_SOURCE=off)");
    return undefined;
  }
  const alerter = follows
    ? createFollowAlerter({
        follows,
        store: options.store,
        senders: options.senders,
        translator: options.translator,
        clock: options.clock,
        logger,
        defaultLocale: options.defaultLocale,
      })
    : undefined;
  const refresher = createPtimeRefresher({
    ...refresh,
    holder,
    clock: options.clock,
    logger,
    onSwap: (next) => {
      if (!alerter) return;
      void alerter.notify(next).then(
        (report) => {
          if (report.changed > 0) logger.info(report, "ptime: change alerts sent to followers");
        },
        (error: unknown) => logger.error({ err: String(error) }, "ptime: change alerts failed"),
      );
    },
  });
  await refresher.start();
  return refresher;
}
