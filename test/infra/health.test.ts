import { describe, expect, it } from "vitest";
import { createHealthRegistry, graceful } from "../../src/infra/health.js";

describe("health registry", () => {
  it("is healthy only when every registered check is, and names each", async () => {
    const health = createHealthRegistry();
    let storeUp = true;
    health.register("telegram", () => ({ ok: true, detail: "ok" }));
    health.register("store", async () => ({ ok: storeUp }));
    expect(await health.run()).toEqual({ ok: true, checks: { telegram: { ok: true, detail: "ok" }, store: { ok: true } } });
    storeUp = false;
    const report = await health.run();
    expect(report.ok).toBe(false);
    expect(report.checks.store).toEqual({ ok: false });
  });

  it("reports a throwing or hung check as failed instead of hanging the probe", async () => {
    const health = createHealthRegistry({ timeoutMs: 50 });
    health.register("throws", () => {
      throw new TypeError("boom");
    });
    health.register("hangs", () => new Promise(() => undefined));
    const report = await health.run();
    expect(report.ok).toBe(false);
    expect(report.checks.throws).toEqual({ ok: false, detail: "TypeError" });
    expect(report.checks.hangs?.ok).toBe(false);
  });

  it("lets a component replace or remove its own check", async () => {
    const health = createHealthRegistry();
    const remove = health.register("scheduler", () => ({ ok: false }));
    remove();
    expect(health.names()).toEqual([]);
    health.register("db", () => ({ ok: false }));
    health.register("db", () => ({ ok: true }));
    expect((await health.run()).ok).toBe(true);
  });

  it("lets a connection drop for a grace period before reporting it (a gateway reconnecting)", () => {
    let now = 0;
    let connected = false;
    const check = graceful(
      1_000,
      () => connected,
      () => now,
    );
    expect(check("up", "down")).toEqual({ ok: true, detail: "down" });
    now = 999;
    expect(check("up", "down").ok).toBe(true);
    now = 1_000;
    expect(check("up", "down")).toEqual({ ok: false, detail: "down" });
    connected = true;
    expect(check("up", "down")).toEqual({ ok: true, detail: "up" });
    connected = false;
    now = 1_500;
    expect(check("up", "down").ok).toBe(true);
  });
});
