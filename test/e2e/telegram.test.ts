import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InlineKeyboardButton } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator, type Translate } from "../../src/core/i18n/translator.js";
import { loadLocales } from "../../src/infra/load-locales.js";
import { buildDist } from "../../scripts/build.mjs";
import { failure, FakeTelegramApi } from "../helpers/telegram-fake-api.js";
import { callbackUpdate, commandUpdate, TEST_TOKEN, textUpdate } from "../helpers/telegram-harness.js";

/**
 * End to end: the real bot process, started the way production starts it, talks HTTP to a fake Bot
 * API on 127.0.0.1. Assertions are on structure (who got a message, keyboards, which catalogue the
 * text came from), not on answer wording, which the knowledge base owns.
 */
const ROOT = join(import.meta.dirname, "..", "..");
/** The production entry point as `npm start` runs it: main.ts built to dist/, which starts Telegram when TELEGRAM_BOT_TOKEN is set. */
let entry: string;

const translator = createTranslator(loadLocales(join(ROOT, "locales")));
const en: Translate = translator.forLocale("en");
const fr: Translate = translator.forLocale("fr");

const api = new FakeTelegramApi(TEST_TOKEN);
let child: ChildProcess;
let dir: string;
let stderr = "";
let exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

const USER = { id: 1001, language_code: "en" };
const MARIE = { id: 2002, language_code: "fr" };
const LIMITED = { id: 3003, language_code: "en" };
const BLOCKER = { id: 4004, language_code: "en" };
const SLOW = { id: 5005, language_code: "en" };

const sentTo = (chatId: number, after = 0) =>
  api.waitFor((c) => c.method === "sendMessage" && c.payload.chat_id === chatId && c.at >= after, 10_000, `a message to ${chatId}`);
const buttonsOf = (payload: Record<string, unknown>) =>
  ((payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ?? []).flat();
const now = () => api.calls.at(-1)?.at ?? 0;

beforeAll(async () => {
  // Its own build beside dist/ (a direct child of the project, as the code expects), so tests that run
  // `npm run ask` from dist/ at the same time are not rebuilt under.
  entry = join(await buildDist(join(ROOT, "dist-e2e")), "main.js");
  const apiRoot = await api.start();
  dir = mkdtempSync(join(tmpdir(), "tg-e2e-"));
  child = spawn(process.execPath, ["--enable-source-maps", entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      STORE_PATH: join(dir, "store.json"),
      LOG_LEVEL: "info",
      // Tests never touch the real network: no refresh from canada.ca (test/e2e/ptime-refresh.test.ts covers it).
      PTIME_SOURCE: "off",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  exit = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  await api
    .waitFor((c) => c.method === "getUpdates", 30_000, "the bot to start polling")
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\nbot stderr:\n${stderr}`);
    });
}, 40_000);

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(ROOT, "dist-e2e"), { recursive: true, force: true });
});

describe("Telegram bot process against a fake Bot API", () => {
  it("leaves Discord off with one log line when DISCORD_TOKEN is not set", async () => {
    // Logged once Telegram has started, which can be just after polling began.
    for (let waited = 0; !/discord: off/.test(stderr) && waited < 5_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(stderr.match(/discord: off/g)).toHaveLength(1);
    expect(stderr).toMatch(/telegram: started/);
  });

  it("starts by clearing any webhook and publishing localized command menus", async () => {
    expect(api.method("getMe")).toHaveLength(1);
    expect(api.method("deleteWebhook")[0]?.payload.drop_pending_updates).toBeFalsy();
    const fr = await api.waitFor((c) => c.method === "setMyCommands" && c.payload.language_code === "fr", 10_000, "the French menu");
    const commands = fr.payload.commands as { command: string; description: string }[];
    expect(commands.map((c) => c.command)).toContain("start");
    expect(commands.find((c) => c.command === "start")?.description).toBe(translator.forLocale("fr")("commands:start.description"));
  });

  it("answers /start with the help text and buttons", async () => {
    api.push(commandUpdate(USER, "start"));
    const reply = await sentTo(USER.id);
    expect(String(reply.payload.text)).toContain(en("common:help.intro"));
    expect(reply.payload.parse_mode).toBeUndefined();
    expect(buttonsOf(reply.payload).length).toBeGreaterThan(0);
  });

  it("answers a free-text question in the same chat", async () => {
    const after = now();
    api.push(textUpdate(USER, "How long does a spousal sponsorship take?"));
    const reply = await sentTo(USER.id, after + 1);
    expect(String(reply.payload.text).length).toBeGreaterThan(0);
  });

  it("answers a button press: the callback is answered and a reply follows", async () => {
    const start = api.sent(USER.id)[0]!;
    const button = buttonsOf(start.payload).find((b): b is InlineKeyboardButton.CallbackButton => "callback_data" in b)!;
    const after = now();
    api.push(callbackUpdate(USER, button.callback_data));
    const answered = await api.waitFor((c) => c.method === "answerCallbackQuery" && c.at > after, 10_000, "answerCallbackQuery");
    expect(answered.payload.callback_query_id).toEqual(expect.any(String));
    const reply = await sentTo(USER.id, answered.at);
    expect(String(reply.payload.text)).not.toBe(en("errors:badButton"));
  });

  it("answers a forged callback politely", async () => {
    const after = now();
    api.push(callbackUpdate(USER, "1|r|delete|../../etc"));
    await api.waitFor((c) => c.method === "answerCallbackQuery" && c.at > after);
    const reply = await sentTo(USER.id, after + 1);
    expect(reply.payload.text).toBe(en("errors:badButton"));
  });

  it("answers a French user in French", async () => {
    expect(fr("common:help.commandsHeading")).not.toBe(en("common:help.commandsHeading"));
    api.push(commandUpdate(MARIE, "help"));
    const reply = await sentTo(MARIE.id);
    expect(String(reply.payload.text)).toContain(fr("common:help.commandsHeading"));
  });

  it("waits Telegram's retry_after after a 429 and then delivers", async () => {
    let limited = 1;
    api.respond = (c) =>
      c.method === "sendMessage" && c.payload.chat_id === LIMITED.id && limited-- > 0
        ? failure(429, "Too Many Requests: retry after 1", 1)
        : undefined;
    api.push(commandUpdate(LIMITED, "help"));
    await api.waitFor(() => api.sent(LIMITED.id).length >= 2, 10_000, "the retried message");
    const [first, second] = api.sent(LIMITED.id);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    expect(second!.payload.text).toBe(first!.payload.text);
  });

  it("does not retry a user who blocked the bot (403) and keeps serving others", async () => {
    api.respond = (c) =>
      c.method === "sendMessage" && c.payload.chat_id === BLOCKER.id ? failure(403, "Forbidden: bot was blocked by the user") : undefined;
    api.push(commandUpdate(BLOCKER, "help"));
    await sentTo(BLOCKER.id);
    const after = now();
    api.push(commandUpdate(USER, "help"));
    await sentTo(USER.id, after + 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(api.sent(BLOCKER.id)).toHaveLength(1);
  });

  it("answers a 2,000-letter word (issue 11: it used to crash the process) and keeps answering others", async () => {
    const WORDY = { id: 6006, language_code: "uk" };
    const OTHER = { id: 7007, language_code: "en" };
    const after = now();
    const word = "абвгдежзиклмнопрстуф".repeat(100);
    api.push(textUpdate(WORDY, word));
    api.push(textUpdate(OTHER, "How long does a work permit take?"));
    const [long, other] = await Promise.all([sentTo(WORDY.id, after), sentTo(OTHER.id, after)]);
    expect(String(long.payload.text).length).toBeGreaterThan(0);
    expect(String(other.payload.text).length).toBeGreaterThan(0);
    expect(child.exitCode).toBeNull();
    const later = now();
    api.push(commandUpdate(OTHER, "help"));
    await sentTo(OTHER.id, later + 1);
  });

  it("on SIGTERM finishes the update in flight, confirms it, flushes the store and exits 0 promptly", async () => {
    // A language choice is written to the store lazily: it must be on disk after shutdown.
    api.push(callbackUpdate(MARIE, "1|l|fr"));
    await api.waitFor(() => api.sent(MARIE.id).length >= 2, 10_000, "the language confirmation");
    api.respond = async (c) => {
      if (c.method === "sendMessage" && c.payload.chat_id === SLOW.id) await new Promise((r) => setTimeout(r, 700));
      return undefined;
    };
    const lastId = api.push(commandUpdate(SLOW, "help"));
    await api.waitFor((c) => c.method === "sendMessage" && c.payload.chat_id === SLOW.id, 10_000, "the slow reply to start");
    const signalled = Date.now();
    child.kill("SIGTERM");
    const result = await exit;
    const tookMs = Date.now() - signalled;
    expect(result).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(5_000);
    expect(tookMs).toBeGreaterThanOrEqual(300); // it waited for the slow reply instead of dropping it
    expect(api.confirmedOffset).toBe(lastId + 1);
    const storePath = join(dir, "store.json");
    expect(existsSync(storePath)).toBe(true);
    const stored = readFileSync(storePath, "utf8");
    expect(stored).toContain("tg:2002");
    expect(stored).toContain('"fr"');
    expect(stderr).not.toContain(TEST_TOKEN);
  });
});
