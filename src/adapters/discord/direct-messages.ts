import type { Translator } from "../../core/i18n/translator.js";
import type { CoreLogger } from "../../core/logger.js";
import type { BotRequest } from "../../core/request.js";
import type { DiscordBackend } from "./backend.js";
import { type EditMessage, forEdit, renderReply, textMessage } from "./render.js";
import { discordUserId } from "./to-request.js";

/** The narrow slice of a discord.js `Message` the DM handler uses. */
export interface DirectMessageLike {
  readonly author: { readonly id: string; readonly bot: boolean };
  /** Null in DMs; guild messages are ignored (the bot has no Message Content intent). */
  readonly guildId: string | null;
  readonly channelId: string;
  readonly content: string;
  reply(message: EditMessage): Promise<unknown>;
}

export interface DirectMessageDeps {
  readonly backend: DiscordBackend;
  readonly translator: Translator;
  readonly logger: CoreLogger;
  /** The user's last Discord client language seen in an interaction (messages carry none). */
  readonly lastLocaleOf: (snowflake: string) => string | undefined;
}

/**
 * Free-text questions in DMs with the bot, as on Telegram ("Can I track my Quebec application in
 * CAS?"). Discord delivers DM content without the privileged Message Content intent, so this only
 * needs the DirectMessages intent. Server messages are never read.
 */
export function createDirectMessageHandler(deps: DirectMessageDeps): (message: DirectMessageLike) => Promise<void> {
  return async (message) => {
    if (message.author.bot || message.guildId !== null || message.content.trim() === "") return;
    const request: BotRequest = {
      platform: "discord",
      kind: "text",
      text: message.content,
      userId: discordUserId(message.author.id),
      chatId: `dc:${message.channelId}`,
      isPrivate: true,
      localeHints: [deps.lastLocaleOf(message.author.id)],
    };
    try {
      const { reply } = await deps.backend.answer(request);
      for (const part of renderReply(reply, { ephemeral: false, t: deps.translator.forLocale(reply.lang) }))
        await message.reply(forEdit(part));
    } catch (error) {
      deps.logger.error(
        { err: error instanceof Error ? `${error.name}: ${error.message}` : String(error) },
        "discord: direct message failed",
      );
      const locale = await deps.backend.locale(request.userId, request.localeHints).catch(() => "en" as const);
      await message.reply(forEdit(textMessage(deps.translator.forLocale(locale)("errors:generic"), false))).catch(() => undefined);
    }
  };
}

/** Remembers each user's last interaction locale (bounded), for DMs which carry no locale. */
export function createLocaleMemory(maxEntries = 10_000) {
  const locales = new Map<string, string>();
  return {
    remember(snowflake: string, locale: string): void {
      locales.delete(snowflake);
      locales.set(snowflake, locale);
      if (locales.size > maxEntries) {
        const oldest = locales.keys().next().value;
        if (oldest !== undefined) locales.delete(oldest);
      }
    },
    get: (snowflake: string): string | undefined => locales.get(snowflake),
  };
}
