import { Bot, type BotError, Context, type Filter, GrammyError, type MiddlewareFn } from "grammy";
import type { Message, MessageEntity, UserFromGetMe } from "grammy/types";
import { decodeAction } from "../../core/actions.js";
import type { BotCore } from "../../core/bot-core.js";
import { type CommandId, COMMANDS } from "../../core/commands/registry.js";
import { botLink, type DeepLink, parseDeepLink, shareLink } from "../../core/deep-link.js";
import type { Locale } from "../../core/i18n/locales.js";
import { type CoreLogger, silentLogger } from "../../core/logger.js";
import { makeReply } from "../../core/make-reply.js";
import type { BotReply } from "../../core/reply.js";
import type { BotRequest } from "../../core/request.js";
import { noMetrics, type PlatformMetrics } from "../../infra/platform-metrics.js";
import { isAddressedToBot, isPrivateChat, textWithoutMention } from "./addressing.js";
import { DEFAULT_RETRY, installRetry, type RetryOptions } from "./api-retry.js";
import type { ApiHealth } from "./api-health.js";
import { createFloodGuard, type FloodGuard, type FloodVerdict } from "./flood-guard.js";
import { answerInline } from "./inline-results.js";
import { createOutboundLimiter, type OutboundLimiterDeps, type OutboundLimits } from "./outbound-limiter.js";
import { perChatSequence } from "./per-chat-sequence.js";
import { renderReply } from "./render-reply.js";
import type { UpdateTracker } from "./update-tracker.js";

export interface TelegramBotOptions {
  readonly token: string;
  /** Bot API server (TELEGRAM_API_ROOT): a local `telegram-bot-api` server or a test double. */
  readonly apiRoot?: string;
  /** Known bot info: skips `getMe` (tests and benchmarks). */
  readonly botInfo?: UserFromGetMe;
  readonly logger?: CoreLogger;
  /** Per-user flood limit; defaults to 20 updates per 60 s. */
  readonly flood?: { readonly limit: number; readonly windowMs: number };
  /** Clock for the flood guard (ms since epoch). */
  readonly now?: () => number;
  /** Retry policy of the Bot API client; `false` installs none (tests that fake the API). */
  readonly retry?: RetryOptions | false;
  /** Installed first, so shutdown can wait for in-flight updates (see start-telegram.ts). */
  readonly tracker?: UpdateTracker;
  /** Watches Bot API calls for /healthz; installed before the retry transformers so it sees every attempt. */
  readonly apiHealth?: ApiHealth;
  /** Counters for /metrics (no ids or text in any label). */
  readonly metrics?: PlatformMetrics;
  /** Inline queries a user may send per minute (one per keystroke pause); excess ones get no results. */
  readonly inlineLimit?: number;
  /** Limits of the one outbound queue every send goes through (replies, edits, reminders); `false` installs none. */
  readonly outbound?: Partial<OutboundLimits> | false;
  /** Observes each send as it leaves the outbound queue (metrics, tests). */
  readonly onOutboundStart?: OutboundLimiterDeps["onStart"];
}

/** Updates the bot asks Telegram for; everything else is never delivered. */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;

/** Message kinds a user may send instead of text; the bot only reads text. */
const UNSUPPORTED_MESSAGES = [
  "message:photo",
  "message:video",
  "message:voice",
  "message:audio",
  "message:document",
  "message:sticker",
  "message:animation",
  "message:video_note",
  "message:location",
  "message:contact",
  "message:poll",
] as const;

const GROUP_ADMIN_STATUSES: ReadonlySet<string> = new Set(["creator", "administrator"]);
const COMMAND_IDS: readonly CommandId[] = COMMANDS.map((c) => c.id);
const COMMAND_SET: ReadonlySet<string> = new Set(COMMAND_IDS);

// grammY's predicates behind `bot.on(...)` and `bot.command(...)`, built once.
const isCallbackData = Context.has.filterQuery("callback_query:data");
const isText = Context.has.filterQuery("message:text");
const isUnsupported = Context.has.filterQuery([...UNSUPPORTED_MESSAGES]);
/** Also sets `ctx.match` to the command's arguments, as `bot.command` does. */
const isTableCommand = Context.has.command(COMMAND_IDS as CommandId[]);
type CallbackContext = Filter<Context, "callback_query:data">;
type TextContext = Filter<Context, "message:text">;

/**
 * "/start@my_bot args" → "start": the command of the `bot_command` entity at offset 0, the one
 * grammY's command filter matched (it already checked the name and the @username). Reads the
 * entity directly instead of `ctx.entities()`, which copies every entity and its text per update.
 */
function commandOf(message: { readonly text?: string; readonly entities?: readonly MessageEntity[] } | undefined): CommandId | undefined {
  const text = message?.text;
  const entities = message?.entities;
  if (text === undefined || entities === undefined) return undefined;
  for (const entity of entities) {
    if (entity.type !== "bot_command" || entity.offset !== 0) continue;
    const at = text.indexOf("@");
    const id = text.slice(1, at > 0 && at < entity.length ? at : entity.length).toLowerCase();
    return COMMAND_SET.has(id) ? (id as CommandId) : undefined;
  }
  return undefined;
}

/**
 * Builds the Telegram bot around the core. The adapter only translates: a message becomes a
 * `text` request, a command from the core's command table a `command` request, a button press an
 * `action` request; the core's reply is rendered as plain text with an inline keyboard.
 *
 * What the adapter adds is Telegram-specific: answering only commands and mentions in groups,
 * marking requests private only in private chats (the core refuses personal data otherwise), the
 * group language switch for admins, a per-user flood guard, and one error boundary that always
 * answers `errors:generic` in the user's language. Nothing touches the network until the bot is
 * started or an update is handled.
 */
export function createTelegramBot(core: BotCore, options: TelegramBotOptions): Bot {
  const logger = options.logger ?? silentLogger;
  const flood: FloodGuard = createFloodGuard({
    limit: options.flood?.limit ?? 20,
    windowMs: options.flood?.windowMs ?? 60_000,
    now: options.now ?? Date.now,
  });
  const bot = new Bot(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
  });
  // The limiter goes first, closest to the network: retries by auto-retry queue behind it like any other send.
  if (options.outbound !== false) {
    const limiter = createOutboundLimiter(options.outbound ?? {}, {
      onFlood: (info) => logger.warn(info, "telegram: 429 from the Bot API; every send waits retry_after"),
      ...(options.onOutboundStart ? { onStart: options.onOutboundStart } : {}),
    });
    bot.api.config.use(limiter.transformer);
  }
  if (options.apiHealth) bot.api.config.use(options.apiHealth.transformer);
  if (options.retry !== false) installRetry(bot.api, options.retry ?? DEFAULT_RETRY);
  const metrics = options.metrics ?? noMetrics;
  const inlineFlood: FloodGuard = createFloodGuard({ limit: options.inlineLimit ?? 120, windowMs: 60_000, now: options.now ?? Date.now });

  // --- language -------------------------------------------------------------------------------

  /** Language for the adapter's own messages (rate limits, errors): the core decides, as for its replies. */
  const replyLocale = (ctx: Context): Promise<Locale> =>
    core.localeFor({
      userId: ctx.from ? userKey(ctx.from.id) : "",
      chatId: ctx.chat ? chatKey(ctx.chat.id) : "",
      isPrivate: isPrivateChat(ctx.chat),
      localeHints: [ctx.from?.language_code],
    });

  const t = (locale: Locale) => core.translator.forLocale(locale);

  // --- sending --------------------------------------------------------------------------------

  const send = async (ctx: Context, reply: BotReply): Promise<void> => {
    // The two update kinds the bot asks for, read directly (grammY's `msg` getter tries a dozen kinds); others fall back.
    const callback = ctx.update.callback_query;
    const msg = (ctx.update.message ?? callback?.message ?? ctx.msg) as Message | undefined;
    const isPrivate = (msg?.chat ?? ctx.chat)?.type === "private";
    // Defence in depth: the core already refuses personal commands outside private chats.
    const safe = reply.personal && !isPrivate ? { ...reply, text: t(reply.lang)("errors:privateOnly"), choices: [], links: [] } : reply;
    // In groups, answer as a reply to the question so the thread stays readable (not to a pressed button's message).
    const replyTo = !isPrivate && callback === undefined ? msg?.message_id : undefined;
    const chatId = (msg?.chat ?? ctx.chat)?.id;
    if (chatId === undefined) return;
    const thread = msg?.is_topic_message ? msg.message_thread_id : undefined;
    const topic = msg?.direct_messages_topic?.topic_id;
    metrics.reply("telegram", safe.answer.intent, safe.lang);
    const parts = renderReply(safe);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const other: Parameters<Context["api"]["sendMessage"]>[2] = { link_preview_options: NO_PREVIEW };
      if (part.replyMarkup) other.reply_markup = part.replyMarkup;
      if (i === 0 && replyTo !== undefined) other.reply_parameters = { message_id: replyTo, allow_sending_without_reply: true };
      if (thread !== undefined) other.message_thread_id = thread;
      if (topic !== undefined) other.direct_messages_topic_id = topic;
      // What ctx.reply sends, without its getters walking the update again for the chat, the business
      // connection (the bot asks for no business updates) and the topic on every part.
      await ctx.api.sendMessage(chatId, part.text, other);
    }
  };

  const sendText = (ctx: Context, locale: Locale, key: string, params?: Record<string, unknown>) =>
    send(ctx, makeReply(locale, t(locale)(key, params), { intent: "help" }));

  /**
   * Sends the request to the core and the reply back. Reads the update's chat and sender once
   * (grammY's getters walk the update each time); private chats need no store read, so they take
   * no extra await (the core reads a group's language itself). `canManageChat`: the sender is a
   * group admin (checked only where it matters: a language change in a group).
   */
  const handle = async (ctx: Context, request: RequestKind, link?: DeepLink, canManageChat = false) => {
    const chat = ctx.chat;
    const from = ctx.from;
    if (!chat || !from) return;
    const isPrivate = chat.type === "private";
    const localeHints: unknown[] = [from.language_code];
    const userId = userKey(from.id);
    const chatId = chat.id === from.id ? userId : chatKey(chat.id); // a private chat's id is the user's
    // Literal objects of one shape per kind: spreading a union here cost 17% of the adapter's CPU in the bench.
    const full: BotRequest =
      request.kind === "text"
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
    const reply = await core.handle(full);
    // A deep-linked answer offers the same link to share (Telegram's share dialog; the bot sends nothing itself).
    await send(ctx, link && ctx.me.username ? withShareLink(reply, ctx.me.username, link, t(reply.lang)("telegram:share")) : reply);
  };

  /**
   * Flood guard verdict for this update. Handlers go on only on "allow"; otherwise they return
   * {@link limited}. Synchronous, so admitted updates pay no extra await.
   */
  const verdictOf = (ctx: Context): FloodVerdict => {
    const from = ctx.from;
    return from ? flood.check(from.id) : "drop";
  };

  /**
   * The first excess update gets one polite notice (a toast for a button press), later ones
   * silence; a dropped button press is still answered so it stops spinning.
   */
  const limited = async (ctx: Context, warn: boolean): Promise<void> => {
    // Failures here are only logged: the error boundary's reply would be one more message to a flooding user.
    const quietly = (error: unknown) => logger.debug({ err: errorName(error) }, "telegram: flood notice failed");
    if (!warn) {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(quietly);
      return;
    }
    logger.info({ chat: isPrivateChat(ctx.chat) ? "private" : "group" }, "telegram: user is rate limited");
    const locale = await replyLocale(ctx);
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: t(locale)("errors:rateLimited") }).catch(quietly);
    else await sendText(ctx, locale, "errors:rateLimited").catch(quietly);
  };

  // --- groups: the language switch is the group's, and admins only (the core decides) --------

  const isGroupAdmin = async (ctx: Context): Promise<boolean> => {
    if (!ctx.chat || !ctx.from) return false;
    if (ctx.senderChat?.id === ctx.chat.id) return true; // an anonymous admin posting as the group
    const member = await ctx.api.getChatMember(ctx.chat.id, ctx.from.id);
    return GROUP_ADMIN_STATUSES.has(member.status);
  };

  // --- handlers -------------------------------------------------------------------------------

  if (options.tracker) bot.use(options.tracker.middleware);
  // Updates of one chat run in order (conversation state, store writes); different chats run concurrently.
  bot.use(perChatSequence((ctx: Context) => (ctx.chat ?? ctx.from)?.id));

  const onError = async (err: BotError<Context>) => {
    const ctx = err.ctx;
    const error = err.error;
    if (error instanceof GrammyError && error.error_code === 403) {
      logger.info({ method: error.method }, "telegram: the user blocked the bot or left the chat; not answering");
      return;
    }
    metrics.error("telegram_update");
    logger.error({ err: errorName(error), update: updateKind(ctx) }, "telegram: update failed");
    try {
      if (ctx.chat) await sendText(ctx, await replyLocale(ctx), "errors:generic");
    } catch (replyError) {
      logger.warn({ err: errorName(replyError) }, "telegram: could not send the error reply");
    }
  };

  const onCallback = async (ctx: CallbackContext) => {
    const verdict = verdictOf(ctx);
    if (verdict !== "allow") return limited(ctx, verdict === "warn");
    // Always answer first: the user's button stops spinning even if what follows is slow or fails.
    await ctx.answerCallbackQuery().catch((error: unknown) => logger.debug({ err: errorName(error) }, "telegram: callback answer failed"));
    if (!ctx.chat) return; // a button on an inline-mode message: there is no chat to answer in
    // A language button in a group changes the group's language: the core needs to know whether the presser may.
    const admin = !isPrivateChat(ctx.chat) && decodeAction(ctx.callbackQuery.data)?.type === "language" && (await isGroupAdmin(ctx));
    await handle(ctx, { kind: "action", data: ctx.callbackQuery.data }, undefined, admin);
  };

  // onCommand and onText return their handler's promise instead of being async themselves: an async
  // function that returns a promise adds a wrapping promise and two microtasks to every update.
  const onCommand = (ctx: Context, id: CommandId): Promise<void> => {
    const verdict = verdictOf(ctx);
    if (verdict !== "allow") return limited(ctx, verdict === "warn");
    const args = typeof ctx.match === "string" ? ctx.match : "";
    if (id === "language" && args.trim() && !isPrivateChat(ctx.chat)) {
      return isGroupAdmin(ctx).then((admin) => handle(ctx, { kind: "command", command: id, args }, undefined, admin));
    }
    return handle(ctx, { kind: "command", command: id, args }, id === "start" && args ? parseDeepLink(args) : undefined);
  };

  /**
   * Inline mode (`@bot question` in any chat): answers from the core's stateless path in the
   * asker's language. Nothing is stored, read from the store or logged about the query.
   */
  const onInline = (ctx: Context): Promise<void> | undefined => {
    const query = ctx.update.inline_query;
    if (!query || inlineFlood.check(query.from.id) !== "allow") return undefined;
    return answerInline(ctx.api, core, query, ctx.me.username, metrics);
  };

  const onText = (ctx: TextContext): Promise<void> | undefined => {
    if (!isAddressedToBot(ctx.message, ctx.me)) return undefined; // group chatter not meant for the bot
    const verdict = verdictOf(ctx);
    if (verdict !== "allow") return limited(ctx, verdict === "warn");
    const text = isPrivateChat(ctx.chat) ? ctx.message.text : textWithoutMention(ctx.message, ctx.me);
    return handle(ctx, { kind: "text", text });
  };

  // Photos, voice notes, stickers… in a private chat: say what the bot can read instead of staying silent.
  const onUnsupported = async (ctx: Context) => {
    const verdict = verdictOf(ctx);
    if (verdict !== "allow") return limited(ctx, verdict === "warn");
    return sendText(ctx, await replyLocale(ctx), "errors:unsupportedMessage");
  };

  /**
   * One routing middleware with grammY's own filter predicates, in the order `on`/`command` handlers
   * would run. Four `filter` layers cost four `lazy` composers (a Composer, closures and promises)
   * per update: with this single layer the adapter allocates about a third less per update
   * (npm run bench:telegram).
   */
  const route: MiddlewareFn<Context> = (ctx, next) => {
    const update = ctx.update;
    metrics.update(
      "telegram",
      update.message ? "message" : update.callback_query ? "callback_query" : update.inline_query ? "inline_query" : "other",
    );
    if (update.inline_query) return onInline(ctx);
    if (isCallbackData(ctx)) return onCallback(ctx);
    if (isTableCommand(ctx)) {
      const id = commandOf(ctx.update.message);
      return id ? onCommand(ctx, id) : undefined;
    }
    if (isText(ctx)) return onText(ctx);
    if (isPrivateChat(ctx.chat) && isUnsupported(ctx)) return onUnsupported(ctx);
    return next();
  };
  // The routing middleware is the boundary's own (not `.use`d inside it), which saves a middleware layer per update.
  bot.errorBoundary(onError, route);

  // Outside the boundary (should not happen): log without message content.
  bot.catch((err) => logger.error({ err: errorName(err.error), update: updateKind(err.ctx) }, "telegram: unhandled error"));
  return bot;
}

/** Platform-scoped ids as the core expects them ("tg:42"); a group's settings live under its chat id. */
export const userKey = (id: number): string => `tg:${id}`;
export const chatKey = (id: number): string => `tg:${id}`;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** What a handler adds to the fields every request shares. */
type RequestKind = DistributiveOmit<BotRequest, "platform" | "userId" | "chatId" | "isPrivate" | "localeHints">;

const NO_PREVIEW = { is_disabled: true } as const;

function withShareLink(reply: BotReply, username: string, link: DeepLink, label: string): BotReply {
  return { ...reply, links: [...reply.links, { label, url: shareLink(botLink(username, link)) }] };
}

function updateKind(ctx: Context): string {
  return Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
}

function errorName(error: unknown): string {
  if (error instanceof GrammyError) return `GrammyError ${error.method} ${error.error_code}`;
  return error instanceof Error ? error.name : typeof error;
}
