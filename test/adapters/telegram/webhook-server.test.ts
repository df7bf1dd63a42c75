import { afterEach, describe, expect, it } from "vitest";
import { createTelegramBot } from "../../../src/adapters/telegram/create-telegram-bot.js";
import { createWebhookServer, type WebhookServer } from "../../../src/adapters/telegram/webhook-server.js";
import type { BotCore } from "../../../src/core/bot-core.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { ApiRecorder, BOT_INFO, commandUpdate, TEST_TOKEN } from "../../helpers/telegram-harness.js";

const SECRET = "s3cret_token-for-tests";
let server: WebhookServer | undefined;

afterEach(async () => {
  await server?.close(1000);
  server = undefined;
});

async function start(core?: BotCore) {
  const bot = createTelegramBot(core ?? (await createCoreFromDisk({ store: createMemoryUserStore() })), {
    token: TEST_TOKEN,
    botInfo: BOT_INFO,
    retry: false,
  });
  const api = new ApiRecorder().install(bot);
  server = createWebhookServer({ bot, path: "/telegram/hook", secret: SECRET });
  const port = await server.listen(0, "127.0.0.1");
  const post = (body: string, headers: Record<string, string> = { "x-telegram-bot-api-secret-token": SECRET }) =>
    fetch(`http://127.0.0.1:${port}/telegram/hook`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { api, port, post };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  return check();
};

describe("Telegram webhook server", () => {
  it("answers the health check", async () => {
    const { port } = await start();
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("rejects requests without the right secret token and never handles them", async () => {
    const { post, api } = await start();
    const update = JSON.stringify(commandUpdate({ id: 1 }, "help"));
    expect((await post(update, {})).status).toBe(401);
    expect((await post(update, { "x-telegram-bot-api-secret-token": "wrong" })).status).toBe(401);
    expect((await post(update, { "x-telegram-bot-api-secret-token": `${SECRET}x` })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 30));
    expect(api.calls).toHaveLength(0);
  });

  it("rejects malformed bodies and unknown paths", async () => {
    const { post, port } = await start();
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ message: {} }))).status).toBe(400);
    expect((await post(JSON.stringify({ update_id: "1" }))).status).toBe(400);
    expect((await fetch(`http://127.0.0.1:${port}/other`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/telegram/hook`)).status).toBe(405);
  });

  it("handles a valid update once, even when Telegram sends it again", async () => {
    const { post, api } = await start();
    const update = JSON.stringify(commandUpdate({ id: 7 }, "help"));
    expect((await post(update)).status).toBe(200);
    expect((await post(update)).status).toBe(200);
    expect(await until(() => api.sent(7).length > 0)).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(api.sent(7)).toHaveLength(1);
  });

  it("waits on close for updates already accepted", async () => {
    const real = await createCoreFromDisk({ store: createMemoryUserStore() });
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const slow: BotCore = {
      ...real,
      async handle(request) {
        await gate;
        return real.handle(request);
      },
    };
    const { post, api, port } = await start(slow);
    expect((await post(JSON.stringify(commandUpdate({ id: 8 }, "help")))).status).toBe(200);
    const closing = server!.close(5000);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status ?? 503).toBe(503);
    setTimeout(release, 50);
    await expect(closing).resolves.toBe(true);
    expect(api.sent(8)).toHaveLength(1);
    server = undefined;
  });
});
