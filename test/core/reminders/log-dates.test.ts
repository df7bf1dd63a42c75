import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../../src/core/bot-core.js";
import { type Locale, SUPPORTED_LOCALES } from "../../../src/core/i18n/locales.js";
import type { BotRequest } from "../../../src/core/request.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import type { UserStore } from "../../../src/core/store/user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";

const NOW = new Date("2026-11-22T17:00:00Z"); // Sunday 22 November, 12:00 in Toronto

/** `/log <status> <when>` as people write the date; the expected local date (today is 2026-11-22, a Sunday). */
const CASES: Readonly<Record<Locale, readonly [string, string][]>> = {
  en: [
    ["aor yesterday", "2026-11-21"],
    ["aor the day before yesterday", "2026-11-20"],
    ["aor 3 days ago", "2026-11-19"],
    ["aor last Monday", "2026-11-16"],
    ["aor on 3 March", "2026-03-03"],
    ["aor today", "2026-11-22"],
    ["aor March 14th", "2026-03-14"],
  ],
  fr: [
    ["aor hier", "2026-11-21"],
    ["aor avant-hier", "2026-11-20"],
    ["aor il y a 4 jours", "2026-11-18"],
    ["aor lundi dernier", "2026-11-16"],
    ["aor le 3 mars", "2026-03-03"],
    ["aor aujourd'hui", "2026-11-22"],
  ],
  es: [
    ["aor ayer", "2026-11-21"],
    ["aor anteayer", "2026-11-20"],
    ["aor hace 5 días", "2026-11-17"],
    ["aor el lunes pasado", "2026-11-16"],
    ["aor el 3 de marzo", "2026-03-03"],
    ["aor hoy", "2026-11-22"],
  ],
  pt: [
    ["aor ontem", "2026-11-21"],
    ["aor anteontem", "2026-11-20"],
    ["aor há 3 dias", "2026-11-19"],
    ["aor na segunda passada", "2026-11-16"],
    ["aor dia 3 de março", "2026-03-03"],
    ["aor hoje", "2026-11-22"],
  ],
  zh: [
    ["aor 昨天", "2026-11-21"],
    ["aor 前天", "2026-11-20"],
    ["aor 3天前", "2026-11-19"],
    ["aor 上周一", "2026-11-16"],
    ["aor 3月3日", "2026-03-03"],
    ["aor 今天", "2026-11-22"],
  ],
  hi: [
    ["aor कल", "2026-11-21"],
    ["aor परसों", "2026-11-20"],
    ["aor 3 दिन पहले", "2026-11-19"],
    ["aor पिछले सोमवार", "2026-11-16"],
    ["aor 3 मार्च को", "2026-03-03"],
    ["aor आज", "2026-11-22"],
  ],
  pa: [
    ["aor ਕੱਲ੍ਹ", "2026-11-21"],
    ["aor ਪਰਸੋਂ", "2026-11-20"],
    ["aor 3 ਦਿਨ ਪਹਿਲਾਂ", "2026-11-19"],
    ["aor ਪਿਛਲੇ ਸੋਮਵਾਰ", "2026-11-16"],
    ["aor 3 ਮਾਰਚ ਨੂੰ", "2026-03-03"],
    ["aor ਅੱਜ", "2026-11-22"],
  ],
  ur: [
    ["aor کل", "2026-11-21"],
    ["aor پرسوں", "2026-11-20"],
    ["aor ۳ دن پہلے", "2026-11-19"],
    ["aor پچھلے پیر", "2026-11-16"],
    ["aor 3 مارچ کو", "2026-03-03"],
    ["aor آج", "2026-11-22"],
  ],
  ar: [
    ["aor أمس", "2026-11-21"],
    ["aor أول أمس", "2026-11-20"],
    ["aor قبل ٣ أيام", "2026-11-19"],
    ["aor الاثنين الماضي", "2026-11-16"],
    ["aor في 3 مارس", "2026-03-03"],
    ["aor اليوم", "2026-11-22"],
  ],
  fa: [
    ["aor دیروز", "2026-11-21"],
    ["aor پریروز", "2026-11-20"],
    ["aor ۳ روز پیش", "2026-11-19"],
    ["aor دوشنبه گذشته", "2026-11-16"],
    ["aor ۳ مارس", "2026-03-03"],
    ["aor امروز", "2026-11-22"],
  ],
  tl: [
    ["aor kahapon", "2026-11-21"],
    ["aor kamakalawa", "2026-11-20"],
    ["aor 3 araw na ang nakalipas", "2026-11-19"],
    ["aor noong nakaraang Lunes", "2026-11-16"],
    ["aor noong ika-3 ng Marso", "2026-03-03"],
    ["aor ngayong araw", "2026-11-22"],
  ],
  uk: [
    ["aor вчора", "2026-11-21"],
    ["aor позавчора", "2026-11-20"],
    ["aor 3 дні тому", "2026-11-19"],
    ["aor минулого понеділка", "2026-11-16"],
    ["aor 3 березня", "2026-03-03"],
    ["aor сьогодні", "2026-11-22"],
  ],
};

let core: BotCore;
let store: UserStore;
let n = 0;

beforeAll(async () => {
  store = createMemoryUserStore();
  core = await createCoreFromDisk({ store, clock: { now: () => NOW } });
}, 60_000);

describe.each(SUPPORTED_LOCALES)("/log dates [%s]", (lang) => {
  it("has at least 5 phrasings", () => {
    expect(CASES[lang].length).toBeGreaterThanOrEqual(5);
  });

  it.each(CASES[lang])("/log %s → %s", async (args, date) => {
    const userId = `tg:${++n}`;
    await store.setLanguage(userId, lang);
    await store.setTimezone(userId, "America/Toronto");
    const request: BotRequest = {
      kind: "command",
      command: "log",
      args,
      platform: "telegram",
      userId,
      chatId: userId,
      isPrivate: true,
      localeHints: [],
    };
    const reply = await core.handle(request);
    expect(await store.listLog(userId), reply.text).toMatchObject([{ status: "aor", date }]);
  });
});

describe("/log dates that cannot be used", () => {
  it("refuses a date that does not exist, and a date ahead of today", async () => {
    const log = (args: string) =>
      core.handle({
        kind: "command",
        command: "log",
        args,
        platform: "telegram",
        userId: "tg:bad",
        chatId: "tg:bad",
        isPrivate: true,
        localeHints: [],
      });
    expect((await log("aor 31 April")).text).toMatch(/could not read that date/);
    expect((await log("aor 2026-12-01")).text).toMatch(/future/);
    expect(await store.listLog("tg:bad")).toEqual([]);
  });
});
