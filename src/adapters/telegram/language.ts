import type { Context } from "grammy";
import { decodeAction } from "../../core/actions.js";
import type { BotCore } from "../../core/bot-core.js";
import { DEFAULT_LOCALE, type Locale, resolveLocale, toLocale } from "../../core/i18n/locales.js";
import type { CoreLogger } from "../../core/logger.js";
import { isPrivateChat } from "./addressing.js";
import { errorName } from "./errors.js";
import type { TelegramSend } from "./send.js";
import { chatKey, userKey } from "./to-request.js";

const GROUP_ADMIN_STATUSES: ReadonlySet<string> = new Set(["creator", "administrator"]);

export interface TelegramLanguage {
  /** Untrusted hints for a group, most specific first: the group's language (set by its admins), then `language_code`. */
  groupLocaleHints(chatId: number, languageCode: string | undefined): Promise<unknown[]>;
  /** Language for the adapter's own messages, in the order the core uses. */
  replyLocale(ctx: Context): Promise<Locale>;
  /** In a group, the language a button press asks for (the language picker's buttons); otherwise undefined. */
  groupLanguageAction(ctx: Context, data: string): Locale | undefined;
  /** In a group, the language `/language <args>` asks for; otherwise null. */
  groupLanguageCommand(ctx: Context, args: string): Locale | null;
  /** Sets a group's language: admins only; others are told so. */
  switchGroupLanguage(ctx: Context, target: Locale): Promise<void>;
}

/**
 * The Telegram adapter's language code, kept in one file: the reply language of the adapter's own
 * notices, a group's language hints, and the group language switch (admins only). It reads and writes
 * the store through the core's dependencies; this is the part the core is meant to take over.
 */
export function createTelegramLanguage(
  core: BotCore,
  options: { readonly logger: CoreLogger; readonly defaultLocale: Locale | undefined; readonly sendText: TelegramSend["sendText"] },
): TelegramLanguage {
  const { logger, sendText } = options;
  const defaultLocale = options.defaultLocale ?? core.deps.defaultLocale ?? DEFAULT_LOCALE;
  const store = core.deps.store;
  const t = (locale: Locale) => core.translator.forLocale(locale);

  const storedLanguage = async (key: string): Promise<Locale | undefined> => {
    try {
      return (await store.getProfile(key))?.language;
    } catch (error) {
      logger.warn({ err: errorName(error) }, "telegram: could not read a stored language");
      return undefined;
    }
  };

  const groupLocaleHints = async (chatId: number, languageCode: string | undefined): Promise<unknown[]> => {
    const group = await storedLanguage(chatKey(chatId));
    return group ? [group, languageCode] : [languageCode];
  };

  const localeHints = async (ctx: Context): Promise<unknown[]> =>
    ctx.chat && !isPrivateChat(ctx.chat) ? groupLocaleHints(ctx.chat.id, ctx.from?.language_code) : [ctx.from?.language_code];

  const replyLocale = async (ctx: Context): Promise<Locale> => {
    const stored = ctx.from ? await storedLanguage(userKey(ctx.from.id)) : undefined;
    return stored ?? resolveLocale(await localeHints(ctx), defaultLocale);
  };

  // --- groups: the language switch is the group's, and admins only ---------------------------

  const isGroupAdmin = async (ctx: Context): Promise<boolean> => {
    if (!ctx.chat || !ctx.from) return false;
    if (ctx.senderChat?.id === ctx.chat.id) return true; // an anonymous admin posting as the group
    const member = await ctx.api.getChatMember(ctx.chat.id, ctx.from.id);
    return GROUP_ADMIN_STATUSES.has(member.status);
  };

  const switchGroupLanguage = async (ctx: Context, target: Locale): Promise<void> => {
    if (!ctx.chat) return;
    if (!(await isGroupAdmin(ctx))) {
      await sendText(ctx, await replyLocale(ctx), "telegram:groupLanguage.adminOnly");
      return;
    }
    await store.setLanguage(chatKey(ctx.chat.id), target);
    await sendText(ctx, target, "telegram:groupLanguage.changed", { language: t(target)("common:language.name") });
  };

  const groupLanguageAction = (ctx: Context, data: string): Locale | undefined => {
    if (isPrivateChat(ctx.chat)) return undefined;
    const action = decodeAction(data);
    return action?.type === "language" ? action.locale : undefined;
  };

  const groupLanguageCommand = (ctx: Context, args: string): Locale | null => {
    if (isPrivateChat(ctx.chat)) return null;
    return toLocale(args.trim()) ?? (args.trim() ? core.deps.understander.understand(args).targetLocale : null);
  };

  return { groupLocaleHints, replyLocale, groupLanguageAction, groupLanguageCommand, switchGroupLanguage };
}
