import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "../../src/config/env.js";

describe("parseEnv", () => {
  it("applies the contract's defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      TELEGRAM_API_ROOT: "https://api.telegram.org",
      STORE_PATH: "var/store.json",
      DEFAULT_LANGUAGE: "en",
      LOG_LEVEL: "info",
      DISCORD_SHARDING: false,
    });
    expect(env.TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ TELEGRAM_BOT_TOKEN: "", DEFAULT_LANGUAGE: " " }).DEFAULT_LANGUAGE).toBe("en");
  });

  it("lists every problem at once, naming the variables and never the secret values", () => {
    const secret = "not-a-token-SECRET";
    let error: unknown;
    try {
      parseEnv({ TELEGRAM_BOT_TOKEN: secret, DEFAULT_LANGUAGE: "xx", LOG_LEVEL: "loud", DISCORD_TOKEN: "abc" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain("TELEGRAM_BOT_TOKEN");
    expect(message).toContain("DEFAULT_LANGUAGE");
    expect(message).toContain("LOG_LEVEL");
    expect(message).toContain("DISCORD_APPLICATION_ID");
    expect(message).not.toContain(secret);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it("accepts a well-formed configuration", () => {
    const env = parseEnv({
      TELEGRAM_BOT_TOKEN: "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081",
      DISCORD_TOKEN: "x.y.z",
      DISCORD_APPLICATION_ID: "123456789012345678",
      DEFAULT_LANGUAGE: "fr",
      PORT: "3000",
    });
    expect(env.DEFAULT_LANGUAGE).toBe("fr");
    expect(env.PORT).toBe(3000);
  });

  it("requires the webhook secret in webhook mode", () => {
    expect(() => parseEnv({ TELEGRAM_WEBHOOK_URL: "https://bot.example.org/hook" })).toThrow(/TELEGRAM_WEBHOOK_SECRET: required/);
    expect(
      parseEnv({ TELEGRAM_WEBHOOK_URL: "https://bot.example.org/hook", TELEGRAM_WEBHOOK_SECRET: "s3cret_x" }).TELEGRAM_WEBHOOK_SECRET,
    ).toBe("s3cret_x");
  });

  it("HOST: loopback by default (the webhook sits behind a proxy), an address or host name when set, one clear problem otherwise", () => {
    expect(parseEnv({}).HOST).toBe("127.0.0.1");
    expect(parseEnv({ HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
    expect(parseEnv({ HOST: "::" }).HOST).toBe("::");
    expect(parseEnv({ HOST: "bot.internal" }).HOST).toBe("bot.internal");
    expect(() => parseEnv({ HOST: "http://0.0.0.0:8080" })).toThrow(/HOST: expected an IP address/);
  });
});
