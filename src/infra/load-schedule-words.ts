import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { type Locale, SUPPORTED_LOCALES } from "../core/i18n/locales.js";
import {
  compileScheduleWords,
  type ScheduleWords,
  type ScheduleWordsFile,
  ScheduleWordsFileSchema,
  TimeZonesFileSchema,
} from "../core/reminders/schedule-words.js";

/** A schedule-words or time-zones file failed validation; `problems` lists every one as "file: path: message". */
export class ScheduleWordsLoadError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Schedule word tables are invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ScheduleWordsLoadError";
  }
}

function readJson<T>(path: string, label: string, schema: z.ZodType<T>, problems: string[]): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    problems.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${label}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    return undefined;
  }
  return parsed.data;
}

/**
 * Reads data/schedule-words/<lng>.json for every language and data/time-zones.json, validates them with
 * zod (failing with every problem listed) and compiles them for the reminder parser.
 */
export function loadScheduleWords(dataDir: string): ScheduleWords {
  const problems: string[] = [];
  const files: Partial<Record<Locale, ScheduleWordsFile>> = {};
  for (const lang of SUPPORTED_LOCALES) {
    const file = readJson(
      join(dataDir, "schedule-words", `${lang}.json`),
      `schedule-words/${lang}.json`,
      ScheduleWordsFileSchema,
      problems,
    );
    if (file) files[lang] = file;
  }
  const zones = readJson(join(dataDir, "time-zones.json"), "time-zones.json", TimeZonesFileSchema, problems);
  if (problems.length > 0 || !zones) throw new ScheduleWordsLoadError(problems);
  try {
    return compileScheduleWords(files, zones);
  } catch (error) {
    throw new ScheduleWordsLoadError([error instanceof Error ? error.message : String(error)]);
  }
}
