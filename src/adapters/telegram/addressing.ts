import type { Message, UserFromGetMe } from "grammy/types";

/** Telegram chat types where the bot talks one-to-one with the user. */
export function isPrivateChat(chat: { readonly type: string } | undefined): boolean {
  return chat?.type === "private";
}

/**
 * In groups the bot answers only what is meant for it: a mention of its @username (or a
 * text_mention of the bot), or a reply to one of its messages. Commands are matched separately by
 * grammY, which already ignores `/cmd@otherbot`. Private chats are always addressed to the bot.
 */
export function isAddressedToBot(message: Message, me: UserFromGetMe): boolean {
  if (isPrivateChat(message.chat)) return true;
  if (message.reply_to_message?.from?.id === me.id) return true;
  return mentionRanges(message, me).length > 0;
}

/** The message text without the bot's @mention(s), so the core sees only the question. */
export function textWithoutMention(message: Message, me: UserFromGetMe): string {
  const text = message.text ?? "";
  const ranges = mentionRanges(message, me).sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const r of ranges) out = `${out.slice(0, r.offset)} ${out.slice(r.offset + r.length)}`;
  return out.replace(/\s+/g, " ").trim();
}

function mentionRanges(message: Message, me: UserFromGetMe): { offset: number; length: number }[] {
  const text = message.text ?? "";
  const handle = `@${me.username}`.toLowerCase();
  return (message.entities ?? [])
    .filter(
      (e) =>
        (e.type === "mention" && text.slice(e.offset, e.offset + e.length).toLowerCase() === handle) ||
        (e.type === "text_mention" && e.user.id === me.id),
    )
    .map((e) => ({ offset: e.offset, length: e.length }));
}
