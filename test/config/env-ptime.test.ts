import { describe, expect, it } from "vitest";
import { type ConfigError, parseEnv } from "../../src/config/env.js";

describe("processing-times refresh variables", () => {
  it("defaults to IRCC's folder on canada.ca, daily", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PTIME_SOURCE: "https://www.canada.ca/content/dam/ircc/documents/json/",
      PTIME_CRON: "17 5 * * *",
      PTIME_TIMEOUT_MS: 30_000,
      PTIME_MAX_LOSS: 0.25,
      PTIME_RETRY_MS: 60_000,
    });
    expect(env.PTIME_CACHE_PATH).toBeUndefined();
  });

  it("accepts off, a local server, per-file URLs and a seconds cron for tests", () => {
    expect(parseEnv({ PTIME_SOURCE: "off" }).PTIME_SOURCE).toBe("off");
    const env = parseEnv({
      PTIME_SOURCE: "http://127.0.0.1:8099/json/",
      PTIME_URL_COUNTRY: "http://127.0.0.1:8099/c.json",
      PTIME_CRON: "*/2 * * * * *",
    });
    expect(env.PTIME_URL_COUNTRY).toBe("http://127.0.0.1:8099/c.json");
    expect(env.PTIME_CRON).toBe("*/2 * * * * *");
  });

  it("names every wrong variable at once", () => {
    let problems: readonly string[] = [];
    try {
      parseEnv({ PTIME_SOURCE: "ftp://example.org", PTIME_CRON: "daily", PTIME_MAX_LOSS: "2", PTIME_TIMEOUT_MS: "soon" });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems.map((p) => p.split(":")[0])).toEqual(["PTIME_SOURCE", "PTIME_CRON", "PTIME_TIMEOUT_MS", "PTIME_MAX_LOSS"]);
  });
});
