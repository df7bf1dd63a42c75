/**
 * Telegram pipeline throughput: updates/s through the full adapter (grammY middleware, flood guard,
 * sequentialize, the real core from disk, rendering) next to a bare grammY echo bot, in the same
 * run, with the Bot API faked in-process by a transformer (no network). Goal: the full bot handles
 * at least half as many updates per second as the echo bot.
 *
 * Inline mode is measured beside it: inline queries (`@bot question` typed in any chat) through the
 * same full bot, each answered with `answerInlineQuery`. Goal: at least 5,000 inline queries/s.
 *
 * Rounds are short and alternate between the two bots, and the ratio is the median of per-round
 * ratios, so load from other processes on the machine affects both sides alike.
 *
 * The bot is measured as `npm start` runs it: built to `dist/` (plain JavaScript, like the grammY
 * code of the echo bot). `--source` measures the TypeScript sources under tsx instead (`npm run dev`).
 *
 *   npm run bench:telegram            (--quick, --source, or UPDATES=4000 ROUNDS=25 to change the size)
 */
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Bot, type Transformer } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type * as TelegramBotModule from "../src/adapters/telegram/create-telegram-bot.js";
import type * as ActionsModule from "../src/core/actions.js";
import type { BotCore } from "../src/core/bot-core.js";
import type * as SanitizeModule from "../src/core/privacy/sanitize.js";
import type { BotRequest } from "../src/core/request.js";
import type * as CoreFromDiskModule from "../src/infra/create-core-from-disk.js";
import { buildDist } from "./build.mjs";

const quick = process.argv.includes("--quick");
const fromSource = process.argv.includes("--source");
const root = fromSource ? join(import.meta.dirname, "..", "src") : await buildDist();
const load = <T>(module: string): Promise<T> =>
  import(pathToFileURL(join(root, `${module}${fromSource ? ".ts" : ".js"}`)).href) as Promise<T>;
const { createTelegramBot } = await load<typeof TelegramBotModule>("adapters/telegram/create-telegram-bot");
const { encodeAction } = await load<typeof ActionsModule>("core/actions");
const { sanitizeText } = await load<typeof SanitizeModule>("core/privacy/sanitize");
const { createCoreFromDisk, createDefaultUnderstander } = await load<typeof CoreFromDiskModule>("infra/create-core-from-disk");
const UPDATES = Number(process.env.UPDATES ?? (quick ? 2_000 : 4_000));
const ROUNDS = Number(process.env.ROUNDS ?? (quick ? 9 : 25));
const TOKEN = "123456:BENCH-token-not-real_abcdefgh";
const BOT_INFO = {
  id: 1,
  is_bot: true,
  first_name: "bench",
  username: "bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
} as UserFromGetMe;

let sent = 0;
/** Stands in for the Bot API: answers every call at once, as a fast Telegram would. */
const fakeApi: Transformer = async (_prev, method, payload) => {
  sent++;
  const p = payload as { chat_id?: number; text?: string };
  const result = method === "sendMessage" ? { message_id: sent, date: 0, chat: { id: p.chat_id, type: "private" }, text: p.text } : true;
  return { ok: true, result } as never;
};

const QUESTIONS = [
  "How long does a spousal sponsorship take?",
  "Where can I check my study permit application?",
  "Can my mother see the status of my visitor visa?",
  "What does decision made mean?",
  "Combien de temps pour un permis de travail ?",
];

/** What people type after @bot, in several languages, with and without a client language; some still half-typed. */
const INLINE_QUERIES: readonly [string, string | undefined][] = [
  ["decision made", "en"],
  ['What does "Decision made" mean in CAS?', "en"],
  ["Que veut dire « Décision rendue » ?", "fr"],
  ["how long spousal sponsorship", "en"],
  ["how long does it take", "en"],
  ["dónde veo el estado de mi permiso de estudio", undefined],
  ["background verification", "de"],
  ["", "uk"],
  ["where to track citizenship", "pt-br"],
  ["في انتظار", "ar"],
];

/** Inline queries from fresh users (a few each, well under the inline limit). */
function makeInlineUpdates(count: number, firstUser: number): Update[] {
  const updates: Update[] = [];
  for (let i = 0; i < count; i++) {
    const [query, language] = INLINE_QUERIES[i % INLINE_QUERIES.length]!;
    const from = { id: firstUser + Math.floor(i / 5), is_bot: false, first_name: "u", ...(language ? { language_code: language } : {}) };
    updates.push({ update_id: i, inline_query: { id: `iq${i}`, from, query, offset: "" } });
  }
  return updates;
}

/** A realistic mix per user: /start, a question, a button press, /help. Few enough per user to stay under the flood limit. */
function makeUpdates(count: number, firstUser: number): Update[] {
  const updates: Update[] = [];
  const button = encodeAction({ type: "intent", intent: "timeline" });
  for (let i = 0; updates.length < count; i++) {
    const id = firstUser + Math.floor(i / 4);
    const from = { id, is_bot: false, first_name: "u", language_code: i % 3 === 0 ? "fr" : "en" };
    const chat = { id, type: "private" as const, first_name: "u" };
    const base = { message_id: i, date: 0, chat, from };
    switch (i % 4) {
      case 0:
        updates.push({ update_id: i, message: { ...base, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] } });
        break;
      case 1:
        updates.push({ update_id: i, message: { ...base, text: QUESTIONS[i % QUESTIONS.length]! } });
        break;
      case 2:
        updates.push({
          update_id: i,
          callback_query: { id: `q${i}`, from, chat_instance: "c", data: button, message: { ...base, from: BOT_INFO, text: "q" } as never },
        });
        break;
      default:
        updates.push({ update_id: i, message: { ...base, text: "/help", entities: [{ type: "bot_command", offset: 0, length: 5 }] } });
    }
  }
  return updates;
}

async function measure(bot: Bot, updates: readonly Update[]): Promise<number> {
  const start = performance.now();
  for (const update of updates) await bot.handleUpdate(update);
  return updates.length / ((performance.now() - start) / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const core = await createCoreFromDisk();
// The full bot's requests are kept (one array push) and replayed on a twin core, to show the core's own share.
let recorded: BotRequest[] = [];
const recordingCore: BotCore = {
  ...core,
  handle: (request) => {
    recorded.push(request);
    return core.handle(request);
  },
};
const full = createTelegramBot(recordingCore, { token: TOKEN, botInfo: BOT_INFO, retry: false });
full.api.config.use(fakeApi);
// The twin's understander, kept to time the NLU alone on the same texts.
const twinUnderstander = createDefaultUnderstander();
const twin = await createCoreFromDisk({ understander: twinUnderstander });
async function measureCore(requests: readonly BotRequest[]): Promise<number> {
  const start = performance.now();
  for (const request of requests) await twin.handle(request);
  return requests.length / ((performance.now() - start) / 1000);
}

/** The understander alone on the same free-text requests (sanitized as the core does), to show the NLU's share of the core. */
function measureNlu(requests: readonly BotRequest[]): number {
  const texts = requests
    .flatMap((r) => (r.kind === "text" ? [sanitizeText(r.text)] : []))
    .flatMap((c) => (c.kind === "ok" ? [c.text] : []));
  const start = performance.now();
  for (const text of texts) twinUnderstander.understand(text, "en");
  return (performance.now() - start) / 1000 / Math.max(1, requests.length);
}

// The adapter's own share: the same bot around a core that returns ready replies at once.
const ready = await Promise.all(
  (["start", "help"] as const).map((command) =>
    core.handle({
      platform: "telegram",
      userId: "tg:0",
      chatId: "tg:0",
      isPrivate: true,
      localeHints: [],
      kind: "command",
      command,
      args: "",
    }),
  ),
);
const instantCore: BotCore = { ...core, handle: async (request) => ready[request.kind === "command" ? 0 : 1]! };
const adapterOnly = createTelegramBot(instantCore, { token: TOKEN, botInfo: BOT_INFO, retry: false });
adapterOnly.api.config.use(fakeApi);

const echo = new Bot(TOKEN, { botInfo: BOT_INFO });
echo.api.config.use(fakeApi);
echo.on("message:text", (ctx) => ctx.reply(ctx.message.text));
echo.on("callback_query:data", async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.callbackQuery.data);
});

// Warm up both (JIT, caches), then alternate rounds so drift affects both equally. Fresh users each round.
await measure(full, makeUpdates(4_000, 10_000_000));
await measure(echo, makeUpdates(4_000, 10_000_000));
await measure(adapterOnly, makeUpdates(4_000, 10_000_000));
// Inline queries through their own instance of the same full bot, so the chat bot's figures are not mixed with them.
const inline = createTelegramBot(core, { token: TOKEN, botInfo: BOT_INFO, retry: false });
inline.api.config.use(fakeApi);
await measure(inline, makeInlineUpdates(4_000, 30_000_000));
const inlineRates: number[] = [];
const fullRates: number[] = [];
const echoRates: number[] = [];
const adapterRates: number[] = [];
const ratios: number[] = [];
const adapterRatios: number[] = [];
const coreRates: number[] = [];
/** Seconds of understanding per request (spread over all requests, as the core's time is). */
const nluShares: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const updates = makeUpdates(UPDATES, 20_000_000 + r * UPDATES);
  const e = await measure(echo, updates);
  recorded = [];
  const f = await measure(full, updates);
  const a = await measure(adapterOnly, updates);
  inlineRates.push(await measure(inline, makeInlineUpdates(UPDATES, 40_000_000 + r * UPDATES)));
  coreRates.push(await measureCore(recorded));
  nluShares.push(measureNlu(recorded));
  echoRates.push(e);
  fullRates.push(f);
  adapterRates.push(a);
  ratios.push(f / e);
  adapterRatios.push(a / e);
}
const fullRate = median(fullRates);
const echoRate = median(echoRates);
const ratio = median(ratios);
const fmt = (n: number) => Math.round(n).toLocaleString("en");
console.log(
  `telegram pipeline: ${ROUNDS} alternating rounds of ${UPDATES} updates, API faked in-process, Node ${process.version}, bot from ${fromSource ? "src/ under tsx" : "dist/ (as npm start runs it)"}`,
);
console.log(`  bare grammY echo bot      : ${fmt(echoRate)} updates/s (median)`);
console.log(`  full bot (adapter + core) : ${fmt(fullRate)} updates/s (median)`);
console.log(
  `  adapter, instant core     : ${fmt(median(adapterRates))} updates/s (median; ratio to echo ${median(adapterRatios).toFixed(2)})`,
);
const us = (rate: number) => (1e6 / rate).toFixed(1);
console.log(`  core alone (same requests): ${fmt(median(coreRates))} requests/s (median)`);
console.log(
  `  NLU within the core       : ${(median(nluShares) * 1e6).toFixed(1)} µs per request on average (understand() on the same texts; ${(median(nluShares) * median(coreRates) * 100).toFixed(0)}% of the core)`,
);
console.log(
  `  load average at the end   : ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log(
  `  per update: echo ${us(echoRate)} µs, adapter+grammY ${us(median(adapterRates))} µs, core ${us(median(coreRates))} µs, full ${us(fullRate)} µs`,
);
console.log(
  `  ratio full/echo           : ${ratio.toFixed(2)} (median of per-round ratios; goal >= 0.50) ${ratio >= 0.5 ? "PASS" : "FAIL"}`,
);
const inlineRate = median(inlineRates);
console.log(
  `  inline queries (full bot) : ${fmt(inlineRate)} queries/s (median; answerInlineQuery faked; goal >= 5,000) ${inlineRate >= 5_000 ? "PASS" : "FAIL"}`,
);
process.exitCode = ratio >= 0.5 && inlineRate >= 5_000 ? 0 : 1;
