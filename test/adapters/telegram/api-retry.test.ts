import { Bot, GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { boundedNetworkRetry, installRetry } from "../../../src/adapters/telegram/api-retry.js";
import { ApiRecorder, BOT_INFO, failure, TEST_TOKEN } from "../../helpers/telegram-harness.js";

function botWith(respond: ApiRecorder["respond"]) {
  const bot = new Bot(TEST_TOKEN, { botInfo: BOT_INFO });
  const api = new ApiRecorder().install(bot); // innermost: stands in for the Bot API
  api.respond = respond;
  installRetry(bot.api, { maxRetryAttempts: 3, maxDelaySeconds: 30, maxNetworkAttempts: 3, networkBackoffMs: 1 });
  return { bot, api };
}

describe("Bot API retries", () => {
  it("waits for retry_after on 429 and then succeeds", async () => {
    let limited = 1;
    const { bot, api } = botWith(() => (limited-- > 0 ? failure(429, "Too Many Requests", 0) : undefined));
    await bot.api.sendMessage(1, "hi");
    expect(api.sent()).toHaveLength(2);
  });

  it("gives up at once when retry_after is longer than the interactive bound", async () => {
    const { bot, api } = botWith(() => failure(429, "Too Many Requests", 120));
    const error = await bot.api.sendMessage(1, "hi").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).parameters.retry_after).toBe(120);
    expect(api.sent()).toHaveLength(1);
  });

  it("does not retry other client errors", async () => {
    const { bot, api } = botWith(() => failure(403, "Forbidden: bot was blocked by the user"));
    await expect(bot.api.sendMessage(1, "hi")).rejects.toBeInstanceOf(GrammyError);
    expect(api.sent()).toHaveLength(1);
  });

  it("retries network errors a bounded number of times", async () => {
    let calls = 0;
    const flaky = boundedNetworkRetry(3, 1);
    const failing = async () => {
      calls++;
      throw new HttpError("Network request failed", new Error("ECONNRESET"));
    };
    await expect(flaky(failing as never, "sendMessage", {} as never)).rejects.toBeInstanceOf(HttpError);
    expect(calls).toBe(3);
    calls = 0;
    const recovering = async () => {
      if (++calls < 3) throw new HttpError("Network request failed", new Error("ECONNRESET"));
      return { ok: true, result: true };
    };
    await expect(flaky(recovering as never, "sendMessage", {} as never)).resolves.toEqual({ ok: true, result: true });
  });
});
