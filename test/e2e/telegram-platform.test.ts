import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InlineKeyboardButton, InlineQueryResultArticle } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build.mjs";
import type { BotCore } from "../../src/core/bot-core.js";
import { SUPPORTED_LOCALES } from "../../src/core/i18n/locales.js";
import { inlineAnswers } from "../../src/core/inline-answers.js";
import { createCoreFromDisk } from "../../src/infra/create-core-from-disk.js";
import { failure, FakeTelegramApi } from "../helpers/telegram-fake-api.js";
import { BOT_INFO, commandUpdate, inlineQueryUpdate, TEST_TOKEN } from "../helpers/telegram-harness.js";

/**
 * Issue 15 end to end: the real bot process (main.ts built to dist/) in long-polling mode against a
 * fake Bot API on 127.0.0.1: inline mode, /start deep links, localized descriptions, and the ops
 * endpoints. Expected answers come from the same core built in this process, so the assertions
 * check the wiring and the language, not the knowledge base's wording.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const api = new FakeTelegramApi(TEST_TOKEN);
let core: BotCore;
let child: ChildProcess;
let dir: string;
let port: number;
let stderr = "";

const ANNE = { id: 7001, language_code: "en" };
const MARIE = { id: 7002, language_code: "fr" };
const NOLANG = { id: 7003 };
const STARTER = { id: 7004, language_code: "en" };

const url = (path: string) => `http://127.0.0.1:${port}${path}`;
const buttonsOf = (payload: Record<string, unknown>) =>
  ((payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ?? []).flat();

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port: free } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return free;
}

async function inlineAnswerTo(from: { id: number; language_code?: string }, query: string) {
  const after = api.calls.length;
  api.push(inlineQueryUpdate(from, query));
  const call = await api.waitFor(
    (c) => c.method === "answerInlineQuery" && api.calls.indexOf(c) >= after,
    10_000,
    `the inline answer to ${from.id}`,
  );
  return { payload: call.payload, results: call.payload.results as InlineQueryResultArticle[] };
}

beforeAll(async () => {
  const entry = join(await buildDist(join(ROOT, "dist-e2e-platform")), "main.js");
  core = await createCoreFromDisk();
  const apiRoot = await api.start();
  port = await freePort();
  dir = mkdtempSync(join(tmpdir(), "tg-platform-"));
  child = spawn(process.execPath, ["--enable-source-maps", entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      STORE_PATH: join(dir, "store.json"),
      PORT: String(port),
      HEALTH_FAILURE_SECONDS: "1",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await api
    .waitFor((c) => c.method === "getUpdates", 30_000, "the bot to start polling")
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\nbot stderr:\n${stderr}`);
    });
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(ROOT, "dist-e2e-platform"), { recursive: true, force: true });
});

describe("inline mode, deep links, descriptions and ops endpoints on the real process", () => {
  it("answers an inline query in English with personal results and a More deep link", async () => {
    const query = 'What does "Decision made" mean in CAS?';
    const expected = inlineAnswers(core, query, "en");
    expect(expected.lang).toBe("en");
    const { payload, results } = await inlineAnswerTo(ANNE, query);
    expect(payload.is_personal).toBe(true);
    expect(results.length).toBeGreaterThan(0);
    const first = results[0]!;
    expect(first.type).toBe("article");
    expect((first.input_message_content as { message_text: string }).message_text).toBe(expected.answers[0]!.text);
    const more = buttonsOf(first as unknown as Record<string, unknown>)[0] as InlineKeyboardButton.UrlButton;
    expect(more.text).toBe(core.translator.forLocale("en")("telegram:inline.more"));
    expect(more.url).toBe(`https://t.me/${BOT_INFO.username}?start=status_cas-decision-made`);
  });

  it("answers an inline query in French, from language_code or detected from the text", async () => {
    const query = "Que veut dire « Décision rendue » dans le SDC ?";
    const expected = inlineAnswers(core, query, "fr");
    expect(expected.lang).toBe("fr");
    for (const from of [MARIE, NOLANG]) {
      const { results } = await inlineAnswerTo(from, query);
      const first = results[0]!;
      expect((first.input_message_content as { message_text: string }).message_text).toBe(expected.answers[0]!.text);
      expect(first.title).toBe(expected.answers[0]!.title);
      const more = buttonsOf(first as unknown as Record<string, unknown>)[0] as InlineKeyboardButton.UrlButton;
      expect(more.text).toBe(core.translator.forLocale("fr")("telegram:inline.more"));
    }
  });

  it("opens one answer from /start status_cas-decision-made, with a share link built the same way", async () => {
    api.push(commandUpdate(STARTER, "start", "status_cas-decision-made"));
    const reply = await api.waitFor((c) => c.method === "sendMessage" && c.payload.chat_id === STARTER.id, 10_000, "the deep-link answer");
    const expected = await core.handle({
      platform: "telegram",
      userId: "tg:0",
      chatId: "tg:0",
      isPrivate: true,
      localeHints: ["en"],
      kind: "command",
      command: "start",
      args: "status_cas-decision-made",
    });
    expect(expected.answer).toMatchObject({ intent: "status-meaning", status: "cas-decision-made" });
    expect(reply.payload.text).toBe(expected.text);
    const share = buttonsOf(reply.payload).find((b): b is InlineKeyboardButton.UrlButton => "url" in b && b.url.includes("/share/url"));
    expect(share?.text).toBe(core.translator.forLocale("en")("telegram:share"));
    expect(decodeURIComponent(share?.url ?? "")).toContain(`https://t.me/${BOT_INFO.username}?start=status_cas-decision-made`);
  });

  it("answers a malformed or unknown payload with the welcome, never an error", async () => {
    const intro = core.translator.forLocale("en")("common:help.intro");
    for (const [index, payload] of ["status_not-a-status", "track_", "../../etc/passwd", "x".repeat(80)].entries()) {
      const from = { id: 7100 + index, language_code: "en" };
      api.push(commandUpdate(from, "start", payload));
      const reply = await api.waitFor(
        (c) => c.method === "sendMessage" && c.payload.chat_id === from.id,
        10_000,
        `the welcome for ${payload}`,
      );
      expect(String(reply.payload.text)).toContain(intro);
    }
  });

  it("publishes the description and short description for every language, plus a fallback", async () => {
    for (const method of ["setMyDescription", "setMyShortDescription"]) {
      await api.waitFor((c) => c.method === method && c.payload.language_code === "uk", 15_000, `${method} in the last language`);
      const calls = api.method(method);
      const languages = calls.map((c) => c.payload.language_code ?? "default");
      expect(new Set(languages)).toEqual(new Set(["default", ...SUPPORTED_LOCALES]));
      const field = method === "setMyDescription" ? "description" : "short_description";
      const limit = method === "setMyDescription" ? 512 : 120;
      for (const locale of SUPPORTED_LOCALES) {
        const text = String(calls.find((c) => c.payload.language_code === locale)?.payload[field]);
        const key = method === "setMyDescription" ? "telegram:about.description" : "telegram:about.shortDescription";
        expect(text).toBe(core.translator.forLocale(locale)(key));
        expect(text.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("serves /healthz (200, JSON, every check) and /metrics (Prometheus text, no ids or text in labels)", async () => {
    const health = await fetch(url("/healthz"));
    expect(health.status).toBe(200);
    const body = (await health.json()) as { ok: boolean; checks: Record<string, { ok: boolean }> };
    expect(body.ok).toBe(true);
    expect(Object.keys(body.checks)).toEqual(expect.arrayContaining(["telegram", "store", "scheduler"]));
    const metrics = await fetch(url("/metrics"));
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get("content-type")).toMatch(/text\/plain/);
    const text = await metrics.text();
    expect(text).toMatch(/ircc_bot_updates_total\{platform="telegram",kind="inline_query"\} [1-9]/);
    expect(text).toMatch(/ircc_bot_replies_total\{platform="telegram_inline",intent="status-meaning",lang="fr"\} [1-9]/);
    // That understanding is timed, not how fast: a fresh process on a loaded machine may take more than a millisecond.
    expect(text).toMatch(/ircc_bot_understanding_seconds_bucket\{le="0\.001"\} \d/);
    expect(text).toMatch(/ircc_bot_understanding_seconds_count [1-9]/);
    expect(text).toMatch(/ircc_bot_reminder_queue_depth \d/);
    expect(text).toMatch(/ircc_bot_process_cpu_user_seconds_total/);
    // No user id, chat id or message text in any label or help line (a metric's value may hold any digits:
    // a heap size of 63700296 bytes once "contained" the user id 7002).
    const labelsAndHelp = [...(text.match(/\{[^}]*\}/g) ?? []), ...text.split("\n").filter((l) => l.startsWith("#"))].join("\n");
    for (const secret of ["7001", "7002", "tg:", "Decision", "Décision"]) expect(labelsAndHelp).not.toContain(secret);
  });

  it("turns /healthz to 503 once the Bot API has failed for longer than HEALTH_FAILURE_SECONDS", async () => {
    api.respond = () => failure(500, "Internal Server Error");
    // Ends the long poll in flight, so the next getUpdates meets the failing API.
    api.push(inlineQueryUpdate(ANNE, "hello"));
    let status = 0;
    let body: { checks?: Record<string, { ok: boolean }> } = {};
    for (let waited = 0; waited < 20_000; waited += 200) {
      const response = await fetch(url("/healthz"));
      status = response.status;
      body = (await response.json()) as typeof body;
      if (status === 503) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(503);
    expect(body.checks?.telegram?.ok).toBe(false);
    expect(body.checks?.store?.ok).toBe(true);
  }, 30_000);
});
