import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IANAZone } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { SUPPORTED_LOCALES } from "../../src/core/i18n/locales.js";
import { loadScheduleWords, ScheduleWordsLoadError } from "../../src/infra/load-schedule-words.js";

const DATA = join(import.meta.dirname, "../../data");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("loadScheduleWords", () => {
  it("loads a table for every language and known IANA zones only", () => {
    const words = loadScheduleWords(DATA);
    expect([...words.languages.keys()].sort()).toEqual([...SUPPORTED_LOCALES].sort());
    for (const name of words.zoneNames) expect(IANAZone.isValidZone(name.zone), name.zone).toBe(true);
    for (const zone of words.zoneChoices) expect(IANAZone.isValidZone(zone), zone).toBe(true);
  });

  it("fails at startup listing every problem, file and path", () => {
    const dir = mkdtempSync(join(tmpdir(), "schedule-words-"));
    dirs.push(dir);
    cpSync(DATA, dir, { recursive: true });
    writeFileSync(join(dir, "schedule-words", "fr.json"), JSON.stringify({ spaced: "yes", weekdays: {} }));
    writeFileSync(join(dir, "time-zones.json"), "{ not json");
    let error: unknown;
    try {
      loadScheduleWords(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScheduleWordsLoadError);
    const problems = (error as ScheduleWordsLoadError).problems;
    expect(problems.some((p) => p.startsWith("schedule-words/fr.json: spaced"))).toBe(true);
    expect(problems.some((p) => p.startsWith("schedule-words/fr.json: weekdays"))).toBe(true);
    expect(problems.some((p) => p.startsWith("time-zones.json:"))).toBe(true);
  });
});
