import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { Cron } from "croner";
import { z } from "zod";
import type { Clock } from "../core/clock.js";
import { type KnowledgeHolder, withTimelines } from "../core/knowledge/holder.js";
import { type TimelinesFile, timelinesFileSchema } from "../core/knowledge/schema.js";
import type { KnowledgeBase } from "../core/knowledge/types.js";
import { type CoreLogger, silentLogger } from "../core/logger.js";
import {
  buildTimelines,
  countCurrentEntries,
  countSnapshotEntries,
  PTIME_FILES,
  type PtimeFileId,
  parseSnapshot,
  type SnapshotTexts,
} from "../core/ptime/snapshot.js";

/** URL of each of IRCC's three files: `PTIME_SOURCE` + file name, unless `PTIME_URL_*` gives one. */
export function ptimeUrls(source: string, overrides: Partial<Record<PtimeFileId, string | undefined>> = {}): Record<PtimeFileId, string> {
  const base = source.endsWith("/") ? source : `${source}/`;
  const url = (id: PtimeFileId) => overrides[id] ?? new URL(PTIME_FILES[id], base).href;
  return { country: url("country"), nonCountry: url("nonCountry"), countryNames: url("countryNames") };
}

export interface PtimeRefreshOptions {
  readonly urls: Readonly<Record<PtimeFileId, string>>;
  /** The last good copy (merged timelines file plus when it was fetched), read at start. */
  readonly cachePath: string;
  readonly holder: KnowledgeHolder;
  readonly clock: Clock;
  readonly logger?: CoreLogger;
  /** croner pattern of the scheduled refresh (daily by default). */
  readonly cron: string;
  readonly timeoutMs: number;
  /** A snapshot holding fewer entries than this share below the data in use is refused (a truncated or broken file). */
  readonly maxLoss: number;
  /** First retry delay after a failure; doubles per failure, up to {@link maxRetryMs}. */
  readonly retryMs: number;
  readonly maxRetryMs?: number;
  /** Refresh at start when the cached copy is older than this (default one day). */
  readonly maxCacheAgeMs?: number;
  /** Called after new data is swapped in (change alerts). */
  readonly onSwap?: (next: KnowledgeBase, previous: KnowledgeBase) => void | Promise<void>;
  readonly fetch?: typeof fetch;
}

export type RefreshOutcome =
  | { readonly kind: "updated"; readonly asOf: string }
  | { readonly kind: "unchanged"; readonly asOf: string }
  | { readonly kind: "failed"; readonly reason: string };

export interface PtimeRefresher {
  /** Uses the cached copy when it is newer than the shipped data, refreshes now if it is older than a day, and starts the schedule. */
  start(): Promise<void>;
  /** One refresh (concurrent calls share it). Never throws: a failure keeps the data in use and schedules a retry. */
  refreshNow(): Promise<RefreshOutcome>;
  stop(): Promise<void>;
}

const cacheSchema = z.strictObject({ fetchedAt: z.iso.datetime(), timelines: timelinesFileSchema });

const DAY_MS = 86_400_000;

class RefreshError extends Error {}

/**
 * Scheduled refresh of IRCC's published processing times in the running bot. Each run fetches the
 * three JSON files, validates them with the same code as `npm run data:ptime`, merges them over the
 * data in use (a line IRCC dropped keeps its older value and date), and swaps the result into the
 * knowledge holder: the next question reads it, no restart. Timeouts, HTTP errors, bad JSON, values
 * it cannot read, an older snapshot, or a snapshot that lost more than `maxLoss` of its entries keep
 * the data in use, log one line and retry with exponential backoff. The last good copy is written
 * to `cachePath` (atomically) and used at the next start.
 */
export function createPtimeRefresher(options: PtimeRefreshOptions): PtimeRefresher {
  const logger = options.logger ?? silentLogger;
  const doFetch = options.fetch ?? fetch;
  const maxRetryMs = options.maxRetryMs ?? 6 * 60 * 60_000;
  const maxCacheAgeMs = options.maxCacheAgeMs ?? DAY_MS;
  let job: Cron | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let inFlight: Promise<RefreshOutcome> | undefined;
  let stopped = false;
  let fetchedAt: number | undefined;

  const latest = (file: TimelinesFile) => file.snapshots.at(-1) ?? "";

  const readCache = (): z.infer<typeof cacheSchema> | undefined => {
    let text: string;
    try {
      text = readFileSync(options.cachePath, "utf8");
    } catch {
      return undefined; // no cache yet
    }
    try {
      const parsed = cacheSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      logger.warn({ path: options.cachePath }, "ptime: cached copy is not valid; ignoring it");
    } catch {
      logger.warn({ path: options.cachePath }, "ptime: cached copy is not JSON; ignoring it");
    }
    return undefined;
  };

  const writeCache = (timelines: TimelinesFile, at: number): void => {
    mkdirSync(dirname(options.cachePath), { recursive: true });
    const tmp = `${options.cachePath}.tmp-${process.pid}`;
    writeFileSync(tmp, `${JSON.stringify({ fetchedAt: new Date(at).toISOString(), timelines })}\n`);
    renameSync(tmp, options.cachePath);
  };

  const swapIn = async (timelines: TimelinesFile): Promise<void> => {
    const previous = options.holder.current();
    const next = withTimelines(previous, timelines);
    if (!next.ok) throw new RefreshError(`the new data fails the knowledge base checks: ${next.problems.slice(0, 3).join("; ")}`);
    options.holder.swap(next.kb);
    await options.onSwap?.(next.kb, previous);
  };

  const fetchText = async (url: string): Promise<string> => {
    let response: Response;
    try {
      response = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: "application/json" } });
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      throw new RefreshError(
        name === "TimeoutError" || name === "AbortError" ? `${url}: no answer within ${options.timeoutMs} ms` : `${url}: ${String(error)}`,
      );
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new RefreshError(`${url}: HTTP ${response.status}`);
    }
    try {
      return await response.text();
    } catch (error) {
      throw new RefreshError(`${url}: body cut off (${error instanceof Error ? error.message : String(error)})`);
    }
  };

  const refreshOnce = async (): Promise<Exclude<RefreshOutcome, { kind: "failed" }>> => {
    const ids = Object.keys(PTIME_FILES) as PtimeFileId[];
    const texts = await Promise.all(ids.map((id) => fetchText(options.urls[id])));
    const files = Object.fromEntries(ids.map((id, i) => [id, { label: options.urls[id], text: texts[i] }])) as unknown as SnapshotTexts;
    const problems: string[] = [];
    const snapshot = parseSnapshot(files, problems);
    if (!snapshot) throw new RefreshError(`${problems.length} problem(s): ${problems.slice(0, 3).join("; ")}`);
    const current = options.holder.current().files.timelines;
    if (snapshot.asOf < latest(current))
      throw new RefreshError(`IRCC's files are dated ${snapshot.asOf}, older than the data in use (${latest(current)})`);
    const before = countCurrentEntries(current);
    const after = countSnapshotEntries(snapshot);
    if (before > 0 && (before - after) / before > options.maxLoss) {
      throw new RefreshError(
        `the files hold ${after} entries against ${before} in use (${Math.round(((before - after) / before) * 100)}% lost, more than ${Math.round(options.maxLoss * 100)}% allowed)`,
      );
    }
    const now = options.clock.now();
    const merged = buildTimelines([snapshot], now.toISOString().slice(0, 10), current);
    const same = JSON.stringify(merged.entries) === JSON.stringify(current.entries) && latest(merged) === latest(current);
    if (!same) await swapIn(merged);
    try {
      writeCache(same ? current : merged, now.getTime());
    } catch (error) {
      // The data in use is already the new one; only the next start would miss it.
      logger.warn(
        { path: options.cachePath, err: error instanceof Error ? error.message : String(error) },
        "ptime: could not write the cached copy",
      );
    }
    fetchedAt = now.getTime();
    return same ? { kind: "unchanged", asOf: snapshot.asOf } : { kind: "updated", asOf: snapshot.asOf };
  };

  const scheduleRetry = (): void => {
    if (stopped) return;
    const delay = Math.min(maxRetryMs, options.retryMs * 2 ** Math.min(failures - 1, 20));
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void refreshNow();
    }, delay);
    retryTimer.unref?.();
  };

  const refreshNow = (): Promise<RefreshOutcome> => {
    if (inFlight) return inFlight;
    inFlight = (async (): Promise<RefreshOutcome> => {
      try {
        const outcome = await refreshOnce();
        failures = 0;
        if (retryTimer) clearTimeout(retryTimer);
        retryTimer = undefined;
        logger.info({ outcome: outcome.kind, asOf: outcome.asOf }, "ptime: refreshed IRCC's processing times");
        return outcome;
      } catch (error) {
        failures += 1;
        const reason = error instanceof Error ? error.message : String(error);
        const retryInMs = Math.min(maxRetryMs, options.retryMs * 2 ** Math.min(failures - 1, 20));
        logger.warn(
          { reason, retryInMs, keeping: latest(options.holder.current().files.timelines) },
          "ptime: refresh failed; keeping the data in use",
        );
        scheduleRetry();
        return { kind: "failed", reason };
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  };

  return {
    refreshNow,
    async start() {
      const cache = readCache();
      const shipped = options.holder.current().files.timelines;
      // The copy obtained most recently wins: the cache unless the shipped file was checked after it was fetched.
      if (cache && cache.fetchedAt.slice(0, 10) >= shipped.checked) {
        try {
          await swapIn(cache.timelines);
          fetchedAt = Date.parse(cache.fetchedAt);
          logger.info(
            { asOf: latest(cache.timelines), fetchedAt: cache.fetchedAt },
            "ptime: using the cached copy of IRCC's processing times",
          );
        } catch (error) {
          logger.warn(
            { reason: error instanceof Error ? error.message : String(error) },
            "ptime: cached copy refused; using data/timelines.json",
          );
        }
      }
      job = new Cron(options.cron, { protect: true }, () => {
        void refreshNow();
      });
      if (fetchedAt === undefined || options.clock.now().getTime() - fetchedAt > maxCacheAgeMs) void refreshNow();
    },
    async stop() {
      stopped = true;
      job?.stop();
      if (retryTimer) clearTimeout(retryTimer);
      if (inFlight) await inFlight.catch(() => undefined);
    },
  };
}
