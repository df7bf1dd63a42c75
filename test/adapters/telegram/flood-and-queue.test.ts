import { afterAll, describe, expect, it } from "vitest";
import { createTelegramBot } from "../../../src/adapters/telegram/create-telegram-bot.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { FakeTelegramApi } from "../../helpers/telegram-fake-api.js";
import { BOT_INFO, commandUpdate, TEST_TOKEN } from "../../helpers/telegram-harness.js";

const api = new FakeTelegramApi(TEST_TOKEN);
afterAll(() => api.stop());

describe("flood guard and outbound queue together", () => {
  it("answers every message it accepted (paced, not dropped), tells the user once, and reads nothing more", async () => {
    const apiRoot = await api.start();
    const core = await createCoreFromDisk({ store: createMemoryUserStore() });
    const bot = createTelegramBot(core, {
      token: TEST_TOKEN,
      botInfo: BOT_INFO,
      apiRoot,
      retry: false,
      flood: { limit: 6, windowMs: 60_000 },
      outbound: { chatBurst: 3, chatIntervalMs: 100 },
    });
    const user = { id: 4242, language_code: "en" };
    // Ten messages at once, as a flooding user sends them: six accepted, one notice, three not read.
    await Promise.all(Array.from({ length: 10 }, () => bot.handleUpdate(commandUpdate(user, "help"))));
    const sent = api.sent(user.id);
    const rateLimited = core.translator.forLocale("en")("errors:rateLimited");
    expect(sent.filter((c) => c.payload.text === rateLimited)).toHaveLength(1);
    expect(sent.filter((c) => c.payload.text !== rateLimited)).toHaveLength(6);
    // Paced by the chat's bucket: a burst of three, then one per 100 ms.
    const times = sent.map((c) => c.at).sort((a, b) => a - b);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(350);
  });
});
