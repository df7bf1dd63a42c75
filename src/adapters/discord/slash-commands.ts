import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord.js";
import type { CommandDefinition, CommandOption } from "../../core/commands/registry.js";
import { type Locale, SUPPORTED_LOCALES } from "../../core/i18n/locales.js";
import type { Translator } from "../../core/i18n/translator.js";
import { LOCALES_WITH_DISCORD_LOCALE, toDiscordLocalizations } from "./locale-map.js";

export type SlashCommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;
export type ContextMenuCommandJson = RESTPostAPIContextMenuApplicationCommandsJSONBody;
/** Everything `deploy:discord` registers: the slash commands and the message context-menu command. */
export type ApplicationCommandJson = SlashCommandJson | ContextMenuCommandJson;

/**
 * Installable to a server and to a user's account (a user-installed app works in any server, DM or
 * group DM the user is in, without the bot joining).
 */
const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];
/** Public answers work everywhere; personal ones (reminders, log, stored data) stay out of group DMs. */
const EVERYWHERE = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel];
const NO_GROUP_DMS = [InteractionContextType.Guild, InteractionContextType.BotDM];

/** i18n key of the context-menu command's name. */
export const EXPLAIN_STATUS_NAME_KEY = "discord:explainStatus.name";
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
      contexts: command.personal ? NO_GROUP_DMS : EVERYWHERE,
      integration_types: INTEGRATION_TYPES,
    };
  });
  if (problems.length > 0) throw new SlashCommandError([...new Set(problems)]);
  return payload;
}

/**
 * The message context-menu command "Explain this status" (right-click a message → Apps). Its name
 * is what users see, so it is localized for every Discord locale the bot has a language for.
 */
export function buildContextMenuCommands(translator: Translator): ContextMenuCommandJson[] {
  if (!translator.has("en", EXPLAIN_STATUS_NAME_KEY)) {
    throw new SlashCommandError([`${EXPLAIN_STATUS_NAME_KEY}: missing in locales/en (English is the default name)`]);
  }
  const perLocale: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES_WITH_DISCORD_LOCALE) {
    if (translator.has(locale, EXPLAIN_STATUS_NAME_KEY)) perLocale[locale] = translator.forLocale(locale)(EXPLAIN_STATUS_NAME_KEY);
  }
  return [
    {
      type: ApplicationCommandType.Message,
      name: translator.forLocale("en")(EXPLAIN_STATUS_NAME_KEY),
      name_localizations: toDiscordLocalizations(perLocale),
      contexts: EVERYWHERE,
      integration_types: INTEGRATION_TYPES,
    },
  ];
}

/** The whole bulk-overwrite body: slash commands first, then the context-menu command. */
export function buildApplicationCommands(commands: readonly CommandDefinition[], translator: Translator): ApplicationCommandJson[] {
  return [...buildSlashCommands(commands, translator), ...buildContextMenuCommands(translator)];
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
