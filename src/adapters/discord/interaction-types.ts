import type { DiscordMessage, EditMessage } from "./render.js";

/**
 * The narrow slices of discord.js interactions the handlers use. Real `ChatInputCommandInteraction`,
 * `ButtonInteraction`/`StringSelectMenuInteraction` and `AutocompleteInteraction` objects satisfy
 * them (checked where the client is wired), and tests pass plain objects with `vi.fn()` methods
 * instead of mocking a whole client.
 */
export interface InteractionBase {
  readonly user: { readonly id: string };
  /** Null in DMs. */
  readonly guildId: string | null;
  readonly channelId: string | null;
  /** The user's Discord client language ("fr", "pt-BR", …). */
  readonly locale: string;
  /** The server's preferred language; null in DMs. */
  readonly guildLocale: string | null;
  /** Where it was used: 0 a server, 1 the bot's DM, 2 a group DM or a DM between other users (user-installed app). */
  readonly context?: number | null;
}

interface Responds {
  readonly replied: boolean;
  readonly deferred: boolean;
  reply(message: DiscordMessage): Promise<unknown>;
  deferReply(options: { flags?: DiscordMessage["flags"] }): Promise<unknown>;
  /** Edits keep the message's visibility: no flags. */
  editReply(message: EditMessage): Promise<unknown>;
  followUp(message: DiscordMessage): Promise<unknown>;
  deleteReply(): Promise<unknown>;
}

export interface CommandOptionValue {
  readonly name: string;
  readonly value?: string | number | boolean | undefined;
}

export interface CommandInteractionLike extends InteractionBase, Responds {
  readonly commandName: string;
  readonly options: { readonly data: readonly CommandOptionValue[] };
}

export interface ComponentInteractionLike extends InteractionBase, Responds {
  readonly customId: string;
  /** Picked values of a select menu; absent for buttons. */
  readonly values?: readonly string[];
  readonly message: {
    readonly flags: { readonly bitfield: number };
    /** Who ran the command this message answers; null for messages the bot sent on its own (reminder DMs). */
    readonly interactionMetadata: { readonly user: { readonly id: string } } | null;
  };
  update(message: EditMessage): Promise<unknown>;
  deferUpdate(): Promise<unknown>;
}

/** A message context-menu command ("Explain this status"): the target message's text comes with the interaction. */
export interface MessageCommandInteractionLike extends InteractionBase, Responds {
  readonly commandName: string;
  readonly targetMessage: { readonly content: string };
}

export interface AutocompleteInteractionLike extends InteractionBase {
  readonly commandName: string;
  readonly options: { getFocused(full: true): { readonly name: string; readonly value: string } };
  respond(choices: readonly { name: string; value: string }[]): Promise<unknown>;
}
