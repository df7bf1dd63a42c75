import { Bot } from "grammy";
import { describe, expect, it } from "vitest";
import {
  buildCommandMenus,
  buildDescriptions,
  publishCommands,
  publishDescriptions,
} from "../../../src/adapters/telegram/publish-commands.js";
import { COMMANDS } from "../../../src/core/commands/registry.js";
import { createTranslator } from "../../../src/core/i18n/translator.js";
import { ApiRecorder, BOT_INFO, failure, TEST_TOKEN } from "../../helpers/telegram-harness.js";

const descriptions = (prefix: string) => Object.fromEntries(COMMANDS.map((c) => [c.id, { description: `${prefix} ${c.id} description` }]));
const translator = createTranslator({
  en: { commands: descriptions("English") },
  fr: { commands: descriptions("Français") },
  es: { commands: { start: { description: "Empezar" } } },
});

describe("Telegram command menus", () => {
  it("publishes a default menu plus one per locale that has its own descriptions, for private and group scopes", () => {
    const menus = buildCommandMenus(COMMANDS, translator, "en");
    expect(menus.map((m) => `${m.scope.type}/${m.languageCode ?? "-"}`)).toEqual([
      "default/-",
      "default/en",
      "default/fr",
      "default/es",
      "all_group_chats/-",
      "all_group_chats/en",
      "all_group_chats/fr",
      "all_group_chats/es",
    ]);
    const fr = menus.find((m) => m.scope.type === "default" && m.languageCode === "fr")!;
    expect(fr.commands.map((c) => c.command)).toEqual(COMMANDS.map((c) => c.id));
    expect(fr.commands[0]).toEqual({ command: "start", description: "Français start description" });
    // A locale missing a description falls back to the default language, never to the raw key.
    const es = menus.find((m) => m.scope.type === "default" && m.languageCode === "es")!;
    expect(es.commands.slice(0, 2)).toEqual([
      { command: "start", description: "Empezar" },
      { command: "help", description: "English help description" },
    ]);
  });

  it("leaves personal commands out of group menus, since they only work in private chats", () => {
    const group = buildCommandMenus(COMMANDS, translator, "en").find((m) => m.scope.type === "all_group_chats")!;
    const personal = COMMANDS.filter((c) => c.personal).map((c) => c.id);
    expect(personal.length).toBeGreaterThan(0);
    expect(group.commands.map((c) => c.command).filter((c) => (personal as string[]).includes(c))).toEqual([]);
  });

  it("keeps every menu within Telegram's limits", () => {
    for (const menu of buildCommandMenus(COMMANDS, translator, "fr")) {
      expect(menu.commands.length).toBeLessThanOrEqual(100);
      for (const c of menu.commands) {
        expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
        expect(c.description.length).toBeGreaterThanOrEqual(3);
        expect(c.description.length).toBeLessThanOrEqual(256);
      }
    }
  });

  it("sends one setMyCommands per menu and keeps going when one fails", async () => {
    const bot = new Bot(TEST_TOKEN, { botInfo: BOT_INFO });
    const api = new ApiRecorder().install(bot);
    api.respond = (call) =>
      call.method === "setMyCommands" && call.payload.language_code === "fr" ? failure(400, "Bad Request") : undefined;
    const result = await publishCommands(bot.api, COMMANDS, translator, "en");
    expect(result).toEqual({ published: 6, failed: 2 });
    const calls = api.method("setMyCommands");
    expect(calls).toHaveLength(8);
    expect(calls[0]?.payload).toMatchObject({ scope: { type: "default" } });
    expect(calls[0]?.payload.language_code).toBeUndefined();
    expect(calls[1]?.payload).toMatchObject({ scope: { type: "default" }, language_code: "en" });
  });

  it("builds a description and short description per language that has them, within Telegram's limits", () => {
    const about = (d: string, s: string) => ({ telegram: { about: { description: d, shortDescription: s } } });
    const t = createTranslator({
      en: about("English description", "English short"),
      fr: about("D".repeat(600), "S".repeat(200)),
      es: { telegram: {} },
    });
    const built = buildDescriptions(t, "fr");
    expect(built.map((d) => d.languageCode ?? "-")).toEqual(["-", "en", "fr"]);
    expect(built[0]?.description.length).toBe(512); // the fallback is the default language's, truncated
    expect(built[2]?.shortDescription.length).toBe(120);
    expect(built[2]?.shortDescription.endsWith("…")).toBe(true);
  });

  it("publishes both texts per language and counts failures instead of throwing", async () => {
    const bot = new Bot(TEST_TOKEN, { botInfo: BOT_INFO });
    const api = new ApiRecorder().install(bot);
    api.respond = (call) =>
      call.method === "setMyShortDescription" && call.payload.language_code === "en" ? failure(400, "Bad") : undefined;
    const t = createTranslator({ en: { telegram: { about: { description: "Long", shortDescription: "Short" } } } });
    expect(await publishDescriptions(bot.api, t, "en")).toEqual({ published: 3, failed: 1 });
    expect(api.method("setMyDescription").map((c) => c.payload)).toEqual([
      { description: "Long" },
      { description: "Long", language_code: "en" },
    ]);
  });
});
