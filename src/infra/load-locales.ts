import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { isLocale, type Locale } from "../core/i18n/locales.js";
import type { LocaleResources } from "../core/i18n/translator.js";

type Tree = { [key: string]: string | Tree };
const tree: z.ZodType<Tree> = z.lazy(() => z.record(z.string().regex(/^[A-Za-z0-9_-]+$/, "keys are camelCase letters, digits, _ or -"), z.union([z.string(), tree])));

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
      const parsed = tree.safeParse(json);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${path}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
        continue;
      }
      namespaces[file.slice(0, -".json".length)] = parsed.data;
    }
    resources[entry as Locale] = namespaces;
  }
  if (!resources.en) problems.push(`${dir}/en: missing; English is the reference catalogue`);
  if (problems.length > 0) throw new LocaleLoadError(problems);
  return resources;
}
