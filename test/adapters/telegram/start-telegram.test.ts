import { afterEach, describe, expect, it } from "vitest";
import { startTelegram, type TelegramHandle } from "../../../src/adapters/telegram/start-telegram.js";
import type { StartTelegramOptions } from "../../../src/adapters/telegram/start-telegram.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { FakeTelegramApi } from "../../helpers/telegram-fake-api.js";
import { commandUpdate, TEST_TOKEN } from "../../helpers/telegram-harness.js";

const SECRET = "hook-secret_123";
let fake: FakeTelegramApi;
let handle: TelegramHandle | undefined;

afterEach(async () => {
  await handle?.stop();
  handle = undefined;
  await fake?.stop();
});

async function start(webhook: StartTelegramOptions["webhook"], onShutdown?: () => Promise<void>) {
  fake = new FakeTelegramApi(TEST_TOKEN);
  const apiRoot = await fake.start();
  const core = await createCoreFromDisk({ store: createMemoryUserStore() });
  handle = await startTelegram({
    core,
    token: TEST_TOKEN,
    apiRoot,
    defaultLocale: "en",
    ...(webhook ? { webhook } : {}),
    ...(onShutdown ? { onShutdown } : {}),
  });
  return handle;
}

describe("startTelegram", () => {
  it("refuses webhook mode without a secret", async () => {
    fake = new FakeTelegramApi(TEST_TOKEN);
    const core = await createCoreFromDisk({ store: createMemoryUserStore() });
    await expect(
      startTelegram({
        core,
        token: TEST_TOKEN,
        apiRoot: "http://127.0.0.1:9",
        defaultLocale: "en",
        webhook: { url: "https://bot.example/tg", secret: undefined, port: 0 },
      }),
    ).rejects.toThrow(/TELEGRAM_WEBHOOK_SECRET/);
  });

  it("explains a rejected token", async () => {
    fake = new FakeTelegramApi("999:other-token-entirely-different");
    const apiRoot = await fake.start();
    const core = await createCoreFromDisk({ store: createMemoryUserStore() });
    await expect(startTelegram({ core, token: TEST_TOKEN, apiRoot, defaultLocale: "en" })).rejects.toThrow(/rejected TELEGRAM_BOT_TOKEN/);
  });

  it("in webhook mode registers the secret, serves signed updates and /healthz, and shuts down in order", async () => {
    const events: string[] = [];
    const h = await start({ url: "https://bot.example/tg/hook", secret: SECRET, port: 0 }, async () => {
      events.push("onShutdown");
    });
    expect(h.mode).toBe("webhook");
    expect(fake.method("setWebhook")[0]?.payload).toMatchObject({ url: "https://bot.example/tg/hook", secret_token: SECRET });
    expect(fake.method("getUpdates")).toHaveLength(0);
    const base = `http://127.0.0.1:${h.port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const res = await fetch(`${base}/tg/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(commandUpdate({ id: 77 }, "help")),
    });
    expect(res.status).toBe(200);
    await fake.waitFor((c) => c.method === "sendMessage" && c.payload.chat_id === 77, 5_000);
    await h.stop();
    events.push("stopped");
    expect(events).toEqual(["onShutdown", "stopped"]);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    expect(fake.method("deleteWebhook")).toHaveLength(0); // Telegram keeps buffering updates for the next start
  });

  it("in polling mode clears a webhook, polls, and stops idempotently", async () => {
    let shutdowns = 0;
    const h = await start(undefined, async () => {
      shutdowns++;
    });
    expect(h.mode).toBe("polling");
    expect(fake.method("deleteWebhook")).toHaveLength(1);
    const id = fake.push(commandUpdate({ id: 78 }, "start"));
    await fake.waitFor((c) => c.method === "sendMessage" && c.payload.chat_id === 78, 5_000);
    await Promise.all([h.stop(), h.stop()]);
    expect(shutdowns).toBe(1);
    expect(fake.confirmedOffset).toBe(id + 1);
  });
});
