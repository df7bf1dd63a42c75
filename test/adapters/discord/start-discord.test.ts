import { afterEach, describe, expect, it } from "vitest";
import { DiscordStartError, startDiscord } from "../../../src/adapters/discord/start-discord.js";
import type { BotCore } from "../../../src/core/bot-core.js";
import { silentLogger } from "../../../src/core/logger.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { startFakeDiscordApi } from "../../helpers/discord-fake-api.js";

let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

async function rejectingApi() {
  const fake = await startFakeDiscordApi((request) =>
    request.path.startsWith("/gateway/bot") ? { status: 401, body: { message: "401: Unauthorized", code: 0 } } : undefined,
  );
  closeServer = fake.close;
  return fake;
}

const TOKEN = "not-a-real-token";
const SHARDING = { script: new URL("../../../src/discord-shard", import.meta.url), logLevel: "silent" } as const;

describe("startDiscord", () => {
  let core: BotCore;

  it("turns a token Discord rejects into a clear error naming DISCORD_TOKEN", async () => {
    core ??= await createCoreFromDisk();
    const fake = await rejectingApi();
    const start = startDiscord({ core, token: TOKEN, defaultLocale: "en", logger: silentLogger, restApi: fake.api });
    await expect(start).rejects.toBeInstanceOf(DiscordStartError);
    await expect(start).rejects.toThrow(/DISCORD_TOKEN is missing or was rejected by Discord \(401/);
    expect(fake.requests.some((r) => r.method === "PUT")).toBe(false); // logging in never registers commands
  });

  it("checks the token before spawning shards under DISCORD_SHARDING", async () => {
    core ??= await createCoreFromDisk();
    const fake = await rejectingApi();
    await expect(
      startDiscord({ core, token: TOKEN, defaultLocale: "en", sharding: SHARDING, logger: silentLogger, restApi: fake.api }),
    ).rejects.toThrow(/DISCORD_TOKEN is missing or was rejected/);
  });

  it("refuses to start without a token", async () => {
    core ??= await createCoreFromDisk();
    await expect(startDiscord({ core, token: undefined, defaultLocale: "en", logger: silentLogger })).rejects.toBeInstanceOf(
      DiscordStartError,
    );
  });

  it("keeps the token out of the error message", async () => {
    core ??= await createCoreFromDisk();
    const fake = await rejectingApi();
    const error = (await startDiscord({ core, token: TOKEN, defaultLocale: "en", logger: silentLogger, restApi: fake.api }).then(
      () => new Error("expected a failure"),
      (e: unknown) => e,
    )) as Error;
    expect(error.message).not.toContain("not-a-real-token");
  });
});
