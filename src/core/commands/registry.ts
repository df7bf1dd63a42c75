import type { IntentId } from "../taxonomy.js";

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

/**
 * How the core answers a command (handlers/command.ts has one function per kind):
 * - `knowledge`: the command's knowledge intent, with its options and the words after it as slots;
 * - `intent`: the command's chat intent (reminders, language, deletion), as if it had been typed;
 * - `start`: a deep link's answer, else the welcome; `commands`: the command list;
 * - `mydata`, `follow`, `statusLog`: the stored data, processing-time follows, the personal status log.
 */
export type CommandHandlerId = "knowledge" | "intent" | "start" | "commands" | "mydata" | "follow" | "statusLog";

/** A command as the core sees it: the platform-facing definition plus what it means and who answers it. */
export interface CoreCommandDefinition extends CommandDefinition {
  /** The intent of its replies (`help` for the welcome, the command list and the stored data). */
  readonly intent: IntentId;
  readonly handler: CommandHandlerId;
}

const opt = (name: string, extra: Partial<CommandOption> = {}): CommandOption => ({
  name,
  type: "string",
  required: false,
  descriptionKey: `commands:options.${name}`,
  ...extra,
});

export const COMMANDS = [
  { id: "start", intent: "help", handler: "start", descriptionKey: "commands:start.description", options: [], personal: false },
  { id: "help", intent: "help", handler: "commands", descriptionKey: "commands:help.description", options: [], personal: false },
  {
    id: "track",
    intent: "trackable",
    handler: "knowledge",
    descriptionKey: "commands:track.description",
    options: [opt("application", { autocomplete: "application" })],
    personal: false,
  },
  {
    id: "access",
    intent: "access",
    handler: "knowledge",
    descriptionKey: "commands:access.description",
    options: [opt("application", { autocomplete: "application" }), opt("role", { autocomplete: "role" })],
    personal: false,
  },
  {
    id: "timeline",
    intent: "timeline",
    handler: "knowledge",
    descriptionKey: "commands:timeline.description",
    options: [opt("application", { autocomplete: "application" }), opt("country")],
    personal: false,
  },
  {
    id: "status",
    intent: "status-meaning",
    handler: "knowledge",
    descriptionKey: "commands:status.description",
    options: [opt("status", { autocomplete: "status" })],
    personal: false,
  },
  {
    id: "remind",
    intent: "reminder-set",
    handler: "intent",
    descriptionKey: "commands:remind.description",
    options: [opt("when"), opt("timezone", { autocomplete: "timezone" }), opt("application", { autocomplete: "application" })],
    personal: true,
  },
  {
    id: "reminders",
    intent: "reminder-list",
    handler: "intent",
    descriptionKey: "commands:reminders.description",
    options: [],
    personal: true,
  },
  {
    id: "log",
    intent: "reminder-set",
    handler: "statusLog",
    descriptionKey: "commands:log.description",
    options: [opt("status", { autocomplete: "status" }), opt("date")],
    personal: true,
  },
  {
    id: "history",
    intent: "reminder-list",
    handler: "statusLog",
    descriptionKey: "commands:history.description",
    options: [],
    personal: true,
  },
  {
    id: "language",
    intent: "language",
    handler: "intent",
    descriptionKey: "commands:language.description",
    options: [opt("language", { choices: "locale" })],
    personal: false,
  },
  { id: "mydata", intent: "help", handler: "mydata", descriptionKey: "commands:mydata.description", options: [], personal: true },
  { id: "forget", intent: "forget", handler: "intent", descriptionKey: "commands:forget.description", options: [], personal: true },
  {
    id: "follow",
    intent: "timeline",
    handler: "follow",
    descriptionKey: "commands:follow.description",
    options: [opt("application", { autocomplete: "application" }), opt("country")],
    personal: true,
  },
  {
    id: "unfollow",
    intent: "timeline",
    handler: "follow",
    descriptionKey: "commands:unfollow.description",
    options: [opt("application", { autocomplete: "application" }), opt("country")],
    personal: true,
  },
] as const satisfies readonly CoreCommandDefinition[];

export type CommandId = (typeof COMMANDS)[number]["id"];

const BY_ID: ReadonlyMap<string, CoreCommandDefinition> = new Map(COMMANDS.map((c) => [c.id, c]));

/** Other names users type for a command ("/commands" lists the commands, as /help does). Not registered on platforms. */
export const COMMAND_ALIASES: Readonly<Record<string, CommandId>> = { commands: "help" };

export function findCommand(id: string): CoreCommandDefinition | undefined {
  return BY_ID.get(id) ?? (Object.hasOwn(COMMAND_ALIASES, id) ? BY_ID.get(COMMAND_ALIASES[id] as string) : undefined);
}

/** The command id an alias stands for, or the id itself. */
export function canonicalCommand(id: string): string {
  return Object.hasOwn(COMMAND_ALIASES, id) ? (COMMAND_ALIASES[id] as string) : id;
}

export function isCommandId(id: string): id is CommandId {
  return BY_ID.has(id);
}
