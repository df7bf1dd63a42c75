import type { Bot } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createTelegramBot, type TelegramBotOptions } from "../../../src/adapters/telegram/create-telegram-bot.js";
import { decodeAction, encodeAction } from "../../../src/core/actions.js";
import type { BotCore } from "../../../src/core/bot-core.js";
import type { Understander, Understanding } from "../../../src/core/nlu/understanding.js";
import type { BotReply } from "../../../src/core/reply.js";
import type { BotRequest } from "../../../src/core/request.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import {
  ApiRecorder,
  BOT_INFO,
  callbackUpdate,
  commandUpdate,
  failure,
  groupChat,
  TEST_TOKEN,
  textUpdate,
} from "../../helpers/telegram-harness.js";
import { BLANK_UNDERSTANDING } from "../../helpers/understanding.js";

const blank = BLANK_UNDERSTANDING;

/** Scripted NLU so these tests exercise the adapter, whatever the real understander reads. */
const scripted = (script: Record<string, Partial<Understanding>>): Understander => ({
  understand: (text, hint) => ({ ...blank, lang: hint ?? "en", ...(script[text] ?? {}) }),
});

async function setup(options: Partial<TelegramBotOptions> = {}, script: Record<string, Partial<Understanding>> = {}) {
  const store = createMemoryUserStore();
  const core = await createCoreFromDisk({ store, understander: scripted({ "how long?": { intent: "timeline" }, ...script }) });
  const bot = createTelegramBot(core, { token: TEST_TOKEN, botInfo: BOT_INFO, retry: false, ...options });
  const api = new ApiRecorder().install(bot);
  return { bot, api, core, store, en: core.translator.forLocale("en"), fr: core.translator.forLocale("fr") };
}

/** A core double that records requests and answers with a fixed reply, sharing a real core's translator and store. */
async function recordingCore(reply: (r: BotRequest) => Partial<BotReply>) {
  const real = await createCoreFromDisk({ store: createMemoryUserStore() });
  const requests: BotRequest[] = [];
  const core: BotCore = {
    ...real,
    async handle(request) {
      requests.push(request);
      return { ...(await real.handle(request)), ...reply(request) };
    },
  };
  return { core, requests };
}

const keyboardOf = (payload: Record<string, unknown>) => (payload.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard;
const GROUP = groupChat(-100_555);
const alice = { id: 501, language_code: "en" };

describe("Telegram adapter: private chats", () => {
  it("answers /start with the help text and an inline keyboard, as plain text", async () => {
    const { bot, api, en } = await setup();
    await bot.handleUpdate(commandUpdate(alice, "start"));
    const [call] = api.sent(alice.id);
    expect(api.sent()).toHaveLength(1);
    expect(String(call?.payload.text)).toContain(en("common:help.intro"));
    expect(call?.payload.parse_mode).toBeUndefined();
    const buttons = keyboardOf(call!.payload)!.flat();
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) expect(decodeAction((b as { callback_data: string }).callback_data)).toBeDefined();
  });

  it("sends free text to the core and turns its choices into buttons; a press completes the question", async () => {
    const { bot, api } = await setup();
    await bot.handleUpdate(textUpdate(alice, "how long?"));
    const asked = api.sent(alice.id)[0]!;
    const first = keyboardOf(asked.payload)!.flat()[0] as { callback_data: string };
    expect(decodeAction(first.callback_data)).toMatchObject({ type: "clarify", intent: "timeline", slot: "application" });
    api.clear();
    await bot.handleUpdate(callbackUpdate(alice, first.callback_data));
    expect(api.method("answerCallbackQuery")).toHaveLength(1);
    expect(api.sent(alice.id)).toHaveLength(1);
    expect(api.calls.findIndex((c) => c.method === "answerCallbackQuery")).toBeLessThan(
      api.calls.findIndex((c) => c.method === "sendMessage"),
    );
  });

  it("answers forged, stale and foreign button data politely and changes nothing", async () => {
    const { bot, api, en, store } = await setup();
    for (const data of ["1|l|xx", "0|i|help", "1|f|y", "<script>", `1|r|delete|${"a".repeat(40)}`]) {
      api.clear();
      await bot.handleUpdate(callbackUpdate(alice, data));
      expect(api.method("answerCallbackQuery")).toHaveLength(1);
      const texts = api.texts(alice.id);
      expect(texts).toHaveLength(1);
      expect([en("errors:badButton"), en("errors:staleButton")]).toContain(texts[0]);
    }
    expect(await store.getProfile("tg:501")).toBeUndefined();
  });

  it("replies in French to a user whose Telegram language is French, and keeps a stored choice over it", async () => {
    const { bot, api, en, fr, store } = await setup();
    expect(fr("common:help.commandsHeading")).not.toBe(en("common:help.commandsHeading"));
    const marie = { id: 777, language_code: "fr-CA" };
    await bot.handleUpdate(commandUpdate(marie, "help"));
    expect(api.texts(marie.id)[0]).toContain(fr("common:help.commandsHeading"));
    await store.setLanguage("tg:777", "en");
    await bot.handleUpdate(commandUpdate(marie, "help"));
    expect(api.texts(marie.id)[1]).toContain(en("common:help.commandsHeading"));
  });

  it("tells a private user it reads only text when sent a photo, and ignores photos in groups", async () => {
    const { bot, api, fr } = await setup();
    const photo = (chat: ReturnType<typeof groupChat> | undefined) => ({
      update_id: 99_001,
      message: {
        message_id: 1,
        date: 0,
        chat: chat ?? { id: 31, type: "private" as const, first_name: "P" },
        from: { id: 31, is_bot: false, first_name: "P", language_code: "fr" },
        photo: [{ file_id: "f", file_unique_id: "u", width: 1, height: 1 }],
      },
    });
    await bot.handleUpdate(photo(undefined));
    expect(api.texts(31)).toEqual([fr("errors:unsupportedMessage")]);
    await bot.handleUpdate(photo(GROUP));
    expect(api.sent(GROUP.id)).toHaveLength(0);
  });

  it("builds the request the core expects: platform-scoped ids, private flag, untrusted hint", async () => {
    const { core, requests } = await recordingCore(() => ({}));
    const bot = createTelegramBot(core, { token: TEST_TOKEN, botInfo: BOT_INFO, retry: false });
    new ApiRecorder().install(bot);
    await bot.handleUpdate(commandUpdate({ id: 9, language_code: "../etc" }, "track", "study permit"));
    expect(requests[0]).toEqual({
      platform: "telegram",
      userId: "tg:9",
      chatId: "tg:9",
      isPrivate: true,
      canManageChat: false,
      localeHints: ["../etc"],
      kind: "command",
      command: "track",
      args: "study permit",
    });
  });

  it("splits a reply over 4,096 characters at paragraph boundaries and puts the keyboard under the last part", async () => {
    const paragraph = `${"word ".repeat(199)}end.`;
    const long = Array.from({ length: 12 }, () => paragraph).join("\n\n");
    const { core } = await recordingCore(() => ({
      text: long,
      choices: [{ label: "More", data: encodeAction({ type: "intent", intent: "help" }) }],
    }));
    const bot = createTelegramBot(core, { token: TEST_TOKEN, botInfo: BOT_INFO, retry: false });
    const api = new ApiRecorder().install(bot);
    await bot.handleUpdate(textUpdate(alice, "anything"));
    const sent = api.sent(alice.id);
    expect(sent.length).toBeGreaterThan(2);
    for (const [i, call] of sent.entries()) {
      const text = String(call.payload.text);
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(text.endsWith("end.")).toBe(true);
      expect(keyboardOf(call.payload) !== undefined).toBe(i === sent.length - 1);
    }
    expect(sent.map((c) => c.payload.text).join("\n\n")).toBe(long);
  });

  it("sends text from users and data without a parse mode, so markup characters arrive unchanged", async () => {
    const tricky = "<b>not bold</b> *not* _it_ [x](http://y) `z` & 1 < 2";
    const { core } = await recordingCore(() => ({ text: tricky }));
    const bot = createTelegramBot(core, { token: TEST_TOKEN, botInfo: BOT_INFO, retry: false });
    const api = new ApiRecorder().install(bot);
    await bot.handleUpdate(textUpdate(alice, tricky));
    expect(api.sent()[0]?.payload).toMatchObject({ text: tricky });
    expect(api.sent()[0]?.payload.parse_mode).toBeUndefined();
  });
});

describe("Telegram adapter: groups", () => {
  const mention = `@${BOT_INFO.username}`;

  it("ignores group chatter, answers mentions (without the mention) and replies to its own messages", async () => {
    const { core, requests } = await recordingCore(() => ({}));
    const bot = createTelegramBot(core, { token: TEST_TOKEN, botInfo: BOT_INFO, retry: false });
    const api = new ApiRecorder().install(bot);
    await bot.handleUpdate(textUpdate(alice, "how long does a PR card take?", { chat: GROUP }));
    await bot.handleUpdate(textUpdate(alice, "@someone_else hi", { chat: GROUP, entities: [{ type: "mention", offset: 0, length: 13 }] }));
    expect(api.calls).toHaveLength(0);

    await bot.handleUpdate(
      textUpdate(alice, `${mention} how long?`, { chat: GROUP, entities: [{ type: "mention", offset: 0, length: mention.length }] }),
    );
    expect(requests.at(-1)).toMatchObject({ kind: "text", text: "how long?", isPrivate: false, chatId: "tg:-100555", userId: "tg:501" });
    expect(api.sent(GROUP.id)[0]?.payload.reply_parameters).toMatchObject({ allow_sending_without_reply: true });

    const botMessage = { message_id: 5, date: 0, chat: GROUP, from: BOT_INFO, text: "earlier answer" } as never;
    await bot.handleUpdate(textUpdate(alice, "and for a work permit?", { chat: GROUP, replyTo: botMessage }));
    expect(requests).toHaveLength(2);
  });

  it("answers commands in groups but refuses personal ones there", async () => {
    const { bot, api, en } = await setup();
    await bot.handleUpdate(commandUpdate(alice, "help", "", GROUP));
    await bot.handleUpdate(commandUpdate(alice, "reminders", "", GROUP));
    await bot.handleUpdate(commandUpdate(alice, "mydata", "", GROUP));
    const texts = api.texts(GROUP.id);
    expect(texts[0]).toContain(en("common:help.commandsHeading"));
    expect(texts.slice(1)).toEqual([en("errors:privateOnly"), en("errors:privateOnly")]);
  });

  it("lets only a group admin switch the group's language, then replies in it to everyone there", async () => {
    const { bot, api, en, fr, store } = await setup();
    await bot.handleUpdate(commandUpdate(alice, "language", "fr", GROUP));
    expect(api.texts(GROUP.id).at(-1)).toBe(en("errors:adminOnly"));
    expect(await store.getProfile("tg:-100555")).toBeUndefined();

    api.respond = (call) => (call.method === "getChatMember" ? { status: "administrator", user: { id: alice.id } } : undefined);
    await bot.handleUpdate(commandUpdate(alice, "language", "fr", GROUP));
    expect(api.method("getChatMember").at(-1)?.payload).toMatchObject({ chat_id: GROUP.id, user_id: alice.id });
    expect(api.texts(GROUP.id).at(-1)).toBe(fr("common:language.groupChanged", { language: fr("common:language.name") }));
    expect((await store.getProfile("tg:-100555"))?.language).toBe("fr");
    expect(await store.getProfile("tg:501")).toBeUndefined(); // the admin's own language is untouched

    await bot.handleUpdate(commandUpdate({ id: 502, language_code: "en" }, "help", "", GROUP));
    expect(api.texts(GROUP.id).at(-1)).toContain(fr("common:help.commandsHeading"));
  });

  it("treats a language button pressed in a group as the group's switch", async () => {
    const { bot, api, store } = await setup();
    api.respond = (call) => (call.method === "getChatMember" ? { status: "creator", user: { id: alice.id } } : undefined);
    await bot.handleUpdate(callbackUpdate(alice, encodeAction({ type: "language", locale: "fr" }), GROUP));
    expect(api.method("answerCallbackQuery")).toHaveLength(1);
    expect((await store.getProfile("tg:-100555"))?.language).toBe("fr");
    expect(await store.getProfile("tg:501")).toBeUndefined();
  });
});

describe("Telegram adapter: robustness", () => {
  it("warns a flooding user once, then stays silent until the window passes", async () => {
    let now = 1_000_000;
    const { bot, api, en } = await setup({ flood: { limit: 3, windowMs: 10_000 }, now: () => now });
    for (let i = 0; i < 6; i++) await bot.handleUpdate(commandUpdate(alice, "help"));
    const texts = api.texts(alice.id);
    expect(texts).toHaveLength(4);
    expect(texts[3]).toBe(en("errors:rateLimited"));
    await bot.handleUpdate(callbackUpdate(alice, encodeAction({ type: "intent", intent: "help" })));
    expect(api.method("answerCallbackQuery")).toHaveLength(1); // even a dropped button press stops spinning
    expect(api.texts(alice.id)).toHaveLength(4);
    now += 10_000;
    await bot.handleUpdate(commandUpdate(alice, "help"));
    expect(api.texts(alice.id)).toHaveLength(5);
    // Another user is not affected by Alice's flood.
    await bot.handleUpdate(commandUpdate({ id: 600 }, "help"));
    expect(api.texts(600)).toHaveLength(1);
  });

  it("answers errors:generic in the user's language when sending fails", async () => {
    const { bot, api, fr } = await setup();
    let failures = 1;
    api.respond = (call) => (call.method === "sendMessage" && failures-- > 0 ? failure(500, "Internal Server Error") : undefined);
    await bot.handleUpdate(commandUpdate({ id: 42, language_code: "fr" }, "help"));
    const sends = api.sent(42);
    expect(sends).toHaveLength(2);
    expect(sends[1]?.payload.text).toBe(fr("errors:generic"));
  });

  it("does not retry or answer a user who blocked the bot (403)", async () => {
    const { bot, api } = await setup();
    api.respond = (call) => (call.method === "sendMessage" ? failure(403, "Forbidden: bot was blocked by the user") : undefined);
    await expect(bot.handleUpdate(commandUpdate({ id: 43 }, "help"))).resolves.toBeUndefined();
    expect(api.sent(43)).toHaveLength(1);
  });

  it("keeps answering other users when the core throws for one", async () => {
    const { core: real } = await recordingCore(() => ({}));
    const core: BotCore = {
      ...real,
      async handle(request) {
        if (request.userId === "tg:66") throw new Error("boom");
        return real.handle(request);
      },
    };
    const bot: Bot = createTelegramBot(core, { token: TEST_TOKEN, botInfo: BOT_INFO, retry: false });
    const api = new ApiRecorder().install(bot);
    await bot.handleUpdate(textUpdate({ id: 66 }, "x"));
    await bot.handleUpdate(commandUpdate({ id: 67 }, "help"));
    expect(api.texts(66)).toEqual([real.translator.forLocale("en")("errors:generic")]);
    expect(api.texts(67)).toHaveLength(1);
  });
});

describe("Telegram adapter: where a reply goes", () => {
  it("quotes the question in a group, not a pressed button's message, and stays in the forum topic", async () => {
    const { bot, api } = await setup();
    await bot.handleUpdate(callbackUpdate(alice, encodeAction({ type: "intent", intent: "timeline" }), GROUP));
    const fromButton = api.sent(GROUP.id).at(-1)?.payload;
    expect(fromButton?.text).toBeDefined();
    expect(fromButton?.reply_parameters).toBeUndefined();

    const topic = commandUpdate(alice, "help", "", GROUP);
    Object.assign(topic.message as object, { is_topic_message: true, message_thread_id: 9 });
    await bot.handleUpdate(topic);
    const inTopic = api.sent(GROUP.id).at(-1)?.payload;
    expect(inTopic).toMatchObject({ message_thread_id: 9, reply_parameters: { message_id: topic.message?.message_id } });
  });

  it("answers a command in a private chat without quoting it", async () => {
    const { bot, api } = await setup();
    await bot.handleUpdate(commandUpdate(alice, "help"));
    const payload = api.sent(alice.id).at(-1)?.payload;
    expect(payload?.reply_parameters).toBeUndefined();
    expect(payload?.link_preview_options).toEqual({ is_disabled: true });
  });
});
