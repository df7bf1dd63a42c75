import type { Context } from "grammy";
import type { BotCore } from "../../core/bot-core.js";
import type { Locale } from "../../core/i18n/locales.js";
import { isPrivateChat } from "./addressing.js";
import { chatKey, userKey } from "./to-request.js";

const GROUP_ADMIN_STATUSES: ReadonlySet<string> = new Set(["creator", "administrator"]);

export interface TelegramLanguage {
  /** Language for the adapter's own messages (rate limits, errors): the core decides, as for its replies. */
  replyLocale(ctx: Context): Promise<Locale>;
  /** Whether the sender may change a group's settings (its language): the core asks for this as `canManageChat`. */
  isGroupAdmin(ctx: Context): Promise<boolean>;
}

/**
 * What the Telegram adapter knows about language and rights: it asks the core which language to
 * use, and checks with Telegram whether the sender is a group admin. Choosing and storing a
 * language is the core's.
 */
export function createTelegramLanguage(core: BotCore): TelegramLanguage {
  const replyLocale = (ctx: Context): Promise<Locale> =>
    core.localeFor({
      userId: ctx.from ? userKey(ctx.from.id) : "",
      chatId: ctx.chat ? chatKey(ctx.chat.id) : "",
      isPrivate: isPrivateChat(ctx.chat),
      localeHints: [ctx.from?.language_code],
    });

  const isGroupAdmin = async (ctx: Context): Promise<boolean> => {
    if (!ctx.chat || !ctx.from) return false;
    if (ctx.senderChat?.id === ctx.chat.id) return true; // an anonymous admin posting as the group
    const member = await ctx.api.getChatMember(ctx.chat.id, ctx.from.id);
    return GROUP_ADMIN_STATUSES.has(member.status);
  };

  return { replyLocale, isGroupAdmin };
}
