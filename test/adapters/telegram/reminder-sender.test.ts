import { Bot } from "grammy";
import { describe, expect, it } from "vitest";
import { createTelegramReminderSender } from "../../../src/adapters/telegram/reminder-sender.js";
import type { BotReply } from "../../../src/core/reply.js";
import { ApiRecorder, BOT_INFO, failure, TEST_TOKEN } from "../../helpers/telegram-harness.js";

const reply: BotReply = {
  lang: "en",
  text: "Time to check your application status.",
  choices: [{ label: "Stop", data: "1|r|stop|abc" }],
  links: [],
  personal: true,
  answer: { intent: "reminder-list", application: null, role: null, status: null, systems: [], access: null, needs: [], sources: [] },
};

function setup(respond: ApiRecorder["respond"] = () => undefined) {
  const bot = new Bot(TEST_TOKEN, { botInfo: BOT_INFO });
  const api = new ApiRecorder().install(bot);
  api.respond = respond;
  return { sender: createTelegramReminderSender(bot.api), api };
}

describe("Telegram reminder sender", () => {
  it("sends to the user's private chat with the reminder's buttons", async () => {
    const { sender, api } = setup();
    expect(sender.platform).toBe("telegram");
    await expect(sender.send("tg:42", reply)).resolves.toEqual({ kind: "sent" });
    expect(api.sent(42)[0]?.payload).toMatchObject({
      text: reply.text,
      reply_markup: { inline_keyboard: [[{ text: "Stop", callback_data: "1|r|stop|abc" }]] },
    });
  });

  it("reports a user who blocked the bot as blocked, so nothing is retried forever", async () => {
    const { sender, api } = setup(() => failure(403, "Forbidden: bot was blocked by the user"));
    await expect(sender.send("tg:42", reply)).resolves.toEqual({ kind: "blocked" });
    expect(api.sent()).toHaveLength(1);
  });

  it("asks to retry after Telegram's retry_after on 429", async () => {
    const { sender } = setup(() => failure(429, "Too Many Requests: retry after 17", 17));
    await expect(sender.send("tg:42", reply)).resolves.toEqual({ kind: "retry", afterMs: 17_000 });
  });

  it("reports other errors and foreign user ids as failed", async () => {
    const { sender, api } = setup(() => failure(400, "Bad Request: chat not found"));
    await expect(sender.send("tg:42", reply)).resolves.toMatchObject({ kind: "failed" });
    await expect(sender.send("dc:42", reply)).resolves.toMatchObject({ kind: "failed" });
    await expect(sender.send("tg:-5", reply)).resolves.toMatchObject({ kind: "failed" });
    expect(api.sent()).toHaveLength(1);
  });
});
