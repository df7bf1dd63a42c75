import type { Bot, Transformer } from "grammy";
import type { Chat, Message, MessageEntity, Update, UserFromGetMe } from "grammy/types";

/** The bot as `getMe` would describe it; passing it to the Bot skips the network call. */
export const BOT_INFO: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: "IRCC Status Helper",
  username: "ircc_status_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export const TEST_TOKEN = "123456:TEST-token-for-tests-only_abcdef";

export interface ApiCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
}

/** A failed Bot API response, as Telegram sends it. */
export interface ApiFailure {
  readonly ok: false;
  readonly error_code: number;
  readonly description: string;
  readonly parameters?: { readonly retry_after?: number };
}

export type ApiResponder = (call: ApiCall) => unknown | ApiFailure | undefined;

/**
 * Records every outgoing Bot API call and answers it in-process (grammY's own testing pattern:
 * an API transformer that never calls `prev`). `respond` may return a result, an {@link ApiFailure},
 * or undefined for the default answer.
 */
export class ApiRecorder {
  readonly calls: ApiCall[] = [];
  private messageId = 1000;
  respond: ApiResponder = () => undefined;

  readonly transformer: Transformer = async (_prev, method, payload) => {
    const call: ApiCall = { method, payload: (payload ?? {}) as Record<string, unknown> };
    this.calls.push(call);
    const custom = this.respond(call);
    if (isFailure(custom)) return custom as never;
    return { ok: true, result: custom ?? this.defaultResult(call) } as never;
  };

  install(bot: Bot): this {
    bot.api.config.use(this.transformer);
    return this;
  }

  sent(chatId?: number): ApiCall[] {
    return this.calls.filter((c) => c.method === "sendMessage" && (chatId === undefined || c.payload.chat_id === chatId));
  }

  texts(chatId?: number): string[] {
    return this.sent(chatId).map((c) => String(c.payload.text));
  }

  method(name: string): ApiCall[] {
    return this.calls.filter((c) => c.method === name);
  }

  clear(): void {
    this.calls.length = 0;
  }

  private defaultResult(call: ApiCall): unknown {
    if (call.method === "sendMessage") {
      return { message_id: ++this.messageId, date: 0, chat: { id: call.payload.chat_id, type: "private" }, text: call.payload.text };
    }
    if (call.method === "getChatMember") return { status: "member", user: { id: call.payload.user_id, is_bot: false, first_name: "x" } };
    return true;
  }
}

export function isFailure(value: unknown): value is ApiFailure {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;
}

export function failure(error_code: number, description: string, retry_after?: number): ApiFailure {
  return { ok: false, error_code, description, ...(retry_after !== undefined ? { parameters: { retry_after } } : {}) };
}

let updateId = 1;

export interface From {
  readonly id: number;
  readonly language_code?: string;
}

const user = (from: From) => ({
  id: from.id,
  is_bot: false,
  first_name: `User${from.id}`,
  ...(from.language_code ? { language_code: from.language_code } : {}),
});

export const privateChat = (id: number): Chat.PrivateChat => ({ id, type: "private", first_name: `User${id}` });
export const groupChat = (id: number): Chat.SupergroupChat => ({ id, type: "supergroup", title: "Waiting room" });

export function textUpdate(from: From, text: string, options: { chat?: Chat; entities?: MessageEntity[]; replyTo?: Message } = {}): Update {
  const message = {
    message_id: updateId * 10,
    date: 1_700_000_000,
    chat: options.chat ?? privateChat(from.id),
    from: user(from),
    text,
    ...(options.entities ? { entities: options.entities } : {}),
    ...(options.replyTo ? { reply_to_message: options.replyTo } : {}),
  } as Update["message"];
  return { update_id: updateId++, message };
}

/** A `/command args` message with the bot_command entity grammY needs to match `bot.command`. */
export function commandUpdate(from: From, command: string, args = "", chat?: Chat): Update {
  const head = `/${command}`;
  return textUpdate(from, args ? `${head} ${args}` : head, {
    ...(chat ? { chat } : {}),
    entities: [{ type: "bot_command", offset: 0, length: head.length }],
  });
}

export function callbackUpdate(from: From, data: string, chat?: Chat): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: `cb${updateId}`,
      from: user(from),
      chat_instance: "ci",
      data,
      message: {
        message_id: 77,
        date: 1_700_000_000,
        chat: chat ?? privateChat(from.id),
        text: "question",
        from: { ...BOT_INFO },
      } as Message.TextMessage,
    },
  };
}

/** An inline query (`@bot text` typed in any chat). */
export function inlineQueryUpdate(from: From, query: string): Update {
  return {
    update_id: updateId++,
    inline_query: { id: `iq${updateId}`, from: user(from), query, offset: "", chat_type: "supergroup" },
  };
}
