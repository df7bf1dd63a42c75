import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "../../src/config/env.js";

describe("parseEnv: health and metrics settings", () => {
  it("serves the ops routes on PORT with a 60 s failure allowance by default", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(8080);
    expect(env.METRICS_PORT).toBeUndefined();
    expect(env.HEALTH_FAILURE_SECONDS).toBe(60);
  });

  it("reads METRICS_PORT and HEALTH_FAILURE_SECONDS (fractions allowed, for tests)", () => {
    const env = parseEnv({ METRICS_PORT: "9464", HEALTH_FAILURE_SECONDS: "0.5" });
    expect(env.METRICS_PORT).toBe(9464);
    expect(env.HEALTH_FAILURE_SECONDS).toBe(0.5);
  });

  it("names both variables when they are wrong", () => {
    let error: unknown;
    try {
      parseEnv({ METRICS_PORT: "70000", HEALTH_FAILURE_SECONDS: "-1" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.split(":")[0])).toEqual(["METRICS_PORT", "HEALTH_FAILURE_SECONDS"]);
  });
});
