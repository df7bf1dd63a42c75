import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createKnowledgeHolder } from "../../src/core/knowledge/holder.js";
import { PTIME_FILES } from "../../src/core/ptime/snapshot.js";
import { createPtimeRefresher, ptimeUrls } from "../../src/infra/ptime-refresh.js";
import { convertFolders } from "../../scripts/data-ptime.js";
import { realKnowledge, ROOT } from "../core/knowledge/real-knowledge.js";

const SNAPSHOTS = join(ROOT, "..", "shared", "data", "ircc-processing-times");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fetch that serves one snapshot folder by file name (no network). */
const serve = (snapshot: string): typeof fetch =>
  (async (url: string | URL) => {
    const name = String(url).split("/").at(-1) ?? "";
    return new Response(readFileSync(join(SNAPSHOTS, snapshot, name), "utf8"), { status: 200 });
  }) as typeof fetch;

function refresher(options: { fetch: typeof fetch; cache?: object; now?: string }) {
  const dir = mkdtempSync(join(tmpdir(), "ptime-refresh-"));
  dirs.push(dir);
  const cachePath = join(dir, "ptime-cache.json");
  if (options.cache) writeFileSync(cachePath, JSON.stringify(options.cache));
  const holder = createKnowledgeHolder(realKnowledge());
  const logs: string[] = [];
  const log = (msg: string) => logs.push(msg);
  const r = createPtimeRefresher({
    urls: ptimeUrls("http://127.0.0.1:1/json"),
    cachePath,
    holder,
    clock: { now: () => new Date(options.now ?? "2026-12-06T12:00:00Z") },
    logger: {
      info: (_o: unknown, m?: string) => log(m ?? ""),
      warn: (o: unknown, m?: string) => log(`${m} ${JSON.stringify(o)}`),
      error: () => {},
      debug: () => {},
    } as never,
    cron: "0 0 1 1 *",
    timeoutMs: 1_000,
    maxLoss: 0.25,
    retryMs: 3_600_000,
    fetch: options.fetch,
  });
  return { r, holder, cachePath, logs };
}

describe("processing-times refresher", () => {
  it("builds the three URLs from PTIME_SOURCE, with or without a trailing slash", () => {
    expect(ptimeUrls("https://x.test/json").country).toBe(`https://x.test/json/${PTIME_FILES.country}`);
    expect(ptimeUrls("https://x.test/json/", { nonCountry: "https://y.test/n.json" }).nonCountry).toBe("https://y.test/n.json");
  });

  it("refuses files older than the data in use and keeps it, logging one line", async () => {
    const { r, holder, logs } = refresher({ fetch: serve("2026-05-20") });
    const before = holder.current();
    const outcome = await r.refreshNow();
    await r.stop();
    expect(outcome).toMatchObject({ kind: "failed", reason: expect.stringContaining("older than the data in use (2026-06-24)") });
    expect(holder.current()).toBe(before);
    expect(logs.filter((l) => l.startsWith("ptime: refresh failed"))).toHaveLength(1);
  });

  it("reports the same data as unchanged and writes the cache with the time it was fetched", async () => {
    const { r, holder, cachePath } = refresher({ fetch: serve("2026-06-24") });
    const before = holder.current();
    expect(await r.refreshNow()).toEqual({ kind: "unchanged", asOf: "2026-06-24" });
    await r.stop();
    expect(holder.current()).toBe(before);
    expect(JSON.parse(readFileSync(cachePath, "utf8")).fetchedAt).toBe("2026-12-06T12:00:00.000Z");
  });

  it("starts from a cached copy fetched after the shipped file was checked, and ignores an older one", async () => {
    const older = convertFolders([join(SNAPSHOTS, "2026-05-20")], "2026-05-21");
    const never = (async () => new Response("", { status: 500 })) as unknown as typeof fetch;
    const fresh = refresher({ fetch: never, cache: { fetchedAt: "2026-12-06T06:00:00.000Z", timelines: older } });
    await fresh.r.start();
    await fresh.r.stop();
    expect(fresh.holder.current().files.timelines.snapshots).toEqual(["2026-05-20"]);
    const stale = refresher({ fetch: never, cache: { fetchedAt: "2026-06-01T06:00:00.000Z", timelines: older } });
    await stale.r.start();
    await stale.r.stop();
    expect(stale.holder.current().files.timelines.snapshots.at(-1)).toBe("2026-06-24");
  });
});
