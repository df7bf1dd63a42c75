import type { Clock } from "../core/clock.js";
import type { KnowledgeBase } from "../core/knowledge/types.js";
import type { KnowledgeHolder } from "../core/knowledge/holder.js";
import type { CoreLogger } from "../core/logger.js";
import { createPtimeRefresher, type PtimeRefresher, type PtimeRefreshOptions } from "../infra/ptime-refresh.js";

export interface PtimeUpdatesOptions {
  /** Where the knowledge base is swapped; without one (or with the refresh off) nothing starts. */
  readonly holder: KnowledgeHolder | undefined;
  /** The refresh settings (PTIME_*), or undefined for PTIME_SOURCE=off. */
  readonly refresh: Omit<PtimeRefreshOptions, "holder" | "clock" | "logger" | "onSwap"> | undefined;
  /** Called with each new knowledge base: followers of a figure that changed are told (main.ts wires the alerts). */
  readonly onSwap: (next: KnowledgeBase) => void;
  readonly clock: Clock;
  readonly logger: CoreLogger;
}

/**
 * Processing times: refreshed from IRCC on a schedule and swapped in without a restart. Returns the
 * running refresher (stop it on shutdown), or undefined when the refresh is off.
 */
export async function startPtimeUpdates(options: PtimeUpdatesOptions): Promise<PtimeRefresher | undefined> {
  const { holder, refresh, logger } = options;
  if (!refresh || !holder) {
    logger.info({}, "ptime: scheduled refresh off (PTIME_SOURCE=off)");
    return undefined;
  }
  const refresher = createPtimeRefresher({ ...refresh, holder, clock: options.clock, logger, onSwap: options.onSwap });
  await refresher.start();
  return refresher;
}
