import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/core/i18n/locales.js";
import { findZone, parseWhen } from "../../../src/core/reminders/parse-when.js";
import { loadScheduleWords } from "../../../src/infra/load-schedule-words.js";

const words = loadScheduleWords(join(import.meta.dirname, "../../../data"));
const parse = (text: string, lang: Locale = "en") => parseWhen(text, { words, langs: [lang] });

describe("parseWhen", () => {
  it.each([
    ["remind me every Monday at 9", "en", { weekday: 1, time: "09:00" }],
    ["every 2 weeks", "en", { every: 2, unit: "week" }],
    ["every other week on thursday at 7pm", "en", { every: 2, unit: "week", weekday: 4, time: "19:00" }],
    ["every day at 7:45pm America/Vancouver", "en", { every: 1, unit: "day", time: "19:45", zone: "America/Vancouver" }],
    ["every 3 days at noon", "en", { every: 3, unit: "day", time: "12:00" }],
    ["remind me at 9 in the evening", "en", { time: "21:00" }],
    ["every evening at 6", "en", { every: 1, unit: "day", time: "18:00" }],
    ["rappelle-moi tous les lundis à 9h", "fr", { weekday: 1, time: "09:00" }],
    ["toutes les 2 semaines le vendredi à 18h30", "fr", { every: 2, unit: "week", weekday: 5, time: "18:30" }],
    ["une semaine sur deux", "fr", { every: 2, unit: "week" }],
    ["tous les jours à 8 h 15", "fr", { every: 1, unit: "day", time: "08:15" }],
    ["هر سه‌شنبه ساعت ۷ صبح", "fa", { weekday: 2, time: "07:00" }],
    ["هر سه شنبه ساعت ٧ صبح", "fa", { weekday: 2, time: "07:00" }],
    ["كل خميس الساعة ٨ مساءً", "ar", { weekday: 4, time: "20:00" }],
    ["щочетверга о четвертій дня", "uk", { weekday: 4, time: "04:00" }],
    ["每周日上午十一点", "zh", { weekday: 7, time: "11:00" }],
    ["每周一下午两点", "zh", { weekday: 1, time: "14:00" }],
    ["हर शनिवार पौने नौ बजे", "hi", { weekday: 6, time: "08:45" }],
    ["ہر ہفتے بدھ کو", "ur", { every: 1, unit: "week", weekday: 3 }],
    ["ہفتے کے دن صبح 9 بجے", "ur", { weekday: 6, time: "09:00" }],
    ["kada linggo, tuwing Sabado", "tl", { every: 1, unit: "week", weekday: 6 }],
    ["tuwing Linggo alas otso ng umaga", "tl", { weekday: 7, time: "08:00" }],
  ] as const)("%s (%s)", (text, lang, expected) => {
    expect(parse(text, lang)).toEqual(expected);
  });

  it.each([
    ["change my reminder to Fridays", "en", "change"],
    ["pause my reminders", "en", "pause"],
    ["stop reminding me", "en", "stop"],
    ["resume my reminders", "en", "resume"],
    ["show my reminders", "en", "list"],
    ["mets en pause mes rappels", "fr", "pause"],
    ["arrête de me rappeler", "fr", "stop"],
    ["reprendre mes rappels", "fr", "resume"],
    ["modifie mon rappel au mardi", "fr", "change"],
    ["cambia mi recordatorio al viernes", "es", "change"],
    ["перенеси нагадування на п'ятницю", "uk", "change"],
  ] as const)("op: %s", (text, lang, op) => {
    expect(parse(text, lang).op).toBe(op);
  });

  it("never reads a bare number as a time, and flags impossible times", () => {
    expect(parse("every 2 weeks").time).toBeUndefined();
    expect(parse("remind me about my 2 applications on Monday").time).toBeUndefined();
    expect(parse("remind me at 25:00").badTime).toBe(true);
    expect(parse("at 13pm").badTime).toBe(true);
  });

  it("reads only what is there: a missing day, time or zone stays missing", () => {
    expect(parse("remind me to check my application")).toEqual({});
    expect(parse("recuérdame los viernes", "es")).toEqual({ weekday: 5 });
    expect(parse("每周提醒我", "zh")).toEqual({ every: 1, unit: "week" });
  });

  it("does not read 'mon' (French 'my') or 'est' ('is') as a weekday or a zone", () => {
    expect(parse("change mon rappel à 18h", "fr")).toEqual({ op: "change", time: "18:00" });
    expect(parse("le rappel est à 9h le mardi", "fr")).toEqual({ weekday: 2, time: "09:00" });
  });

  it("still reads digits and IANA zones without word tables", () => {
    expect(parseWhen("recuérdame 18:30 Europe/Madrid")).toEqual({ time: "18:30", zone: "Europe/Madrid" });
  });
});

describe("findZone", () => {
  it.each([
    ["Pacific time", "America/Vancouver"],
    ["I'm in Surrey", "America/Vancouver"],
    ["heure du Québec", "America/Toronto"],
    ["Newfoundland time", "America/St_Johns"],
    ["at 9 EST", "America/Toronto"],
    ["Mountain time", "America/Edmonton"],
    ["Central time", "America/Winnipeg"],
    ["Saskatoon", "America/Regina"],
    ["hora de Ciudad de México", "America/Mexico_City"],
    ["São Paulo", "America/Sao_Paulo"],
    ["Mumbai", "Asia/Kolkata"],
    ["Manila", "Asia/Manila"],
    ["Lagos", "Africa/Lagos"],
    ["به وقت تهران", "Asia/Tehran"],
    ["کراچی", "Asia/Karachi"],
    ["بتوقيت دبي", "Asia/Dubai"],
    ["上海", "Asia/Shanghai"],
    ["за київським часом", "Europe/Kyiv"],
    ["London, Ontario", "America/Toronto"],
    ["London", "Europe/London"],
    ["Asia/Kolkata", "Asia/Kolkata"],
  ])("%s → %s", (text, zone) => {
    expect(findZone(text, words)?.zone).toBe(zone);
  });

  it("does not take a country the application is from as the user's zone", () => {
    expect(findZone("remind me every Monday about my parents' file from India", words)).toBeUndefined();
  });
});
