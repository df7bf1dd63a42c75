import type { CommandDefinition } from "../../core/commands/registry.js";
import { isCommandId } from "../../core/commands/registry.js";
import type { BotRequest } from "../../core/request.js";
import type { InteractionBase } from "./interaction-types.js";

/** `dc:<snowflake>`: users of different platforms are different users. */
export const discordUserId = (snowflake: string): string => `dc:${snowflake}`;

/** Discord message flag of ephemeral messages (only the invoking user sees them). */
export const EPHEMERAL_FLAG = 64;

/**
 * Others can see what the bot answers here: a server, or (user-installed app) a group DM or a DM
 * between two other users. Only the bot's own DM with the user is private.
 */
export function isSharedPlace(i: InteractionBase): boolean {
  return i.guildId !== null || (i.context !== undefined && i.context !== null && i.context !== 1);
}

const base = (i: InteractionBase, isPrivate: boolean) => ({
  platform: "discord" as const,
  userId: discordUserId(i.user.id),
  // DM interactions always carry the channel id; fall back to the user so a missing one cannot merge chats.
  chatId: `dc:${i.channelId ?? `u${i.user.id}`}`,
  isPrivate,
  // Stored choice comes first inside the core; these are Discord's hints, most specific first.
  localeHints: [i.locale, i.guildLocale],
});

/**
 * Commands answered ephemerally in servers: the personal ones, and /language, because every
 * Discord user has their own client language, so the choice is per user (a Punjabi speaker in an
 * English server picks pa for themselves), never a server-wide setting changed by one member.
 */
export function answersEphemerally(command: CommandDefinition): boolean {
  return command.personal || command.id === "language";
}

/**
 * A slash command as a core request. `isPrivate` is true in DMs and, in servers, for commands
 * answered ephemerally: only the user ever sees the reply, which is what "private" protects.
 */
export function commandRequest(i: InteractionBase, command: CommandDefinition, options: Readonly<Record<string, string>>): BotRequest {
  if (!isCommandId(command.id)) throw new Error(`discord: ${command.id} is not in the command table`);
  return { ...base(i, !isSharedPlace(i) || answersEphemerally(command)), kind: "command", command: command.id, args: "", options };
}

/**
 * A button press or menu pick as a core request. Private when in a DM or when the message it
 * came from is ephemeral (only this user can see and press it).
 */
export function actionRequest(i: InteractionBase, data: string, sourceEphemeral: boolean): BotRequest {
  return { ...base(i, !isSharedPlace(i) || sourceEphemeral), kind: "action", data };
}

/**
 * "Explain this status" on someone's message: the message text as the argument of /status, so the
 * core's understanding finds the status in it. Always answered ephemerally, hence private.
 */
export function explainStatusRequest(i: InteractionBase, text: string): BotRequest {
  return { ...base(i, true), kind: "command", command: "status", args: text };
}
