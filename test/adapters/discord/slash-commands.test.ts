import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { Locale as DiscordLocale } from "discord.js";
import { beforeAll, describe, expect, it } from "vitest";
import { DISCORD_LOCALES } from "../../../src/adapters/discord/locale-map.js";
import { checkSlashCommandLimits } from "../../../src/adapters/discord/slash-command-limits.js";
import {
  type ApplicationCommandJson,
  buildContextMenuCommands,
  buildSlashCommands,
  type ContextMenuCommandJson,
  SlashCommandError,
  type SlashCommandJson,
} from "../../../src/adapters/discord/slash-commands.js";
import { COMMANDS } from "../../../src/core/commands/registry.js";
import { SUPPORTED_LOCALES, toLocale } from "../../../src/core/i18n/locales.js";
import { createTranslator } from "../../../src/core/i18n/translator.js";
import { PROJECT_ROOT } from "../../../src/infra/create-core-from-disk.js";
import { loadLocales } from "../../../src/infra/load-locales.js";

const run = promisify(execFile);

describe("deploy:discord --dry-run", () => {
  let payload: SlashCommandJson[];
  let menus: ContextMenuCommandJson[];
  let stderr: string;
  beforeAll(async () => {
    // No token, no application id, no network: the dry run must still print the whole payload.
    const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" };
    const out = await run(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/cli/deploy-discord.ts"), "--dry-run"], {
      env,
      cwd: PROJECT_ROOT,
    });
    const all = JSON.parse(out.stdout) as ApplicationCommandJson[];
    payload = all.filter((c): c is SlashCommandJson => c.type === 1);
    menus = all.filter((c): c is ContextMenuCommandJson => c.type === 3);
    expect(payload.length + menus.length).toBe(all.length);
    stderr = out.stderr;
  }, 30_000);

  it("prints one command per entry of the shared table, names unchanged", () => {
    expect(payload.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.id));
    expect(stderr).toContain("/applications/APPLICATION_ID/commands");
  });

  it("passes every Discord limit in every locale", () => {
    expect(checkSlashCommandLimits([...payload, ...menus])).toEqual([]);
  });

  it('adds the message command "Explain this status", named in every Discord locale the bot speaks', () => {
    expect(menus).toHaveLength(1);
    const [menu] = menus;
    const translator = createTranslator(loadLocales(join(PROJECT_ROOT, "locales")));
    expect(menu?.name).toBe("Explain this status");
    for (const locale of SUPPORTED_LOCALES) {
      for (const discordLocale of DISCORD_LOCALES[locale]) {
        expect(menu?.name_localizations?.[discordLocale]).toBe(translator.forLocale(locale)("discord:explainStatus.name"));
      }
    }
    const known = new Set<string>(Object.values(DiscordLocale));
    for (const key of Object.keys(menu?.name_localizations ?? {})) expect(known).toContain(key);
    for (const name of Object.values(menu?.name_localizations ?? {})) expect([...(name ?? "")].length).toBeLessThanOrEqual(32);
    expect(menu?.contexts).toEqual([0, 1, 2]);
    expect(menu?.integration_types).toEqual([0, 1]);
  });

  it("only uses real Discord locales in localizations", () => {
    const known = new Set<string>(Object.values(DiscordLocale));
    for (const command of payload) {
      for (const key of Object.keys(command.description_localizations ?? {})) expect(known).toContain(key);
      for (const option of command.options ?? [])
        for (const key of Object.keys(option.description_localizations ?? {})) expect(known).toContain(key);
    }
  });

  it("marks autocomplete options and offers every supported language as a /language choice", () => {
    const track = payload.find((c) => c.name === "track");
    expect(track?.options?.[0]).toMatchObject({ name: "application", autocomplete: true });
    const language = payload.find((c) => c.name === "language")?.options?.[0];
    const values = language && "choices" in language ? language.choices?.map((c) => c.value) : [];
    expect(values).toEqual([...SUPPORTED_LOCALES]);
  });

  it("installs to servers and to users; public commands work in group DMs too, personal ones do not", () => {
    for (const command of payload) {
      expect(command.integration_types).toEqual([0, 1]);
      const personal = COMMANDS.find((c) => c.id === command.name)?.personal;
      expect(command.contexts).toEqual(personal ? [0, 1] : [0, 1, 2]);
    }
    expect(payload.filter((c) => c.contexts?.includes(2)).map((c) => c.name)).toContain("status");
  });
});

describe("buildSlashCommands", () => {
  const translator = createTranslator(loadLocales(join(PROJECT_ROOT, "locales")));

  it("localizes descriptions from the commands namespace for every Discord locale we translate", () => {
    const payload = buildSlashCommands(COMMANDS, translator);
    const help = payload.find((c) => c.name === "help");
    expect(help?.description).toBe(translator.forLocale("en")("commands:help.description"));
    expect(help?.description_localizations?.["en-GB"]).toBe(help?.description);
    if (translator.has("fr", "commands:help.description"))
      expect(help?.description_localizations?.fr).toBe(translator.forLocale("fr")("commands:help.description"));
    if (translator.has("es", "commands:help.description"))
      expect(help?.description_localizations?.["es-419"]).toBe(help?.description_localizations?.["es-ES"]);
  });

  it("fails listing every command whose English description is missing", () => {
    const empty = createTranslator({ en: {} });
    expect(() => buildSlashCommands(COMMANDS, empty)).toThrow(SlashCommandError);
    try {
      buildSlashCommands(COMMANDS, empty);
    } catch (error) {
      expect((error as SlashCommandError).problems.length).toBeGreaterThanOrEqual(COMMANDS.length);
    }
  });
});

describe("locale map", () => {
  it("maps every supported locale, and Discord's own locales map back to ours", () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const discordLocale of DISCORD_LOCALES[locale]) expect(toLocale(discordLocale)).toBe(locale);
    }
    expect(DISCORD_LOCALES.pa).toEqual([]);
    expect(toLocale("zh-TW")).toBeUndefined(); // Traditional Chinese users are not served Simplified
  });
});

describe("buildContextMenuCommands", () => {
  it("refuses a catalogue without the English name, and catches names Discord would reject", () => {
    expect(() => buildContextMenuCommands(createTranslator({ en: {} }))).toThrow(SlashCommandError);
    const long = buildContextMenuCommands(createTranslator({ en: { discord: { explainStatus: { name: "x".repeat(33) } } } }));
    const problems = checkSlashCommandLimits(long);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toContain("Discord allows 1–32");
  });
});

describe("checkSlashCommandLimits", () => {
  const ok: SlashCommandJson = { name: "ok", description: "Fine", options: [] };
  it("accepts a small valid command", () => {
    expect(checkSlashCommandLimits([ok])).toEqual([]);
  });
  it.each([
    ["an uppercase name", { ...ok, name: "Track" }, /lowercase/],
    ["a name with spaces", { ...ok, name: "my track" }, /does not match/],
    ["a name of 33 characters", { ...ok, name: "a".repeat(33) }, /does not match/],
    ["an empty description", { ...ok, description: "" }, /1–100/],
    ["a localized description over 100 characters", { ...ok, description_localizations: { fr: "é".repeat(101) } }, /\[fr\].*1–100/],
    ["26 options", { ...ok, options: Array.from({ length: 26 }, (_, k) => ({ type: 3, name: `o${k}`, description: "d" })) }, /26 options/],
    [
      "26 choices",
      {
        ...ok,
        options: [
          { type: 3, name: "o", description: "d", choices: Array.from({ length: 26 }, (_, k) => ({ name: `c${k}`, value: `v${k}` })) },
        ],
      },
      /26 choices/,
    ],
    [
      "more than 4,000 characters in total",
      {
        ...ok,
        options: Array.from({ length: 25 }, (_, k) => ({
          type: 3,
          name: `o${k}`,
          description: "d".repeat(100),
          choices: Array.from({ length: 25 }, (_, c) => ({ name: `c${c}`, value: "v".repeat(10) })),
        })),
      },
      /at most 4000/,
    ],
  ] as const)("rejects %s", (_label, command, message) => {
    const problems = checkSlashCommandLimits([command as SlashCommandJson]);
    expect(problems.join("\n")).toMatch(message);
  });
  it("counts only the longest localization of a field towards the total", () => {
    const options = Array.from({ length: 25 }, (_, k) => ({
      type: 3,
      name: `o${k}`,
      description: "d".repeat(100),
      description_localizations: { fr: "f".repeat(100), "es-ES": "e".repeat(100) },
    }));
    expect(checkSlashCommandLimits([{ ...ok, options } as SlashCommandJson])).toEqual([]);
  });
  it("accepts Devanagari names", () => {
    expect(checkSlashCommandLimits([{ ...ok, name: "मदद" }])).toEqual([]);
  });
});
