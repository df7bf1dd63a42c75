import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build.mjs";
import { createTranslator } from "../../src/core/i18n/translator.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import { describeSchedule } from "../../src/core/reminders/describe.js";
import { makeSchedule } from "../../src/core/reminders/schedule.js";
import { loadLocales } from "../../src/infra/load-locales.js";
import { FakeTelegramApi } from "../helpers/telegram-fake-api.js";
import { commandUpdate, TEST_TOKEN, textUpdate } from "../helpers/telegram-harness.js";

/**
 * The measurement, as a test: the real bot process (`npm start` with a token) against a fake
 * Bot API on 127.0.0.1. In each language a user asks in free text for a reminder every Wednesday at
 * 6:30 pm with their zone, then sends /reminders: the listing, read back from the store, must show
 * Wednesday 18:30 in that zone, in that language.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const translator = createTranslator(loadLocales(join(ROOT, "locales")));
const V = "America/Vancouver";
const T = "America/Toronto";

const REQUESTS: readonly [Locale, string, string][] = [
  ["en", "Please remind me every Wednesday at 6:30 pm, Pacific time", V],
  ["fr", "Rappelle-moi tous les mercredis à 18 h 30, heure du Québec", T],
  ["es", "Recuérdame cada miércoles a las 6:30 de la tarde, hora de Toronto", T],
  ["pt", "Me lembra toda quarta-feira às 6h30 da tarde, horário de Vancouver", V],
  ["zh", "每周三晚上六点半提醒我，温哥华时间", V],
  ["hi", "हर बुधवार शाम साढ़े छह बजे याद दिलाना, टोरंटो समय", T],
  ["pa", "ਹਰ ਬੁੱਧਵਾਰ ਸ਼ਾਮ 6:30 ਵਜੇ ਯਾਦ ਕਰਾਓ, ਸਰੀ ਟਾਈਮ", V],
  ["ur", "ہر بدھ شام 6:30 بجے یاد دلانا، ٹورنٹو کا وقت", T],
  ["ar", "ذكرني كل أربعاء الساعة ٦:٣٠ مساءً بتوقيت تورنتو", T],
  ["fa", "هر چهارشنبه ساعت شش و نیم عصر یادآوری کن، به وقت ونکوور", V],
  ["tl", "Paalalahanan mo ako tuwing Miyerkules ng 6:30 ng gabi, oras sa Toronto", T],
  ["uk", "Нагадуй мені щосереди о пів на сьому вечора, я у Ванкувері", V],
];

const api = new FakeTelegramApi(TEST_TOKEN);
let child: ChildProcess;
let dir: string;
let distDir: string;
let stderr = "";
let exit: Promise<unknown>;

beforeAll(async () => {
  distDir = join(ROOT, "dist-e2e-reminders");
  const entry = join(await buildDist(distDir), "main.js");
  const apiRoot = await api.start();
  dir = mkdtempSync(join(tmpdir(), "tg-reminders-"));
  child = spawn(process.execPath, ["--enable-source-maps", entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      STORE_PATH: join(dir, "store.json"),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  exit = new Promise((resolve) => child.once("exit", resolve));
  await api
    .waitFor((c) => c.method === "getUpdates", 30_000, "the bot to start polling")
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\nbot stderr:\n${stderr}`);
    });
}, 60_000);

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(distDir, { recursive: true, force: true });
});

describe("weekly reminder by free text, in every language, through Telegram", () => {
  it.each(REQUESTS.map(([lang, text, zone], i) => ({ lang, text, zone, id: 9100 + i })))(
    "[$lang] $text",
    async ({ lang, text, zone, id }) => {
      const user = { id, language_code: lang };
      const t = translator.forLocale(lang);
      api.push(textUpdate(user, text));
      const created = await api.waitFor((c) => c.method === "sendMessage" && c.payload.chat_id === id, 10_000, `the ${lang} confirmation`);
      const expected = describeSchedule(makeSchedule({ unit: "week", every: 1, time: "18:30", zone, weekday: 3 }, new Date()), t, lang);
      expect(String(created.payload.text)).toContain(expected);

      api.push(commandUpdate(user, "reminders"));
      await api.waitFor(() => api.sent(id).length >= 2, 10_000, `the ${lang} /reminders listing`);
      const listing = String(api.sent(id)[1]?.payload.text);
      expect(listing).toContain(t("reminders:list.title", { count: 1 }));
      expect(listing).toContain(expected);
    },
    20_000,
  );

  it("has every reminder in the store file after a clean shutdown", async () => {
    child.kill("SIGTERM");
    await exit;
    const stored = readFileSync(join(dir, "store.json"), "utf8");
    for (let i = 0; i < REQUESTS.length; i++) expect(stored).toContain(`tg:${9100 + i}`);
    expect(stored.match(/"week",1,"18:30"/g)).toHaveLength(REQUESTS.length);
  }, 20_000);
});
