import { afterEach, describe, expect, it } from "vitest";
import { createTelegramBot } from "../../../src/adapters/telegram/create-telegram-bot.js";
import { createWebhookServer, type WebhookServer } from "../../../src/adapters/telegram/webhook-server.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { createHealthRegistry } from "../../../src/infra/health.js";
import { createMetrics } from "../../../src/infra/metrics.js";
import { createOpsHandler } from "../../../src/infra/ops-server.js";
import { ApiRecorder, BOT_INFO, commandUpdate, TEST_TOKEN } from "../../helpers/telegram-harness.js";

const SECRET = "s3cret_token-for-tests";
let server: WebhookServer | undefined;
afterEach(async () => {
  await server?.close(1000);
  server = undefined;
});

describe("webhook mode serves the ops routes on the same port", () => {
  it("answers /healthz from the registry and /metrics with the updates it handled, and still takes updates", async () => {
    const metrics = createMetrics({ processMetrics: false });
    const health = createHealthRegistry();
    let telegramUp = true;
    health.register("telegram", () => ({ ok: telegramUp }));
    const bot = createTelegramBot(await createCoreFromDisk(), { token: TEST_TOKEN, botInfo: BOT_INFO, retry: false, metrics });
    const api = new ApiRecorder().install(bot);
    server = createWebhookServer({
      bot,
      path: "/hook",
      secret: SECRET,
      extraRoutes: createOpsHandler({ health, metrics: () => metrics.render() }),
    });
    const base = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;

    const posted = await fetch(`${base}/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(commandUpdate({ id: 5, language_code: "fr" }, "help")),
    });
    expect(posted.status).toBe(200);
    for (let i = 0; i < 200 && api.sent(5).length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(api.sent(5)).toHaveLength(1);

    const scraped = await (await fetch(`${base}/metrics`)).text();
    expect(scraped).toMatch(/ircc_bot_updates_total\{platform="telegram",kind="message"\} 1/);
    expect(scraped).toMatch(/ircc_bot_replies_total\{platform="telegram",intent="help",lang="fr"\} 1/);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    telegramUp = false;
    const down = await fetch(`${base}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false, checks: { telegram: { ok: false } } });
  });
});
