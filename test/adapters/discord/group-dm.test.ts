import { beforeAll, describe, expect, it } from "vitest";
import { createSuggester } from "../../../src/adapters/discord/autocomplete.js";
import { createLocalBackend } from "../../../src/adapters/discord/backend.js";
import { createInteractionHandlers } from "../../../src/adapters/discord/interaction-handlers.js";
import type { DiscordMessage } from "../../../src/adapters/discord/render.js";
import { actionRequest, commandRequest, isSharedPlace } from "../../../src/adapters/discord/to-request.js";
import type { BotCore } from "../../../src/core/bot-core.js";
import { findCommand } from "../../../src/core/commands/registry.js";
import { silentLogger } from "../../../src/core/logger.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { fakeCommandInteraction } from "../../helpers/discord.js";

/**
 * A user-installed app also runs in group DMs and in DMs between other people (interaction context
 * 2, no guild id). Others read the answers there, so nothing there counts as a private chat.
 */
describe("Discord group DMs (user-installed app)", () => {
  let core: BotCore;
  beforeAll(async () => {
    core = await createCoreFromDisk();
  });

  it("treats context 2 as shared and the bot's own DM as private", () => {
    const groupDm = fakeCommandInteraction({ commandName: "track", guildId: null, context: 2 });
    const botDm = fakeCommandInteraction({ commandName: "track", guildId: null, context: 1 });
    const legacyDm = fakeCommandInteraction({ commandName: "track", guildId: null });
    expect([isSharedPlace(groupDm), isSharedPlace(botDm), isSharedPlace(legacyDm)]).toEqual([true, false, false]);
    expect(commandRequest(groupDm, findCommand("track")!, {}).isPrivate).toBe(false);
    expect(commandRequest(botDm, findCommand("track")!, {}).isPrivate).toBe(true);
    expect(actionRequest(groupDm, "1|i|trackable", false).isPrivate).toBe(false);
    expect(actionRequest(groupDm, "1|i|trackable", true).isPrivate).toBe(true);
  });

  it("answers /language in a group DM ephemerally, as in a server", async () => {
    const handlers = createInteractionHandlers({
      backend: createLocalBackend(core),
      translator: core.translator,
      suggester: createSuggester(core.translator),
      logger: silentLogger,
      defaultLocale: "en",
    });
    const i = fakeCommandInteraction({ commandName: "language", guildId: null, context: 2 });
    await handlers.onCommand(i);
    expect((i.reply.mock.calls[0]![0] as DiscordMessage).flags).toBe(64);
  });
});
