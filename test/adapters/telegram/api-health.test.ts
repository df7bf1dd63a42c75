import { Bot } from "grammy";
import { describe, expect, it } from "vitest";
import { createApiHealth } from "../../../src/adapters/telegram/api-health.js";
import { ApiRecorder, BOT_INFO, failure, TEST_TOKEN } from "../../helpers/telegram-harness.js";

function setup() {
  let now = 1_000_000;
  const failures: string[] = [];
  const health = createApiHealth({ unhealthyAfterMs: 5_000, now: () => now, onFailure: (m) => failures.push(m) });
  const bot = new Bot(TEST_TOKEN, { botInfo: BOT_INFO });
  const recorder = new ApiRecorder();
  // The recorder answers in place of Telegram, so it is installed first (innermost); the health transformer wraps it, as it wraps the HTTP call in production.
  recorder.install(bot);
  bot.api.config.use(health.transformer);
  return { health, bot, recorder, failures, advance: (ms: number) => (now += ms) };
}

describe("Bot API health", () => {
  it("stays healthy through a short outage and turns unhealthy once failures outlast the limit", async () => {
    const { health, bot, recorder, failures, advance } = setup();
    recorder.respond = () => failure(502, "Bad Gateway");
    await bot.api.getMe().catch(() => undefined);
    expect(health.check().ok).toBe(true);
    advance(4_999);
    expect(health.check().ok).toBe(true);
    advance(1);
    expect(health.check()).toMatchObject({ ok: false });
    expect(failures).toEqual(["getMe"]);
    recorder.respond = () => undefined;
    await bot.api.getMe();
    expect(health.check().ok).toBe(true);
  });

  it("counts a 403 or 429 as reachable and a 401 as failing", async () => {
    const { health, bot, recorder, advance } = setup();
    recorder.respond = () => failure(401, "Unauthorized");
    await bot.api.getMe().catch(() => undefined);
    recorder.respond = () => failure(403, "Forbidden: bot was blocked by the user");
    advance(10_000);
    expect(health.check().ok).toBe(false);
    await bot.api.sendMessage(1, "x").catch(() => undefined);
    expect(health.check().ok).toBe(true);
  });
});
