import { join } from "node:path";
import { REST } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { deployCommands, deployRoute } from "../../../src/adapters/discord/deploy-commands.js";
import { buildSlashCommands, SlashCommandError } from "../../../src/adapters/discord/slash-commands.js";
import { COMMANDS } from "../../../src/core/commands/registry.js";
import { createTranslator } from "../../../src/core/i18n/translator.js";
import { PROJECT_ROOT } from "../../../src/infra/create-core-from-disk.js";
import { loadLocales } from "../../../src/infra/load-locales.js";
import { startFakeDiscordApi } from "../../helpers/discord-fake-api.js";

const APP = "123456789012345678";
const GUILD = "876543210987654321";
let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeServer?.();
  closeServer = undefined;
});

describe("deployCommands", () => {
  const payload = buildSlashCommands(COMMANDS, createTranslator(loadLocales(join(PROJECT_ROOT, "locales"))));

  it("chooses the guild route when a guild id is set, the global route otherwise", () => {
    expect(deployRoute({ applicationId: APP, guildId: GUILD })).toBe(`/applications/${APP}/guilds/${GUILD}/commands`);
    expect(deployRoute({ applicationId: APP })).toBe(`/applications/${APP}/commands`);
  });

  it("bulk-overwrites with one PUT of the whole payload", async () => {
    const fake = await startFakeDiscordApi((request) => (request.method === "PUT" ? { status: 200, body: request.body } : undefined));
    closeServer = fake.close;
    const rest = new REST({ api: fake.api, retries: 0 }).setToken("test-token");
    expect(await deployCommands(rest, { applicationId: APP, guildId: GUILD }, payload)).toBe(COMMANDS.length);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: "PUT", path: `/applications/${APP}/guilds/${GUILD}/commands`, body: payload });
  });

  it("refuses a payload Discord would reject without calling Discord", async () => {
    const rest = { put: async () => expect.unreachable("must not be called") };
    const broken = [{ ...payload[0], name: "Not Valid" }] as typeof payload;
    await expect(deployCommands(rest, { applicationId: APP }, broken)).rejects.toBeInstanceOf(SlashCommandError);
  });
});
