import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../../src/core/bot-core.js";
import { SUPPORTED_LOCALES } from "../../../src/core/i18n/locales.js";
import { scheduleWeekday } from "../../../src/core/reminders/schedule.js";
import type { BotRequest } from "../../../src/core/request.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import type { UserStore } from "../../../src/core/store/user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { PHRASINGS } from "./schedule-phrasings.js";

const NOW = new Date("2026-11-22T12:00:00Z"); // a Sunday
/** The zone a returning user already gave; used when the text names none. */
const STORED_ZONE = "America/Regina";

let core: BotCore;
let store: UserStore;
let n = 0;

beforeAll(async () => {
  store = createMemoryUserStore();
  core = await createCoreFromDisk({ store, clock: { now: () => NOW } });
}, 60_000);

/**
 * Free text through the real core (understander, dialogue, store) in every language: each phrasing
 * must end as a stored reminder with the weekday, hour, minute, interval and zone the user meant.
 */
describe.each(SUPPORTED_LOCALES)("schedule wording [%s]", (lang) => {
  it("has at least 12 phrasings", () => {
    expect(PHRASINGS[lang].length).toBeGreaterThanOrEqual(12);
  });

  it.each(PHRASINGS[lang])("$text", async (p) => {
    const userId = `tg:${++n}`;
    await store.setLanguage(userId, lang);
    if (!p.zone) await store.setTimezone(userId, STORED_ZONE);
    const request: BotRequest = {
      kind: "text",
      text: p.text,
      platform: "telegram",
      userId,
      chatId: userId,
      isPrivate: true,
      localeHints: [],
    };
    const reply = await core.handle(request);
    const [r] = await store.listReminders(userId);
    expect(r, reply.text).toBeDefined();
    const { schedule } = r!;
    expect({
      weekday: schedule.unit === "week" ? scheduleWeekday(schedule) : null,
      hour: Number(schedule.time.slice(0, 2)),
      minute: Number(schedule.time.slice(3)),
      every: schedule.every,
      unit: schedule.unit,
      zone: schedule.zone,
    }).toEqual({
      weekday: p.wd,
      hour: Number(p.time.slice(0, 2)),
      minute: Number(p.time.slice(3)),
      every: p.every ?? 1,
      unit: p.unit ?? "week",
      zone: p.zone ?? STORED_ZONE,
    });
  });
});
