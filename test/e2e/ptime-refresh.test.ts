import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InlineKeyboardButton } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build.mjs";
import { convertFolders } from "../../scripts/data-ptime.js";
import { createTranslator } from "../../src/core/i18n/translator.js";
import { PTIME_FILES } from "../../src/core/ptime/snapshot.js";
import { loadLocales } from "../../src/infra/load-locales.js";
import { FakeTelegramApi } from "../helpers/telegram-fake-api.js";
import { callbackUpdate, TEST_TOKEN, textUpdate } from "../helpers/telegram-harness.js";

/**
 * Issue 14 end to end: the real bot process (built as `npm start` runs it) refreshes IRCC's processing
 * times from a local HTTP server on 127.0.0.1 every second (PTIME_CRON), first IRCC's 20 May 2026
 * snapshot, then the 24 June one: the same question's answer changes with no restart, and a user
 * following spousal sponsorship gets exactly one change message. Then the server fails in four ways
 * (HTTP 500, a truncated body, half the entries, no answer within the timeout): the answers keep the
 * last good data and the process stays up.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const SNAPSHOTS = join(ROOT, "..", "shared", "data", "ircc-processing-times");
const en = createTranslator(loadLocales(join(ROOT, "locales"))).forLocale("en");

type Mode = "2026-05-20" | "2026-06-24" | "http-500" | "truncated" | "half" | "hang";
let mode: Mode = "2026-05-20";
const hits: Mode[] = [];
const sockets = new Set<Socket>();
let server: Server;
const api = new FakeTelegramApi(TEST_TOKEN);
let child: ChildProcess;
let dir: string;
let stderr = "";

const ASKER = { id: 7001, language_code: "en" };
const FOLLOWER = { id: 7002, language_code: "en" };
const QUESTION = "How long does a visitor record take?";

const read = (snapshot: string, file: string) => readFileSync(join(SNAPSHOTS, snapshot, file), "utf8");

/** Half the entries of a file: every other country of each per-country line, every other group of the rest. */
function halve(file: string, text: string): string {
  const json = JSON.parse(text.replace(/^\uFEFF/, "")) as Record<string, Record<string, unknown>>;
  if (file === PTIME_FILES.countryNames) return text;
  const out: Record<string, unknown> = {};
  Object.entries(json).forEach(([key, value], i) => {
    if (file === PTIME_FILES.country)
      out[key] = Object.fromEntries(Object.entries(value).filter(([code], j) => code === "lastupdated" || j % 2 === 0));
    else if (key === "default-update" || i % 2 === 0) out[key] = value;
  });
  return JSON.stringify(out);
}

function body(file: string): { status: number; text?: string } | "hang" {
  switch (mode) {
    case "2026-05-20":
    case "2026-06-24":
      return { status: 200, text: read(mode, file) };
    case "http-500":
      return { status: 500, text: "Internal Server Error" };
    case "truncated": {
      const text = read("2026-06-24", file);
      return { status: 200, text: file === PTIME_FILES.country ? text.slice(0, Math.floor(text.length / 2)) : text };
    }
    case "half":
      return { status: 200, text: halve(file, read("2026-06-24", file)) };
    case "hang":
      return "hang";
  }
}

const sent = (chatId: number, after: number) =>
  api.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === chatId && c.at > after);
const now = () => api.calls.at(-1)?.at ?? 0;
const buttonsOf = (payload: Record<string, unknown>) =>
  ((payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ?? []).flat();

async function until(what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\nbot stderr (tail):\n${stderr.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function ask(from: { id: number; language_code: string }, text: string): Promise<Record<string, unknown>> {
  const after = now();
  api.push(textUpdate(from, text));
  const reply = await api.waitFor((c) => c.method === "sendMessage" && c.payload.chat_id === from.id && c.at > after, 10_000, "a reply");
  return reply.payload;
}

/** Lines of the bot's log (pino JSON) that report a refresh. */
const refreshLogs = () =>
  stderr
    .split("\n")
    .filter((l) => l.includes('"msg":"ptime:'))
    .map((l) => JSON.parse(l) as { msg: string; outcome?: string; asOf?: string; reason?: string });

beforeAll(async () => {
  server = createServer((req, res) => {
    const file = (req.url ?? "").split("/").at(-1) ?? "";
    if (!Object.values(PTIME_FILES).includes(file as never)) {
      res.writeHead(404).end();
      return;
    }
    hits.push(mode);
    const answer = body(file);
    if (answer === "hang") return; // never answers: the bot's timeout must end it
    res.writeHead(answer.status, { "content-type": "application/json" }).end(answer.text);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const source = `http://127.0.0.1:${(server.address() as AddressInfo).port}/json/`;

  const entry = join(await buildDist(join(ROOT, "dist-e2e-ptime")), "main.js");
  const apiRoot = await api.start();
  dir = mkdtempSync(join(tmpdir(), "ptime-e2e-"));
  // The last good copy the bot starts from: older figures (the test fixtures' January/February 2026
  // snapshots), fetched two days ago, so the bot refreshes at once.
  writeFileSync(
    join(dir, "ptime-cache.json"),
    JSON.stringify({
      fetchedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      timelines: convertFolders([join(ROOT, "test", "fixtures", "ptime")], "2026-02-05"),
    }),
  );
  child = spawn(process.execPath, ["--enable-source-maps", entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      STORE_PATH: join(dir, "store.json"),
      LOG_LEVEL: "info",
      PTIME_SOURCE: source,
      PTIME_CRON: "* * * * * *",
      PTIME_TIMEOUT_MS: "1500",
      PTIME_RETRY_MS: "200",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await api.waitFor((c) => c.method === "getUpdates", 30_000, "the bot to start polling");
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server?.close(resolve));
  await api.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  rmSync(join(ROOT, "dist-e2e-ptime"), { recursive: true, force: true });
});

describe("processing-times refresh in the running bot", () => {
  let followedAt = 0;

  it("starts from its cached copy and swaps in IRCC's 20 May 2026 files without a restart", async () => {
    await until("the 20 May snapshot", () => refreshLogs().some((l) => l.outcome === "updated" && l.asOf === "2026-05-20"));
    const answer = String((await ask(ASKER, QUESTION)).text);
    expect(answer).toContain("16 days");
    expect(answer).toContain("as of 20 May 2026");
  });

  it("lets a user follow spousal sponsorship with the button under the answer", async () => {
    const answer = await ask(FOLLOWER, "How long does a spousal sponsorship take?");
    expect(String(answer.text)).toContain("15 months");
    const button = buttonsOf(answer).find(
      (b): b is InlineKeyboardButton.CallbackButton => "callback_data" in b && b.callback_data.startsWith("1|o|add|sponsorship-spouse"),
    );
    expect(button?.text).toBe(en("ptime:follow.button"));
    const after = now();
    api.push(callbackUpdate(FOLLOWER, button!.callback_data));
    const done = await api.waitFor((c) => c.method === "sendMessage" && c.payload.chat_id === FOLLOWER.id && c.at > after);
    expect(String(done.payload.text)).toContain("Following Spouse");
    followedAt = done.at;
  });

  it("serves the 24 June files: the same question's answer changes, and the follower gets exactly one change message", async () => {
    mode = "2026-06-24";
    await until("the 24 June snapshot", () => refreshLogs().some((l) => l.outcome === "updated" && l.asOf === "2026-06-24"));
    const answer = String((await ask(ASKER, QUESTION)).text);
    expect(answer).toContain("42 days");
    expect(answer).toContain("as of 24 June 2026");
    expect(answer).not.toContain("16 days");
    await until("the change message", () => sent(FOLLOWER.id, followedAt).length > 0);
    const alert = String(sent(FOLLOWER.id, followedAt)[0]?.payload.text);
    // IRCC's 24 June file no longer lists the spousal lines: the message says so, with the old figure and the date.
    expect(alert).toContain(en("ptime:alert.title", { target: "Spouse or partner sponsorship" }).split(":")[0]);
    expect(alert).toContain("15 months → no longer in IRCC's data");
    expect(alert).toContain("24 June 2026");
  });

  it.each([
    ["http-500", /HTTP 500/],
    ["truncated", /JSON|problem/],
    ["half", /lost, more than 25% allowed/],
    ["hang", /no answer within 1500 ms/],
  ] as const)(
    "keeps the last good data when the server answers %s, and stays up",
    async (failure, reason) => {
      const before = refreshLogs().length;
      mode = failure;
      await until(`a ${failure} refusal`, () =>
        refreshLogs()
          .slice(before)
          .some((l) => l.msg.includes("refresh failed") && reason.test(l.reason ?? "")),
      );
      const answer = String((await ask(ASKER, QUESTION)).text);
      expect(answer).toContain("42 days");
      expect(answer).toContain("as of 24 June 2026");
      expect(child.exitCode).toBeNull();
      expect(hits).toContain(failure);
    },
    30_000,
  );

  it("sent the follower one change message in all, and kept the last good copy for the next start", async () => {
    mode = "2026-06-24";
    const before = refreshLogs().length;
    await until("a good refresh again", () =>
      refreshLogs()
        .slice(before)
        .some((l) => l.outcome === "unchanged"),
    );
    await new Promise((r) => setTimeout(r, 1_500));
    expect(sent(FOLLOWER.id, followedAt)).toHaveLength(1);
    const cache = JSON.parse(readFileSync(join(dir, "ptime-cache.json"), "utf8")) as { timelines: { snapshots: string[] } };
    expect(cache.timelines.snapshots.at(-1)).toBe("2026-06-24");
    expect(child.exitCode).toBeNull();
  }, 30_000);
});
