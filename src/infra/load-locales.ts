import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { isLocale, type Locale } from "../core/i18n/locales.js";
import type { LocaleResources } from "../core/i18n/translator.js";

type Tree = { [key: string]: string | Tree };
const KEY = /^[A-Za-z0-9_-]+$/;

/**
 * Checks a catalogue's shape: nested objects whose leaves are strings, keys camelCase-ish. Hand-written
 * rather than a recursive zod schema because it runs over ~15,000 strings at every start and z.lazy's
 * per-node cost made start-up several hundred milliseconds slower; the file-level shape is still zod's.
 */
function treeProblems(node: unknown, path: string[], out: string[]): void {
  if (node === null || typeof node !== "object" || Array.isArray(node)) {
    out.push(`${path.join(".") || "(root)"}: expected an object of strings, got ${Array.isArray(node) ? "an array" : typeof node}`);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (!KEY.test(key)) out.push(`${[...path, key].join(".")}: keys are camelCase letters, digits, _ or -`);
    if (typeof value === "string") continue;
    treeProblems(value, [...path, key], out);
  }
}

const fileSchema = z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
  const problems: string[] = [];
  treeProblems(value, [], problems);
  for (const message of problems) ctx.addIssue({ code: "custom", message });
});

/** A locale file failed validation; lists every problem with its file and JSON path. */
export class LocaleLoadError extends Error {
  override readonly name = "LocaleLoadError";
  constructor(readonly problems: readonly string[]) {
    super(`locales: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/**
 * Reads `locales/<lng>/<ns>.json` for every supported locale folder, validating each file with zod
 * (nested objects of strings only). Folders that are not supported locales are reported, not loaded,
 * so a stray folder can never be served. Throws {@link LocaleLoadError} listing every problem.
 */
export function loadLocales(dir: string): LocaleResources {
  const problems: string[] = [];
  const resources: LocaleResources = {};
  for (const entry of readdirSync(dir).sort()) {
    const folder = join(dir, entry);
    if (!statSync(folder).isDirectory()) continue;
    if (!isLocale(entry)) {
      problems.push(`${folder}: not a supported locale; add it to SUPPORTED_LOCALES in src/core/i18n/locales.ts or remove it`);
      continue;
    }
    const namespaces: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith(".json")) continue;
      const path = join(folder, file);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, "utf8"));
      } catch (error) {
        problems.push(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
        continue;
      }
      const parsed = fileSchema.safeParse(json);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push(`${path}: ${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
        continue;
      }
      namespaces[file.slice(0, -".json".length)] = parsed.data as Tree;
    }
    resources[entry as Locale] = namespaces;
  }
  if (!resources.en) problems.push(`${dir}/en: missing; English is the reference catalogue`);
  if (problems.length > 0) throw new LocaleLoadError(problems);
  return resources;
}
