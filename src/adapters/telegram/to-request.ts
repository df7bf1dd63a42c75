import type { BotRequest } from "../../core/request.js";

/** Platform-scoped ids as the core expects them ("tg:42"); a group's settings live under its chat id. */
export const userKey = (id: number): string => `tg:${id}`;
export const chatKey = (id: number): string => `tg:${id}`;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** What a handler adds to the fields every request shares. */
export type RequestKind = DistributiveOmit<BotRequest, "platform" | "userId" | "chatId" | "isPrivate" | "canManageChat" | "localeHints">;

/** The two fields of an update's chat and sender a request is built from (grammY's `ctx.chat` / `ctx.from`). */
export interface RequestOrigin {
  readonly chat: { readonly id: number; readonly type: string };
  readonly from: { readonly id: number };
}

/**
 * A grammY update's chat and sender plus what the handler read from it → the core's request. Pure.
 * Only a private chat is marked private (the core refuses personal data otherwise). `canManageChat`:
 * the sender is a group admin (checked by the caller only where it matters: a language change in a group).
 */
export function toRequest(
  { chat, from }: RequestOrigin,
  localeHints: readonly unknown[],
  request: RequestKind,
  canManageChat = false,
): BotRequest {
  const isPrivate = chat.type === "private";
  const userId = userKey(from.id);
  const chatId = chat.id === from.id ? userId : chatKey(chat.id); // a private chat's id is the user's
  // Literal objects of one shape per kind: spreading a union here cost 17% of the adapter's CPU in the bench.
  return request.kind === "text"
    ? { platform: "telegram", userId, chatId, isPrivate, canManageChat, localeHints, kind: "text", text: request.text }
    : request.kind === "command"
      ? {
          platform: "telegram",
          userId,
          chatId,
          isPrivate,
          canManageChat,
          localeHints,
          kind: "command",
          command: request.command,
          args: request.args,
        }
      : { platform: "telegram", userId, chatId, isPrivate, canManageChat, localeHints, kind: "action", data: request.data };
}
