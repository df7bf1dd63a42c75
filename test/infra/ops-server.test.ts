import { afterEach, describe, expect, it } from "vitest";
import { createHealthRegistry } from "../../src/infra/health.js";
import { createMetrics } from "../../src/infra/metrics.js";
import { createOpsServer, type OpsServer } from "../../src/infra/ops-server.js";

let server: OpsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("ops server", () => {
  it("answers /healthz with 200 or 503 and a JSON body, /metrics in Prometheus text, 404 otherwise", async () => {
    const health = createHealthRegistry();
    let up = true;
    health.register("telegram", () => ({ ok: up, detail: up ? "reachable" : "failing" }));
    const metrics = createMetrics({ processMetrics: false });
    metrics.update("discord", "command");
    server = createOpsServer({ health, metrics: () => metrics.render() });
    const port = await server.listen(0, "127.0.0.1");
    const base = `http://127.0.0.1:${port}`;

    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, checks: { telegram: { ok: true, detail: "reachable" } } });
    up = false;
    const down = await fetch(`${base}/healthz?probe=1`);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { ok: boolean }).ok).toBe(false);

    const scraped = await fetch(`${base}/metrics`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toMatch(/ircc_bot_updates_total\{platform="discord",kind="command"\} 1/);
    expect((await fetch(`${base}/other`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(404);
  });
});
