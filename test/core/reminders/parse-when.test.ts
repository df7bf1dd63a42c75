import { describe, expect, it } from "vitest";
import { parseWhen } from "../../../src/core/reminders/parse-when.js";

describe("parseWhen (en, fr)", () => {
  it.each([
    ["remind me every Monday at 9", { weekday: 1, time: "09:00" }],
    ["every 2 weeks", { every: 2, unit: "week" }],
    ["every other week on thursday at 7pm", { every: 2, unit: "week", weekday: 4, time: "19:00" }],
    ["every day at 7:45pm America/Vancouver", { every: 1, unit: "day", time: "19:45", zone: "America/Vancouver" }],
    ["every 3 days at noon", { every: 3, unit: "day", time: "12:00" }],
    ["remind me at 9 in the evening", { time: "21:00" }],
    ["rappelle-moi tous les lundis à 9h", { weekday: 1, time: "09:00" }],
    ["toutes les 2 semaines le vendredi à 18h30", { every: 2, unit: "week", weekday: 5, time: "18:30" }],
    ["une semaine sur deux", { every: 2, unit: "week" }],
    ["tous les jours à 8 h 15", { every: 1, unit: "day", time: "08:15" }],
  ])("%s", (text, expected) => {
    expect(parseWhen(text)).toEqual(expected);
  });

  it.each([
    ["change my reminder to Fridays", "change"],
    ["pause my reminders", "pause"],
    ["stop reminding me", "stop"],
    ["resume my reminders", "resume"],
    ["show my reminders", "list"],
    ["mets en pause mes rappels", "pause"],
    ["arrête de me rappeler", "stop"],
    ["reprendre mes rappels", "resume"],
    ["modifie mon rappel au mardi", "change"],
  ])("op: %s", (text, op) => {
    expect(parseWhen(text).op).toBe(op);
  });

  it("never reads a bare number as a time, and flags impossible times", () => {
    expect(parseWhen("every 2 weeks").time).toBeUndefined();
    expect(parseWhen("remind me at 25:00").badTime).toBe(true);
    expect(parseWhen("at 13pm").badTime).toBe(true);
  });

  it("still reads digits and zones in other languages", () => {
    expect(parseWhen("recuérdame 18:30 Europe/Madrid")).toEqual({ time: "18:30", zone: "Europe/Madrid" });
  });
});
