/**
 * The one command table both platforms are built from: Telegram's `bot.command` handlers and
 * `setMyCommands` payloads, Discord's slash commands, and the console's `/commands`. Ids match
 * `^[a-z0-9_]{1,32}$`, valid on both platforms; descriptions come from `commands:<id>.description`
 * in every locale and must fit Discord's 100 characters.
 */
export interface CommandOption {
  readonly name: string;
  readonly type: "string" | "integer";
  readonly required: boolean;
  /** Discord autocomplete source; Telegram users type free text after the command instead. */
  readonly autocomplete?: "application" | "status" | "role" | "timezone";
  /** Fixed choices (Discord shows them as a list). */
  readonly choices?: "locale";
  /** i18n key of the option description. */
  readonly descriptionKey: string;
}

export interface CommandDefinition {
  readonly id: string;
  readonly descriptionKey: string;
  readonly options: readonly CommandOption[];
  /** Shows or changes personal data: private chats only on Telegram, ephemeral on Discord. */
  readonly personal: boolean;
}

const opt = (name: string, extra: Partial<CommandOption> = {}): CommandOption => ({
  name,
  type: "string",
  required: false,
  descriptionKey: `commands:options.${name}`,
  ...extra,
});

export const COMMANDS = [
  { id: "start", descriptionKey: "commands:start.description", options: [], personal: false },
  { id: "help", descriptionKey: "commands:help.description", options: [], personal: false },
  {
    id: "track",
    descriptionKey: "commands:track.description",
    options: [opt("application", { autocomplete: "application" })],
    personal: false,
  },
  {
    id: "access",
    descriptionKey: "commands:access.description",
    options: [opt("application", { autocomplete: "application" }), opt("role", { autocomplete: "role" })],
    personal: false,
  },
  {
    id: "timeline",
    descriptionKey: "commands:timeline.description",
    options: [opt("application", { autocomplete: "application" }), opt("country")],
    personal: false,
  },
  { id: "status", descriptionKey: "commands:status.description", options: [opt("status", { autocomplete: "status" })], personal: false },
  {
    id: "remind",
    descriptionKey: "commands:remind.description",
    options: [opt("when"), opt("timezone", { autocomplete: "timezone" }), opt("application", { autocomplete: "application" })],
    personal: true,
  },
  { id: "reminders", descriptionKey: "commands:reminders.description", options: [], personal: true },
  {
    id: "log",
    descriptionKey: "commands:log.description",
    options: [opt("status", { autocomplete: "status" }), opt("date")],
    personal: true,
  },
  { id: "history", descriptionKey: "commands:history.description", options: [], personal: true },
  { id: "language", descriptionKey: "commands:language.description", options: [opt("language", { choices: "locale" })], personal: false },
  { id: "mydata", descriptionKey: "commands:mydata.description", options: [], personal: true },
  { id: "forget", descriptionKey: "commands:forget.description", options: [], personal: true },
  {
    id: "follow",
    descriptionKey: "commands:follow.description",
    options: [opt("application", { autocomplete: "application" }), opt("country")],
    personal: true,
  },
  {
    id: "unfollow",
    descriptionKey: "commands:unfollow.description",
    options: [opt("application", { autocomplete: "application" }), opt("country")],
    personal: true,
  },
] as const satisfies readonly CommandDefinition[];

export type CommandId = (typeof COMMANDS)[number]["id"];

const BY_ID: ReadonlyMap<string, CommandDefinition> = new Map(COMMANDS.map((c) => [c.id, c]));

/** Other names users type for a command ("/commands" lists the commands, as /help does). Not registered on platforms. */
export const COMMAND_ALIASES: Readonly<Record<string, CommandId>> = { commands: "help" };

export function findCommand(id: string): CommandDefinition | undefined {
  return BY_ID.get(id) ?? (Object.hasOwn(COMMAND_ALIASES, id) ? BY_ID.get(COMMAND_ALIASES[id] as string) : undefined);
}

/** The command id an alias stands for, or the id itself. */
export function canonicalCommand(id: string): string {
  return Object.hasOwn(COMMAND_ALIASES, id) ? (COMMAND_ALIASES[id] as string) : id;
}

export function isCommandId(id: string): id is CommandId {
  return BY_ID.has(id);
}
