import { MessageFlags } from "discord.js";
import { COMMANDS, type CommandDefinition } from "../../core/commands/registry.js";
import { type Locale, resolveLocale } from "../../core/i18n/locales.js";
import type { Translator } from "../../core/i18n/translator.js";
import type { CoreLogger } from "../../core/logger.js";
import type { Suggester } from "./autocomplete.js";
import type { DiscordBackend } from "./backend.js";
import type {
  AutocompleteInteractionLike,
  CommandInteractionLike,
  ComponentInteractionLike,
  InteractionBase,
  MessageCommandInteractionLike,
} from "./interaction-types.js";
import { type DiscordMessage, forEdit, renderReply, SELECT_ID_PREFIX, textMessage } from "./render.js";
import {
  actionRequest,
  answersEphemerally,
  commandRequest,
  discordUserId,
  EPHEMERAL_FLAG,
  explainStatusRequest,
  isSharedPlace,
} from "./to-request.js";

export interface InteractionHandlerDeps {
  readonly backend: DiscordBackend;
  readonly translator: Translator;
  readonly suggester: Suggester;
  readonly logger: CoreLogger;
  readonly defaultLocale: Locale;
  /**
   * Discord voids an interaction that gets no response within 3 s. When the answer is not ready
   * after this long, the handler defers (a "thinking…" state valid 15 min) and edits later.
   */
  readonly ackAfterMs?: number;
  /** How long autocomplete and the error path wait for the stored language before using hints. */
  readonly localeTimeoutMs?: number;
  readonly commands?: readonly CommandDefinition[];
}

export interface InteractionHandlers {
  onCommand(interaction: CommandInteractionLike): Promise<void>;
  onComponent(interaction: ComponentInteractionLike): Promise<void>;
  onAutocomplete(interaction: AutocompleteInteractionLike): Promise<void>;
  /** "Explain this status" on a message: its meaning, or a short "no status found", only for the user who asked. */
  onMessageCommand(interaction: MessageCommandInteractionLike): Promise<void>;
}

/** The longest part of a target message that is read (the core's own limit for one message). */
const MAX_TARGET_CHARS = 2_000;

const EPHEMERAL = { flags: MessageFlags.Ephemeral as const };
const KB_SOURCES = new Set(["application", "status", "role"]);

/**
 * Turns Discord interactions into core requests and core replies into Discord responses. Every
 * handler runs inside one error boundary: whatever fails, the user gets `errors:generic`,
 * ephemeral, in their language, as a reply or (once acknowledged) a follow-up.
 */
export function createInteractionHandlers(deps: InteractionHandlerDeps): InteractionHandlers {
  const ackAfterMs = deps.ackAfterMs ?? 2_000;
  const localeTimeoutMs = deps.localeTimeoutMs ?? 1_000;
  const commands = new Map((deps.commands ?? COMMANDS).map((c) => [c.id, c] as const));
  const hintsOf = (i: InteractionBase): unknown[] => [i.locale, i.guildLocale];

  const userLocale = (i: InteractionBase): Promise<Locale> =>
    withTimeout(deps.backend.locale(discordUserId(i.user.id), hintsOf(i)), localeTimeoutMs).then(
      (locale) => locale ?? resolveLocale(hintsOf(i), deps.defaultLocale),
      () => resolveLocale(hintsOf(i), deps.defaultLocale),
    );

  const boundary = async (
    i: InteractionBase & Pick<CommandInteractionLike, "replied" | "deferred" | "reply" | "followUp">,
    kind: string,
    work: () => Promise<void>,
  ) => {
    try {
      await work();
    } catch (error) {
      deps.logger.error({ err: describe(error), kind }, "discord: interaction failed");
      try {
        const t = deps.translator.forLocale(await userLocale(i));
        const message = textMessage(t("errors:generic"), true);
        if (i.replied || i.deferred) await i.followUp(message);
        else await i.reply(message);
      } catch (second) {
        deps.logger.warn({ err: describe(second), kind }, "discord: could not tell the user about the failure");
      }
    }
  };

  const commandOptions = async (i: CommandInteractionLike, command: CommandDefinition): Promise<Record<string, string>> => {
    const out: Record<string, string> = {};
    let lang: Locale | undefined;
    for (const option of i.options.data) {
      if (option.value === undefined) continue;
      const value = String(option.value).slice(0, 200);
      const source = command.options.find((o) => o.name === option.name)?.autocomplete;
      if (source && KB_SOURCES.has(source)) {
        // Free text typed without picking a suggestion: map an exact name to its id.
        lang ??= await userLocale(i);
        out[option.name] = deps.suggester.resolve(source as "application" | "status" | "role", value, lang) ?? value;
      } else {
        out[option.name] = value;
      }
    }
    return out;
  };

  return {
    async onCommand(i) {
      await boundary(i, `command:${i.commandName}`, async () => {
        const command = commands.get(i.commandName);
        if (!command) {
          const t = deps.translator.forLocale(await userLocale(i));
          await i.reply(textMessage(t("errors:unknownCommand"), true));
          return;
        }
        const inGuild = isSharedPlace(i);
        const deferEphemeral = inGuild && answersEphemerally(command);
        // The 3 s clock runs from the interaction: option resolution (it may read the stored language) counts too.
        const answer = commandOptions(i, command).then((options) => deps.backend.answer(commandRequest(i, command, options)));
        const { value, deferred } = await answerInTime(answer, ackAfterMs, () => i.deferReply(deferEphemeral ? EPHEMERAL : {}));
        const ephemeral = inGuild && (answersEphemerally(command) || value.reply.personal);
        const [first, ...rest] = renderReply(value.reply, { ephemeral, t: deps.translator.forLocale(value.reply.lang) });
        if (!first) return;
        if (!deferred) await i.reply(first);
        else if (ephemeral && !deferEphemeral) {
          // Deferred publicly but the answer turned out personal: replace the public placeholder.
          await i.deleteReply();
          await i.followUp(first);
        } else await i.editReply(forEdit(first));
        for (const message of rest) await i.followUp(message);
      });
    },

    async onComponent(i) {
      await boundary(i, "component", async () => {
        const data = i.customId.startsWith(SELECT_ID_PREFIX) ? (i.values?.[0] ?? "") : i.customId;
        const inGuild = isSharedPlace(i);
        const sourceEphemeral = (i.message.flags.bitfield & EPHEMERAL_FLAG) !== 0;
        const owner = i.message.interactionMetadata?.user.id;
        // Edit the message in place only when nobody else sees it or it answers this user's own command.
        const mayUpdate = !inGuild || sourceEphemeral || owner === i.user.id;
        const request = actionRequest(i, data, sourceEphemeral);
        const { value, deferred } = await answerInTime(deps.backend.answer(request), ackAfterMs, () =>
          mayUpdate ? i.deferUpdate() : i.deferReply(EPHEMERAL),
        );
        const t = deps.translator.forLocale(value.reply.lang);
        const personalOnPublic = inGuild && !sourceEphemeral && value.reply.personal;
        let messages: DiscordMessage[];
        if (mayUpdate && !personalOnPublic) {
          messages = renderReply(value.reply, { ephemeral: false, t });
          const [first] = messages;
          if (first) await (deferred ? i.editReply(forEdit(first)) : i.update(forEdit(first)));
          for (const message of messages.slice(1)) await i.followUp(inGuild && sourceEphemeral ? { ...message, ...EPHEMERAL } : message);
        } else {
          messages = renderReply(value.reply, { ephemeral: inGuild, t });
          const [first] = messages;
          if (first) {
            if (!deferred) await i.reply(first);
            else if (mayUpdate) await i.followUp(first);
            else await i.editReply(forEdit(first));
          }
          for (const message of messages.slice(1)) await i.followUp(message);
        }
      });
    },

    async onMessageCommand(i) {
      await boundary(i, "message_command", async () => {
        // Discord sends the target message's content with the interaction even without the message-content intent.
        const text = i.targetMessage.content.slice(0, MAX_TARGET_CHARS);
        const request = explainStatusRequest(i, text);
        const { value, deferred } = await answerInTime(
          text.trim() ? deps.backend.answer(request) : Promise.resolve(undefined),
          ackAfterMs,
          () => i.deferReply(EPHEMERAL),
        );
        let messages: DiscordMessage[];
        if (value && value.reply.answer.status !== null) {
          messages = renderReply(value.reply, { ephemeral: true, t: deps.translator.forLocale(value.reply.lang) });
        } else {
          const lang = value?.reply.lang ?? (await userLocale(i));
          messages = [textMessage(deps.translator.forLocale(lang)("discord:explainStatus.noStatus"), true)];
        }
        const [first, ...rest] = messages;
        if (!first) return;
        if (deferred) await i.editReply(forEdit(first));
        else await i.reply(first);
        for (const message of rest) await i.followUp(message);
      });
    },

    async onAutocomplete(i) {
      try {
        const focused = i.options.getFocused(true);
        const source = commands.get(i.commandName)?.options.find((o) => o.name === focused.name)?.autocomplete;
        if (!source) {
          await i.respond([]);
          return;
        }
        await i.respond(deps.suggester.suggest(source, String(focused.value ?? ""), await userLocale(i)));
      } catch (error) {
        deps.logger.warn({ err: describe(error), kind: `autocomplete:${i.commandName}` }, "discord: autocomplete failed");
        await i.respond([]).catch(() => undefined);
      }
    },
  };
}

/**
 * Resolves with the answer and `deferred: false` when it comes within `ackAfterMs`; otherwise
 * calls `defer` first (acknowledging the interaction) and then waits for the answer.
 */
export async function answerInTime<T>(
  answer: Promise<T>,
  ackAfterMs: number,
  defer: () => Promise<unknown>,
): Promise<{ value: T; deferred: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), ackAfterMs);
  });
  try {
    const first = await Promise.race([answer.then((value) => ({ value })), late]);
    if (first !== "late") return { value: first.value, deferred: false };
  } finally {
    clearTimeout(timer);
  }
  await defer();
  return { value: await answer, deferred: true };
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
