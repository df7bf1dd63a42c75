import { beforeAll, describe, expect, it, vi } from "vitest";
import { createLocalBackend, type DiscordBackend } from "../../../src/adapters/discord/backend.js";
import { createDirectMessageHandler, createLocaleMemory, type DirectMessageLike } from "../../../src/adapters/discord/direct-messages.js";
import type { EditMessage } from "../../../src/adapters/discord/render.js";
import type { BotCore } from "../../../src/core/bot-core.js";
import { silentLogger } from "../../../src/core/logger.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { CHANNEL_ID, fixtureTranslator, GUILD_ID, USER_ID } from "../../helpers/discord.js";

const message = (o: Omit<Partial<DirectMessageLike>, "reply"> = {}) => ({
  author: { id: USER_ID, bot: false },
  guildId: null,
  channelId: CHANNEL_ID,
  content: "Can I track my study permit application online?",
  reply: vi.fn(async (_m: EditMessage) => undefined),
  ...o,
});

describe("direct messages", () => {
  let core: BotCore;
  beforeAll(async () => {
    core = await createCoreFromDisk();
  });

  it("answers a free-text question in a DM with the core's reply", async () => {
    const handle = vi.spyOn(core, "handle");
    const onMessage = createDirectMessageHandler({
      backend: createLocalBackend(core),
      translator: core.translator,
      logger: silentLogger,
      lastLocaleOf: () => "fr",
    });
    const m = message();
    await onMessage(m);
    expect(handle.mock.calls[0]?.[0]).toMatchObject({ kind: "text", isPrivate: true, userId: `dc:${USER_ID}`, localeHints: ["fr"] });
    handle.mockRestore();
    expect(m.reply).toHaveBeenCalled();
    expect(m.reply.mock.calls[0]?.[0].content.length).toBeGreaterThan(0);
    expect(m.reply.mock.calls[0]?.[0]).not.toHaveProperty("flags");
  });

  it("ignores bots and server messages", async () => {
    const answer = vi.fn();
    const backend: DiscordBackend = { answer, locale: async () => "en" };
    const onMessage = createDirectMessageHandler({
      backend,
      translator: fixtureTranslator(),
      logger: silentLogger,
      lastLocaleOf: () => undefined,
    });
    await onMessage(message({ author: { id: USER_ID, bot: true } }));
    await onMessage(message({ guildId: GUILD_ID }));
    expect(answer).not.toHaveBeenCalled();
  });

  it("replies errors:generic when answering fails", async () => {
    const backend: DiscordBackend = { answer: () => Promise.reject(new Error("boom")), locale: async () => "fr" };
    const onMessage = createDirectMessageHandler({
      backend,
      translator: fixtureTranslator(),
      logger: silentLogger,
      lastLocaleOf: () => undefined,
    });
    const m = message();
    await onMessage(m);
    expect(m.reply.mock.calls[0]?.[0].content).toBe("Une erreur est survenue.");
  });

  it("remembers the latest locale per user, bounded", () => {
    const memory = createLocaleMemory(2);
    memory.remember("1", "fr");
    memory.remember("2", "pa");
    memory.remember("1", "uk");
    memory.remember("3", "hi");
    expect([memory.get("1"), memory.get("2"), memory.get("3")]).toEqual(["uk", undefined, "hi"]);
  });
});
