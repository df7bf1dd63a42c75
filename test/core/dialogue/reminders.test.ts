import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { decodeAction, encodeAction } from "../../../src/core/actions.js";
import { type BotCore, type CoreDeps, createBotCore } from "../../../src/core/bot-core.js";
import { handleReminderIntent, type ReminderIntent } from "../../../src/core/dialogue/reminders.js";
import type { Locale } from "../../../src/core/i18n/locales.js";
import { createTranslator } from "../../../src/core/i18n/translator.js";
import type { Understanding } from "../../../src/core/nlu/understanding.js";
import { applicationName } from "../../../src/core/reminders/reminder-message.js";
import { scheduleWeekday } from "../../../src/core/reminders/schedule.js";
import type { BotRequest } from "../../../src/core/request.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import type { UserStore } from "../../../src/core/store/user-store.js";
import type { StatusId } from "../../../src/core/taxonomy.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { loadLocales } from "../../../src/infra/load-locales.js";
import { loadScheduleWords } from "../../../src/infra/load-schedule-words.js";
import { BLANK_UNDERSTANDING } from "../../helpers/understanding.js";

const translator = createTranslator(loadLocales(join(import.meta.dirname, "../../../locales")));
const scheduleWords = loadScheduleWords(join(import.meta.dirname, "../../../data"));
const NOW = new Date("2026-11-22T12:00:00Z"); // Sunday, 07:00 in Toronto

const understanding = (status: StatusId | null = null): Understanding => ({ ...BLANK_UNDERSTANDING, status });

let store: UserStore;
let deps: CoreDeps;
let understoodStatus: StatusId | null;

beforeEach(() => {
  store = createMemoryUserStore();
  understoodStatus = null;
  deps = {
    knowledge: { version: "test" } as unknown as CoreDeps["knowledge"],
    translator,
    understander: { understand: () => understanding(understoodStatus) },
    store,
    clock: { now: () => NOW },
    scheduleWords,
  };
});

const request: BotRequest = { kind: "text", text: "", platform: "telegram", userId: "tg:1", chatId: "1", isPrivate: true, localeHints: [] };

function say(intent: ReminderIntent, text: string, lang: Locale = "en", options: Record<string, string> = {}) {
  return handleReminderIntent({ intent, request, lang, t: translator.forLocale(lang), text, options, understanding: null, deps });
}

describe("reminders dialogue", () => {
  it("creates 'every Monday at 9 Eastern time', durable, with change/pause/delete buttons", async () => {
    const reply = await say("reminder-set", "remind me every Monday at 9 Eastern time");
    const [r] = await store.listReminders("tg:1");
    expect(r?.schedule).toMatchObject({ unit: "week", every: 1, time: "09:00", zone: "America/Toronto", anchor: "2026-11-23" });
    expect(r?.nextDueAt).toBe(Date.parse("2026-11-23T14:00:00Z"));
    expect(reply.text).toContain("every Monday at 09:00 (America/Toronto)");
    expect(reply.personal).toBe(true);
    expect(reply.choices.map((c) => decodeAction(c.data))).toMatchObject([{ op: "change" }, { op: "pause" }, { op: "delete" }]);
  });

  it("understands French and answers in French", async () => {
    const reply = await say("reminder-set", "rappelle-moi toutes les 2 semaines le vendredi à 18h30 heure de Montréal", "fr");
    const [r] = await store.listReminders("tg:1");
    expect(r?.schedule).toMatchObject({ unit: "week", every: 2, time: "18:30" });
    expect(scheduleWeekday(r!.schedule)).toBe(5);
    expect(reply.text).toContain("toutes les 2 semaines le vendredi à 18:30");
  });

  it("changes, pauses, resumes and stops by free text", async () => {
    await say("reminder-set", "remind me every Monday at 9 Toronto");
    await say("reminder-set", "change my reminder to Fridays");
    let [r] = await store.listReminders("tg:1");
    expect(scheduleWeekday(r!.schedule)).toBe(5);
    expect(r?.schedule.time).toBe("09:00");
    await say("reminder-list", "pause my reminders");
    [r] = await store.listReminders("tg:1");
    expect(r?.paused).toBe("user");
    await say("reminder-set", "resume my reminders");
    [r] = await store.listReminders("tg:1");
    expect(r?.paused).toBeNull();
    const stop = await say("reminder-cancel", "stop reminding me");
    expect(await store.listReminders("tg:1")).toEqual([]);
    expect(stop.answer.intent).toBe("reminder-cancel");
  });

  it("a bare /remind with reminders already set lists them instead of adding a duplicate", async () => {
    await say("reminder-set", "every monday at 9 Toronto");
    const reply = await say("reminder-set", "");
    expect(await store.listReminders("tg:1")).toHaveLength(1);
    expect(reply.answer.intent).toBe("reminder-list");
  });

  it("switching a daily reminder to a weekday makes it weekly, every week", async () => {
    await say("reminder-set", "every 3 days at 8:00 Halifax");
    await say("reminder-set", "change my reminder to Fridays");
    const [r] = await store.listReminders("tg:1");
    expect(r?.schedule).toMatchObject({ unit: "week", every: 1, time: "08:00" });
  });

  it("rejects an unknown zone and an impossible time with a localized example", async () => {
    const zone = await say("reminder-set", "every monday at 9", "en", { timezone: "Mars/Olympus" });
    expect(zone.text).toContain("America/Vancouver");
    expect(zone.answer.needs).toEqual(["timezone"]);
    const time = await say("reminder-set", "tous les lundis à 25h", "fr");
    expect(time.text).toMatch(/heure/);
    expect(await store.listReminders("tg:1")).toEqual([]);
  });

  it("remembers a typed zone for the next reminders", async () => {
    await say("reminder-set", "every day at 8am Europe/Paris");
    await say("reminder-set", "every friday at 17:00");
    const zones = (await store.listReminders("tg:1")).map((r) => r.schedule.zone);
    expect(zones).toEqual(["Europe/Paris", "Europe/Paris"]);
  });

  it("asks for the day instead of picking Monday, and the buttons finish the reminder step by step", async () => {
    let reply = await say("reminder-set", "recuérdame revisar mi solicitud", "es");
    expect(await store.listReminders("tg:1")).toEqual([]);
    expect(reply.text).toBe(translator.forLocale("es")("reminders:ask.weekday"));
    expect(reply.choices.map((c) => c.label)).toEqual([
      "lunes",
      "martes",
      "miércoles",
      "jueves",
      "viernes",
      "sábado",
      "domingo",
      "Todos los días",
    ]);
    const press = (data: string) => {
      const action = decodeAction(data);
      if (action?.type !== "schedule") throw new Error(`not a schedule button: ${data}`);
      return handleReminderIntent({
        intent: "reminder-action",
        request,
        lang: "es",
        t: translator.forLocale("es"),
        text: "",
        options: {},
        understanding: null,
        deps,
        scheduleAction: action,
      });
    };
    reply = await press(reply.choices[2]!.data);
    expect(reply.text).toBe(`Entendido hasta ahora: miércoles.\n${translator.forLocale("es")("reminders:ask.time")}`);
    reply = await press(reply.choices.find((c) => c.label === "18:00")!.data);
    expect(reply.text).toContain(translator.forLocale("es")("reminders:ask.zone"));
    expect(reply.text).toContain("miércoles, 18:00");
    expect(reply.choices[0]?.label).toMatch(/Pacífico.*Vancouver/);
    reply = await press(reply.choices[0]!.data);
    const [r] = await store.listReminders("tg:1");
    expect(r?.schedule).toMatchObject({ unit: "week", every: 1, time: "18:00", zone: "America/Vancouver" });
    expect(scheduleWeekday(r!.schedule)).toBe(3);
    expect(reply.text).toContain("miércoles a las 18:00 (America/Vancouver)");
    expect((await store.getProfile("tg:1"))?.timezone).toBe("America/Vancouver");
  });

  it("asks for whatever it did not understand, in the user's language, and never stores a default", async () => {
    const ask = async (text: string, lang: Locale) => {
      const reply = await say("reminder-set", text, lang);
      expect(await store.listReminders("tg:1"), text).toEqual([]);
      return reply;
    };
    const day = await ask("nhắc tôi", "en");
    expect(day.text).toBe(translator.forLocale("en")("reminders:ask.weekday"));
    expect(day.choices).toHaveLength(8);
    const time = await ask("每周三提醒我", "zh");
    expect(time.text).toContain(translator.forLocale("zh")("reminders:ask.time"));
    expect(time.text).toContain("星期三");
    expect(time.choices.map((c) => c.label)).toEqual(["08:00", "09:00", "12:00", "18:00", "20:00"]);
    expect(decodeAction(time.choices[0]!.data)).toMatchObject({ type: "schedule", weekday: 3, time: "08:00", zone: null });
    const zone = await ask("нагадуй щосереди о 18:30", "uk");
    expect(zone.text).toContain(translator.forLocale("uk")("reminders:ask.zone"));
    expect(zone.text).toContain("середа, 18:30");
    expect(zone.answer.needs).toEqual(["timezone"]);
    expect(zone.choices.map((c) => (decodeAction(c.data) as { zone: string }).zone)).toEqual([
      "America/Vancouver",
      "America/Edmonton",
      "America/Winnipeg",
      "America/Toronto",
      "America/Halifax",
      "America/St_Johns",
    ]);
    expect(decodeAction(zone.choices[0]!.data)).toMatchObject({ weekday: 3, time: "18:30", unit: "week", every: 1 });
  });

  it("uses the zone the user gave before, and says which one", async () => {
    await store.setTimezone("tg:1", "America/Edmonton");
    const reply = await say("reminder-set", "every other Thursday at 5pm");
    const [r] = await store.listReminders("tg:1");
    expect(r?.schedule).toMatchObject({ unit: "week", every: 2, time: "17:00", zone: "America/Edmonton" });
    expect(reply.text).toContain("every 2 weeks on Thursday at 17:00 (America/Edmonton)");
    expect(reply.text).toContain("Time zone: America/Edmonton");
    expect(reply.text).toMatch(/Next reminder: Thu, Nov 26, 2026/);
  });

  it("the Change button offers a new day or time and moves the same reminder", async () => {
    await say("reminder-set", "every Monday at 9 Vancouver");
    const [r] = await store.listReminders("tg:1");
    const change = await say("reminder-action", "", "en", { op: "change", reminderId: r!.id });
    expect(change.text).toContain("every Monday at 09:00 (America/Vancouver)");
    const friday = change.choices.find((c) => c.label === "Friday")!;
    const action = decodeAction(friday.data);
    if (action?.type !== "schedule") throw new Error("not a schedule button");
    const done = await handleReminderIntent({
      intent: "reminder-action",
      request,
      lang: "en",
      t: translator.forLocale("en"),
      text: "",
      options: {},
      understanding: null,
      deps,
      scheduleAction: action,
    });
    const after = await store.listReminders("tg:1");
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(r!.id);
    expect(scheduleWeekday(after[0]!.schedule)).toBe(5);
    expect(after[0]?.schedule).toMatchObject({ time: "09:00", zone: "America/Vancouver" });
    expect(done.text).toContain("Changed: I will remind you every Friday at 09:00 (America/Vancouver)");
  });

  it("handles the snooze and stop buttons, only for the presser's own reminders", async () => {
    await say("reminder-set", "every monday at 9 Vancouver");
    const [r] = await store.listReminders("tg:1");
    const snooze = await say("reminder-action", "", "en", { op: "snooze", reminderId: r!.id });
    expect((await store.getReminder("tg:1", r!.id))?.snoozedUntil).toBe(NOW.getTime() + 24 * 3600_000);
    expect(snooze.text).toMatch(/Snoozed/);
    const other = await handleReminderIntent({
      intent: "reminder-action",
      request: { ...request, userId: "tg:2" },
      lang: "en",
      t: translator.forLocale("en"),
      text: "",
      options: { op: "stop", reminderId: r!.id },
      understanding: null,
      deps,
    });
    expect(other.text).toMatch(/no longer exists/);
    expect(await store.listReminders("tg:1")).toHaveLength(1);
    await say("reminder-action", "", "en", { op: "stop", reminderId: r!.id });
    expect(await store.listReminders("tg:1")).toEqual([]);
  });

  it("logs statuses by id or by understood text and shows the timeline with days between steps", async () => {
    await say("log", "aor 2026-03-01");
    understoodStatus = "account-biometrics";
    await say("log", "biometrics done 2026-04-15");
    const logged = await say("log", "copr yesterday");
    expect(logged.text).toContain("220 days after your previous step");
    const history = await say("history", "");
    expect(history.text).toContain("2026-03-01 — ");
    expect(history.text).toContain("(+45 days)");
    expect(history.text).toContain("(+220 days)");
    expect(history.text).toContain("Last change: 1 day ago.");
  });

  it("refuses a future or malformed log date and asks when no status is found", async () => {
    expect((await say("log", "aor 2027-01-01")).text).toMatch(/future/);
    expect((await say("log", "", "en", { status: "aor", date: "2026-02-30" })).text).toMatch(/could not read/);
    const ask = await say("log", "something happened");
    expect(ask.answer.needs).toEqual(["status"]);
    expect(await store.listLog("tg:1")).toEqual([]);
  });

  it("tells a user once that their reminders were paused because they blocked the bot (the core's one notice)", async () => {
    await store.setBlockedNotice("tg:1", true);
    const core = createBotCore(deps);
    const reminders: BotRequest = { ...request, kind: "command", command: "reminders", args: "" };
    expect((await core.handle(reminders)).text).toMatch(/could not reach you/);
    expect((await core.handle(reminders)).text).not.toMatch(/could not reach you/);
    // The dialogue itself no longer adds it: one mechanism, in the core.
    await store.setBlockedNotice("tg:1", true);
    expect((await say("reminder-list", "")).text).not.toMatch(/could not reach you/);
  });
});

describe("through the core: /remind, /reminders, /mydata and /forget", () => {
  let core: BotCore;
  beforeEach(() => {
    core = createBotCore(deps);
  });
  const command = (command: string, args = "", options?: Record<string, string>): BotRequest => ({
    kind: "command",
    command: command as never,
    args,
    ...(options ? { options } : {}),
    platform: "discord",
    userId: "dc:7",
    chatId: "7",
    isPrivate: true,
    localeHints: ["en-US"],
  });

  it("creates with Discord options, lists, shows everything in /mydata and forgets all of it", async () => {
    await core.handle(
      command("remind", "", { when: "every 2 weeks on tuesday at 8:15", timezone: "America/Halifax", application: "study-permit" }),
    );
    await core.handle(command("log", "", { status: "aor", date: "2026-10-01" }));
    const list = await core.handle(command("reminders"));
    expect(list.text).toContain("every 2 weeks on Tuesday at 08:15 (America/Halifax)");
    const mine = await core.handle(command("mydata"));
    expect(mine.text).toContain("America/Halifax");
    expect(mine.text).toContain("2026-10-01");
    expect(mine.text).toContain(applicationName(translator.forLocale("en"), "study-permit"));
    const confirm = await core.handle(command("forget"));
    const yes = confirm.choices.find(
      (c) => decodeAction(c.data)?.type === "forget" && (decodeAction(c.data) as { confirm: boolean }).confirm,
    );
    await core.handle({
      kind: "action",
      data: yes?.data ?? encodeAction({ type: "forget", confirm: true }),
      platform: "discord",
      userId: "dc:7",
      chatId: "7",
      isPrivate: true,
      localeHints: [],
    });
    expect(await store.exportUser("dc:7")).toEqual({ userId: "dc:7", profile: null, reminders: [], log: [] });
  });
});

describe("answering the bot's questions by typing, through the real understander", () => {
  let core: BotCore;
  let own: UserStore;
  beforeAll(async () => {
    own = createMemoryUserStore();
    core = await createCoreFromDisk({ store: own, clock: { now: () => NOW } });
  }, 60_000);
  const text = (t: string, userId = "tg:50"): BotRequest => ({
    kind: "text",
    text: t,
    platform: "telegram",
    userId,
    chatId: userId,
    isPrivate: true,
    localeHints: ["es"],
  });

  it("asks day, then time, then zone, each typed back in the user's words", async () => {
    const es = translator.forLocale("es");
    expect((await core.handle(text("recuérdame revisar mi solicitud"))).text).toBe(es("reminders:ask.weekday"));
    expect((await core.handle(text("los miércoles"))).text).toContain(es("reminders:ask.time"));
    expect((await core.handle(text("a las 6:30 de la tarde"))).text).toContain(es("reminders:ask.zone"));
    expect(await own.listReminders("tg:50")).toEqual([]);
    const done = await core.handle(text("Vancouver"));
    const [r] = await own.listReminders("tg:50");
    expect(r?.schedule).toMatchObject({ unit: "week", every: 1, time: "18:30", zone: "America/Vancouver" });
    expect(scheduleWeekday(r!.schedule)).toBe(3);
    expect(done.text).toContain("miércoles a las 18:30 (America/Vancouver)");
  });

  it("reads /remind arguments and a Discord zone option given by name", async () => {
    const command = (args: string, options?: Record<string, string>): BotRequest => ({
      kind: "command",
      command: "remind",
      args,
      ...(options ? { options } : {}),
      platform: "discord",
      userId: "dc:51",
      chatId: "51",
      isPrivate: true,
      localeHints: ["uk"],
    });
    await core.handle(command("щоп'ятниці о 9 ранку", { timezone: "Pacific time" }));
    const [r] = await own.listReminders("dc:51");
    expect(r?.schedule).toMatchObject({ time: "09:00", zone: "America/Vancouver" });
    expect(scheduleWeekday(r!.schedule)).toBe(5);
  });
});
