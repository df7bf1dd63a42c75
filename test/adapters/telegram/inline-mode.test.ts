import type { InlineQueryResultArticle } from "grammy/types";
import { beforeAll, describe, expect, it } from "vitest";
import { createTelegramBot } from "../../../src/adapters/telegram/create-telegram-bot.js";
import { buildInlineResults } from "../../../src/adapters/telegram/inline-results.js";
import type { BotCore } from "../../../src/core/bot-core.js";
import { inlineAnswers } from "../../../src/core/inline-answers.js";
import type { UserStore } from "../../../src/core/store/user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { createMetrics } from "../../../src/infra/metrics.js";
import { ApiRecorder, BOT_INFO, inlineQueryUpdate, TEST_TOKEN } from "../../helpers/telegram-harness.js";

/** Fails the test on any store access: inline mode must not read or write anything about anyone. */
const untouchable = new Proxy({} as UserStore, {
  get(_target, property) {
    if (property === "then") return undefined;
    throw new Error(`inline mode touched the store: ${String(property)}`);
  },
});

let core: BotCore;
beforeAll(async () => {
  core = await createCoreFromDisk({ store: untouchable });
});

describe("Telegram inline mode", () => {
  it("answers with personal article results and counts the query without its text", async () => {
    const metrics = createMetrics({ processMetrics: false });
    const bot = createTelegramBot(core, { token: TEST_TOKEN, botInfo: BOT_INFO, retry: false, metrics });
    const api = new ApiRecorder().install(bot);
    await bot.handleUpdate(inlineQueryUpdate({ id: 9, language_code: "es" }, "¿qué significa decision made en CAS?"));
    const [call] = api.method("answerInlineQuery");
    expect(call?.payload).toMatchObject({ is_personal: true, cache_time: 300 });
    const results = call?.payload.results as InlineQueryResultArticle[];
    expect(results[0]?.reply_markup?.inline_keyboard[0]?.[0]).toEqual({
      text: core.translator.forLocale("es")("telegram:inline.more"),
      url: `https://t.me/${BOT_INFO.username}?start=status_cas-decision-made`,
    });
    const body = (await metrics.render()).body;
    expect(body).toMatch(/ircc_bot_replies_total\{platform="telegram_inline",intent="status-meaning",lang="es"\} 1/);
    expect(body).not.toMatch(/significa|CAS|tg:9/);
  });

  it("stops answering a user who sends more inline queries than the limit, and keeps answering others", async () => {
    const bot = createTelegramBot(core, { token: TEST_TOKEN, botInfo: BOT_INFO, retry: false, inlineLimit: 2, now: () => 0 });
    const api = new ApiRecorder().install(bot);
    for (let i = 0; i < 4; i++) await bot.handleUpdate(inlineQueryUpdate({ id: 10, language_code: "en" }, `decision made ${i}`));
    await bot.handleUpdate(inlineQueryUpdate({ id: 11, language_code: "en" }, "decision made"));
    expect(api.method("answerInlineQuery")).toHaveLength(3);
    expect(api.calls.filter((c) => c.method === "sendMessage")).toHaveLength(0);
  });

  it("fits Telegram's result limits: unique ids of at most 64 bytes, text within 4,096 characters, at most 50 results", () => {
    for (const [query, lang] of [
      ["how long does it take", "en"],
      ["", "ar"],
      ["ماذا يعني قرار متخذ", undefined],
      ["x".repeat(300), "hi"],
    ] as const) {
      const answers = inlineAnswers(core, query, lang);
      const results = buildInlineResults(answers.answers, answers.lang, BOT_INFO.username, core.translator);
      expect(results.length).toBeGreaterThan(0);
      expect(results.length).toBeLessThanOrEqual(50);
      expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
      for (const r of results) {
        expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
        expect(r.title.length).toBeGreaterThan(0);
        const text = (r.input_message_content as { message_text: string }).message_text;
        expect(text.length).toBeGreaterThan(0);
        expect(text.length).toBeLessThanOrEqual(4096);
      }
    }
  });
});
