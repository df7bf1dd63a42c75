/**
 * Converts IRCC's processing-times JSON files into data/timelines.json, so an operator can refresh the
 * published times without touching code:
 *
 *     npm run data:ptime -- <folder> [<folder>…] [--out data/timelines.json] [--checked YYYY-MM-DD] [--allow-missing]
 *
 * A folder is either one snapshot (holding data-ptime-en.json, data-ptime-non-country-en.json and
 * data-country-name-en.json, as downloaded from canada.ca/content/dam/ircc/documents/json/) or a folder of
 * dated snapshot folders. Snapshots are merged per IRCC key, the newest `lastupdated` winning, and every
 * entry keeps its own as-of date: a line IRCC dropped from a newer file survives with its older date.
 * Parsing and validation are the running bot's (src/core/ptime/snapshot.ts). Nothing is dropped
 * silently: any value, date or file it cannot read fails the run listing every problem, and a mapped
 * IRCC line that no snapshot holds fails it too (naming each one) unless --allow-missing is given,
 * when each missing line is still named in the output.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { type TimelinesFile, timelinesFileSchema } from "../src/core/knowledge/schema.js";
import { buildTimelines, missingKeys, PTIME_FILES, parseSnapshot, type Snapshot, type SnapshotTexts } from "../src/core/ptime/snapshot.js";

export {
  buildTimelines,
  KEY_MAP,
  PTIME_FILES,
  PTIME_SOURCES,
  parseIrccDate,
  parsePtimeValue,
  type Snapshot,
} from "../src/core/ptime/snapshot.js";

const readText = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, "utf8") : undefined);

/** Parses one snapshot folder; pushes every problem (file and key) instead of stopping at the first. */
export function readSnapshot(folder: string, problems: string[]): Snapshot | null {
  const files = Object.fromEntries(
    Object.entries(PTIME_FILES).map(([id, name]) => {
      const path = join(folder, name);
      return [id, { label: path, text: readText(path) }];
    }),
  ) as unknown as SnapshotTexts;
  return parseSnapshot(files, problems);
}

/** Snapshot folders under `path`: itself when it holds any of the files, else its subfolders that do. */
export function findSnapshotFolders(path: string): string[] {
  const holdsFiles = (dir: string) => Object.values(PTIME_FILES).some((name) => existsSync(join(dir, name)));
  if (!existsSync(path)) return [];
  if (holdsFiles(path)) return [path];
  return readdirSync(path)
    .map((name) => join(path, name))
    .filter((child) => statSync(child).isDirectory() && holdsFiles(child))
    .sort();
}

export interface ConvertResult {
  readonly file: TimelinesFile;
  /** Lines the previous file had that the new one lacks (only non-empty with `allowMissing`). */
  readonly lost: readonly string[];
  /** Mapped IRCC keys that none of the snapshots holds (named in the output, never silently absent). */
  readonly missing: readonly string[];
}

export interface ConvertOptions {
  /** The file being replaced: every line it has must be in the new one, unless `allowMissing`. */
  readonly previous?: TimelinesFile;
  readonly allowMissing?: boolean;
}

/** Reads every snapshot under the given folders and builds the file; throws one error listing every problem. */
export function convertFolders(folders: readonly string[], checked: string, options: ConvertOptions = {}): TimelinesFile {
  return convert(folders, checked, options).file;
}

export function convert(folders: readonly string[], checked: string, options: ConvertOptions = {}): ConvertResult {
  const problems: string[] = [];
  const snapshots: Snapshot[] = [];
  const snapshotFolders = folders.flatMap((folder) => findSnapshotFolders(folder));
  if (snapshotFolders.length === 0)
    problems.push(`no snapshot folder (with ${Object.values(PTIME_FILES).join(", ")}) under ${folders.join(", ")}`);
  for (const folder of snapshotFolders) {
    const snapshot = readSnapshot(folder, problems);
    if (snapshot) snapshots.push(snapshot);
  }
  if (problems.length > 0) throw new Error(`data:ptime: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  const file = buildTimelines(snapshots, checked);
  const present = new Set(file.entries.map((e) => e.key));
  const lost = (options.previous?.entries ?? []).map((e) => e.key).filter((key) => !present.has(key));
  if (lost.length > 0 && !options.allowMissing) {
    throw new Error(
      `data:ptime: ${lost.length} line(s) of the current file are in none of the snapshots given, so writing would drop them:\n${lost.map((k) => `  - ${k}`).join("\n")}\n` +
        "Give the parent folder of the dated snapshots (an older snapshot keeps a line with its own date), " +
        "or --allow-missing to write the file without them.",
    );
  }
  return { file, lost, missing: missingKeys(file) };
}

/** The file about to be replaced, when it exists and is valid (otherwise there is nothing to lose). */
export function readPrevious(path: string): TimelinesFile | undefined {
  const text = readText(path);
  if (text === undefined) return undefined;
  try {
    const parsed = timelinesFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const argsSchema = z.object({
  folders: z.array(z.string()).min(1, "give at least one snapshot folder"),
  out: z.string(),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "--checked must be YYYY-MM-DD"),
  allowMissing: z.boolean(),
});

export function parseArgs(argv: readonly string[], today: string): z.infer<typeof argsSchema> {
  const folders: string[] = [];
  let out = "data/timelines.json";
  let checked = today;
  let allowMissing = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--out") out = argv[++i] ?? "";
    else if (arg === "--checked") checked = argv[++i] ?? "";
    else if (arg === "--allow-missing") allowMissing = true;
    else folders.push(arg);
  }
  return argsSchema.parse({ folders, out, checked, allowMissing });
}

function main(): void {
  try {
    const args = parseArgs(process.argv.slice(2), new Date().toISOString().slice(0, 10));
    const previous = readPrevious(args.out);
    const { file, lost, missing } = convert(
      args.folders.map((f) => resolve(f)),
      args.checked,
      { allowMissing: args.allowMissing, ...(previous ? { previous } : {}) },
    );
    writeFileSync(args.out, `${JSON.stringify(file, null, 2)}\n`);
    console.log(
      `data:ptime: wrote ${file.entries.length} entries from ${file.snapshots.join(", ")} to ${args.out}; skipped ${file.skipped.join(", ") || "none"}`,
    );
    if (lost.length > 0)
      console.log(
        `data:ptime: dropped ${lost.length} line(s) of the previous file (--allow-missing):\n${lost.map((k) => `  - ${k}`).join("\n")}`,
      );
    if (missing.length > 0)
      console.log(
        `data:ptime: ${missing.length} mapped IRCC line(s) in none of the snapshots (not written):\n${missing.map((k) => `  - ${k}`).join("\n")}`,
      );
  } catch (error) {
    console.error(error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
