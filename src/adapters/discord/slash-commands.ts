import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { CommandDefinition, CommandOption } from "../../core/commands/registry.js";
import { type Locale, SUPPORTED_LOCALES } from "../../core/i18n/locales.js";
import type { Translator } from "../../core/i18n/translator.js";
import { LOCALES_WITH_DISCORD_LOCALE, toDiscordLocalizations } from "./locale-map.js";

export type SlashCommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;
type OptionJson = NonNullable<SlashCommandJson["options"]>[number];

/** The command table could not be turned into a valid payload; lists every problem. */
export class SlashCommandError extends Error {
  override readonly name = "SlashCommandError";
  constructor(readonly problems: readonly string[]) {
    super(`discord: the slash-command payload is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/**
 * Builds the exact JSON body of Discord's bulk-overwrite endpoint from the shared command table.
 * Names stay the stable command ids (users and docs can rely on `/track` everywhere); descriptions
 * come from the `commands` namespace, English as the default and every translated locale spread
 * over its Discord locales. Commands work in servers and in DMs with the bot; personal ones answer
 * ephemerally in servers. Pure: no network, no environment.
 */
export function buildSlashCommands(commands: readonly CommandDefinition[], translator: Translator): SlashCommandJson[] {
  const problems: string[] = [];
  const english = translator.forLocale("en");
  const text = (key: string): { value: string; localizations: ReturnType<typeof toDiscordLocalizations> } => {
    if (!translator.has("en", key)) problems.push(`${key}: missing in locales/en (English is the default description)`);
    const perLocale: Partial<Record<Locale, string>> = {};
    for (const locale of LOCALES_WITH_DISCORD_LOCALE) {
      if (locale !== "en" && translator.has(locale, key)) perLocale[locale] = translator.forLocale(locale)(key);
    }
    perLocale.en = english(key);
    return { value: english(key), localizations: toDiscordLocalizations(perLocale) };
  };

  const option = (def: CommandOption): OptionJson => {
    const description = text(def.descriptionKey);
    const base = {
      name: def.name,
      description: description.value,
      description_localizations: description.localizations,
      required: def.required,
    };
    if (def.type === "integer")
      return { ...base, type: ApplicationCommandOptionType.Integer, ...(def.autocomplete ? { autocomplete: true } : {}) } as OptionJson;
    if (def.autocomplete) return { ...base, type: ApplicationCommandOptionType.String, autocomplete: true };
    if (def.choices === "locale") {
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        choices: SUPPORTED_LOCALES.map((locale) => ({ name: languageName(translator, locale), value: locale })),
      };
    }
    return { ...base, type: ApplicationCommandOptionType.String, max_length: 200 };
  };

  const payload = commands.map((command): SlashCommandJson => {
    const description = text(command.descriptionKey);
    // Discord requires required options before optional ones.
    const options = [...command.options].sort((a, b) => Number(b.required) - Number(a.required)).map(option);
    return {
      type: ApplicationCommandType.ChatInput,
      name: command.id,
      description: description.value,
      description_localizations: description.localizations,
      options,
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [ApplicationIntegrationType.GuildInstall],
    };
  });
  if (problems.length > 0) throw new SlashCommandError([...new Set(problems)]);
  return payload;
}

/**
 * The language's own name ("Français", "ਪੰਜਾਬੀ") so every user finds theirs: the catalogue's
 * `common:language.name`, else ICU's endonym, else the code.
 */
function languageName(translator: Translator, locale: Locale): string {
  if (translator.has(locale, "common:language.name")) return translator.forLocale(locale)("common:language.name");
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
