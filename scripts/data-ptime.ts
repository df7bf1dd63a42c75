/**
 * Converts IRCC's processing-times JSON files into data/timelines.json, so an operator can refresh the
 * published times without touching code:
 *
 *     npm run data:ptime -- <folder> [<folder>…] [--out data/timelines.json] [--checked YYYY-MM-DD]
 *
 * A folder is either one snapshot (holding data-ptime-en.json, data-ptime-non-country-en.json and
 * data-country-name-en.json, as downloaded from canada.ca/content/dam/ircc/documents/json/) or a folder of
 * dated snapshot folders. Snapshots are merged per IRCC key, the newest `lastupdated` winning, and every
 * entry keeps its own as-of date: a line IRCC dropped from a newer file survives with its older date.
 * Any value or date it cannot read fails the run, listing every problem.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { type PtimeValue, type TimelineEntry, type TimelinesFile, timelinesFileSchema } from "../src/core/knowledge/schema.js";
import type { ApplicationId } from "../src/core/taxonomy.js";

export const PTIME_FILES = {
  country: "data-ptime-en.json",
  nonCountry: "data-ptime-non-country-en.json",
  countryNames: "data-country-name-en.json",
} as const;

/** Where IRCC publishes the files (cited as the source of every published time). */
export const PTIME_SOURCES = [
  "https://www.canada.ca/content/dam/ircc/documents/json/data-ptime-en.json",
  "https://www.canada.ca/content/dam/ircc/documents/json/data-ptime-non-country-en.json",
];

interface KeyMapping {
  readonly applications: readonly ApplicationId[];
  readonly variant?: string;
  readonly quebec?: boolean;
  readonly insideCanada?: boolean;
}

/**
 * IRCC key → application ids. Non-country keys are "<group>.<field>"; country keys are the top-level key.
 * Keys that fit no application id (resettled refugees, empty groups) are reported as skipped, not guessed.
 */
export const KEY_MAP: Readonly<Record<string, KeyMapping>> = {
  "visitor-outside-canada": { applications: ["visitor-visa"], insideCanada: false },
  supervisa: { applications: ["visitor-visa"], variant: "superVisa", insideCanada: false },
  study: { applications: ["study-permit"], insideCanada: false },
  work: { applications: ["work-permit"], insideCanada: false },
  child_dependent: { applications: ["sponsorship-dependent-child"], insideCanada: false },
  child_adopted: { applications: ["sponsorship-dependent-child"], variant: "adoptedChild", insideCanada: false },
  "visitor_inside_canada.visitor_inside_canada": { applications: ["visitor-record"], variant: "visitorRecord", insideCanada: true },
  "visitor_extension.visitor_extension": { applications: ["visitor-record"], variant: "visitorExtension", insideCanada: true },
  "study_extension.study_extension": { applications: ["study-permit-extension"], insideCanada: true },
  "work_extension.work_extension": { applications: ["work-permit-extension"], insideCanada: true },
  "iec.iec": { applications: ["work-permit"], variant: "iec" },
  "eta.eta": { applications: ["eta"] },
  "quebec_business.quebec_business": { applications: ["pr-quebec-federal"], variant: "quebecBusiness", quebec: true },
  "self_employed_federal.self_employed_federal": { applications: ["pr-economic-other"], variant: "selfEmployed" },
  "fed_skilled_trades.skilled_trades_ee": { applications: ["pr-express-entry"], variant: "fst" },
  "startup_back.startup_back": { applications: ["pr-economic-other"], variant: "startUpVisa" },
  "refugees_protected.refugees_protected_roc": { applications: ["pr-protected-person"], quebec: false },
  "refugees_protected.refugees_protected_qc": { applications: ["pr-protected-person"], quebec: true },
  "humanitarian_compassionate.humanitarian_compassionate_roc": { applications: ["pr-humanitarian"], quebec: false },
  "humanitarian_compassionate.humanitarian_compassionate_qc": { applications: ["pr-humanitarian"], quebec: true },
  "citizenship.cit_resumption": { applications: ["citizenship-resumption"] },
  "citizenship.cit_renunciation": { applications: ["citizenship-renunciation"] },
  "citizenship.cit_search": { applications: ["citizenship-search"] },
  "citizenship.cit_adoption_part1": { applications: ["citizenship-adoption"] },
  "citizenship.grant_after2015": { applications: ["citizenship-grant-adult", "citizenship-grant-minor"] },
  "citizenship.cit_cert": { applications: ["citizenship-certificate"] },
  "pr_card.new_pr": { applications: ["pr-card-new"] },
  "pr_card.existing_pr": { applications: ["pr-card-renewal"] },
  "rep_documents.vos": { applications: ["verification-of-status"] },
  "rep_documents.replacement": { applications: ["document-replacement"] },
  "rep_documents.amend_imm": { applications: ["document-amendment"], variant: "amendImmigration" },
  "rep_documents.amend_tr": { applications: ["document-amendment"], variant: "amendTemporary" },
  "sawp.sawp_current": { applications: ["work-permit"], variant: "sawp" },
  "dependents_protected_persons.dependents_protected_persons": { applications: ["pr-protected-person"], variant: "protectedDependants" },
  "atlantic-immigration-program.atlantic-immigration-program": { applications: ["pr-economic-other"], variant: "atlantic" },
  "cec_flpt.cec_flpt": { applications: ["pr-express-entry"], variant: "cec" },
  "pnp_ee_flpt.pnp_ee_flpt": { applications: ["pr-express-entry"], variant: "pnpEe" },
  "fsw_ee_flpt.fsw_ee_flpt": { applications: ["pr-express-entry"], variant: "fsw" },
  "pnp_flpt.pnp_flpt": { applications: ["pr-pnp"] },
  "skilled_workers_qc_flpt.skilled_workers_qc_flpt": { applications: ["pr-quebec-federal"], variant: "quebecSkilled", quebec: true },
  "cit_grant_flpt.cit_grant_flpt": { applications: ["citizenship-grant-adult", "citizenship-grant-minor"] },
  "cit_proof_flpt.cit_proof_flpt": { applications: ["citizenship-certificate"] },
  "spousal_canada_qc_flpt.spousal_canada_qc_flpt": { applications: ["sponsorship-spouse"], quebec: true, insideCanada: true },
  "spousal_canada_roc_flpt.spousal_canada_roc_flpt": { applications: ["sponsorship-spouse"], quebec: false, insideCanada: true },
  "spousal_outside_qc_flpt.spousal_outside_qc_flpt": { applications: ["sponsorship-spouse"], quebec: true, insideCanada: false },
  "spousal_outside_roc_flpt.spousal_outside_roc_flpt": { applications: ["sponsorship-spouse"], quebec: false, insideCanada: false },
  "pgp_qc_flpt.pgp_qc_flpt": { applications: ["sponsorship-parents"], quebec: true },
  "pgp_roc_flpt.pgp_roc_flpt": { applications: ["sponsorship-parents"], quebec: false },
};

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "June 24, 2026" → "2026-06-24"; null when it is not a date in that form. */
export function parseIrccDate(text: string): string | null {
  const match = /^\s*([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf(match[1]!.toLowerCase());
  const day = Number(match[2]);
  if (month < 0 || day < 1 || day > 31) return null;
  const iso = `${match[3]}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : null;
}

const VALUE = /^\s*(?:Part\s+(\d+):\s*)?(\d+(?:\.\d+)?)\s+(minute|hour|day|week|month)s?\s*$/i;

/** "22 days", "1 week", "Part 1: 5 months", "Not enough data", "No processing time available" → value; null if unreadable. */
export function parsePtimeValue(text: string): PtimeValue | null {
  const trimmed = text.trim();
  if (/^not enough data$/i.test(trimmed)) return { noData: "not-enough-data" };
  if (/^no processing time available$/i.test(trimmed)) return { noData: "not-available" };
  const match = VALUE.exec(trimmed);
  if (!match) return null;
  const unit = match[3]!.toLowerCase() as "minute" | "hour" | "day" | "week" | "month";
  const value: PtimeValue = { amount: Number(match[2]), unit };
  return match[1] ? { ...value, part: Number(match[1]) } : value;
}

const stringRecord = z.record(z.string(), z.unknown());
const countryNamesSchema = z.object({ "country-name": z.record(z.string(), z.string()) });

/** One snapshot, read and parsed: IRCC key → entry without its application mapping. */
export interface Snapshot {
  readonly asOf: string;
  readonly values: ReadonlyMap<string, { value?: PtimeValue; byCountry?: Record<string, PtimeValue> }>;
  readonly countries: Readonly<Record<string, string>>;
}

/** Reads JSON tolerating the UTF-8 byte-order mark IRCC puts in some files. */
function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Parses one snapshot folder; pushes every problem (file and key) instead of stopping at the first. */
export function readSnapshot(folder: string, problems: string[]): Snapshot | null {
  const before = problems.length;
  const values = new Map<string, { value?: PtimeValue; byCountry?: Record<string, PtimeValue> }>();
  const dates = new Set<string>();
  const nonCountryPath = join(folder, PTIME_FILES.nonCountry);
  const nonCountry = stringRecord.safeParse(readJson(nonCountryPath, problems));
  if (nonCountry.success) {
    for (const [group, fields] of Object.entries(nonCountry.data)) {
      const parsedFields = z.record(z.string(), z.string()).safeParse(fields);
      if (!parsedFields.success) {
        problems.push(`${nonCountryPath}: ${group}: expected an object of strings`);
        continue;
      }
      if (group === "default-update") {
        const date = parseIrccDate(parsedFields.data.lastupdated ?? "");
        if (date) dates.add(date);
        else problems.push(`${nonCountryPath}: default-update.lastupdated: unreadable date "${parsedFields.data.lastupdated ?? ""}"`);
        continue;
      }
      for (const [field, text] of Object.entries(parsedFields.data)) {
        const value = parsePtimeValue(text);
        if (value) values.set(`${group}.${field}`, { value });
        else problems.push(`${nonCountryPath}: ${group}.${field}: unreadable value "${text}"`);
      }
    }
  }
  const countryPath = join(folder, PTIME_FILES.country);
  const country = stringRecord.safeParse(readJson(countryPath, problems));
  if (country.success) {
    for (const [key, perCountry] of Object.entries(country.data)) {
      const parsed = stringRecord.safeParse(perCountry);
      if (!parsed.success) {
        problems.push(`${countryPath}: ${key}: expected an object keyed by country code`);
        continue;
      }
      const byCountry: Record<string, PtimeValue> = {};
      let split = false;
      for (const [code, raw] of Object.entries(parsed.data)) {
        if (code === "lastupdated") {
          const date = typeof raw === "string" ? parseIrccDate(raw) : null;
          if (date) dates.add(date);
          else problems.push(`${countryPath}: ${key}.lastupdated: unreadable date`);
          continue;
        }
        if (typeof raw === "object" && raw !== null) {
          // {sponsor, refugee} pairs (privately sponsored refugees): valid, but they fit no application id.
          const pair = z.object({ sponsor: z.string(), refugee: z.string() }).safeParse(raw);
          if (!pair.success || !parsePtimeValue(pair.data.sponsor) || !parsePtimeValue(pair.data.refugee)) {
            problems.push(`${countryPath}: ${key}.${code}: unreadable value ${JSON.stringify(raw)}`);
          }
          split = true;
          continue;
        }
        const value = typeof raw === "string" ? parsePtimeValue(raw) : null;
        if (!/^[A-Z]{2}$/.test(code)) problems.push(`${countryPath}: ${key}.${code}: not an ISO country code`);
        else if (value) byCountry[code] = value;
        else problems.push(`${countryPath}: ${key}.${code}: unreadable value ${JSON.stringify(raw)}`);
      }
      if (!split) values.set(key, { byCountry });
      else values.set(key, {});
    }
  }
  const namesPath = join(folder, PTIME_FILES.countryNames);
  const names = countryNamesSchema.safeParse(readJson(namesPath, problems));
  if (!names.success) problems.push(`${namesPath}: expected {"country-name": {code: name}}`);
  if (dates.size === 0) problems.push(`${folder}: no lastupdated date found`);
  if (dates.size > 1) problems.push(`${folder}: several lastupdated dates (${[...dates].join(", ")}); one snapshot per folder`);
  if (problems.length > before) return null;
  return { asOf: [...dates][0]!, values, countries: names.success ? names.data["country-name"] : {} };
}

/** Snapshot folders under `path`: itself when it holds the files, else its subfolders that do. */
export function findSnapshotFolders(path: string): string[] {
  if (existsSync(join(path, PTIME_FILES.nonCountry))) return [path];
  return readdirSync(path)
    .map((name) => join(path, name))
    .filter((child) => statSync(child).isDirectory() && existsSync(join(child, PTIME_FILES.nonCountry)))
    .sort();
}

/** Merges snapshots (any order) into the timelines file: per key the newest snapshot wins, keeping its own date. */
export function buildTimelines(snapshots: readonly Snapshot[], checked: string): TimelinesFile {
  const ordered = [...snapshots].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const latest = new Map<string, { asOf: string; value?: PtimeValue; byCountry?: Record<string, PtimeValue> }>();
  const countries: Record<string, string> = {};
  for (const snapshot of ordered) {
    for (const [key, entry] of snapshot.values) latest.set(key, { asOf: snapshot.asOf, ...entry });
    Object.assign(countries, snapshot.countries);
  }
  const entries: TimelineEntry[] = [];
  const skipped: string[] = [];
  for (const [key, entry] of [...latest].sort(([a], [b]) => a.localeCompare(b))) {
    const mapping = KEY_MAP[key];
    if (!mapping || (entry.value === undefined && entry.byCountry === undefined)) {
      skipped.push(key);
      continue;
    }
    entries.push({
      key,
      applications: [...mapping.applications],
      variant: mapping.variant ?? null,
      quebec: mapping.quebec ?? null,
      insideCanada: mapping.insideCanada ?? null,
      kind: key.endsWith("_flpt") ? "forward-looking" : "historical",
      asOf: entry.asOf,
      ...(entry.value ? { value: entry.value } : { byCountry: entry.byCountry }),
    });
  }
  const sortedCountries = Object.fromEntries(Object.entries(countries).sort(([a], [b]) => a.localeCompare(b)));
  return timelinesFileSchema.parse({
    sources: PTIME_SOURCES,
    checked,
    snapshots: ordered.map((s) => s.asOf),
    entries,
    countries: sortedCountries,
    skipped,
  });
}

/** Reads every snapshot under the given folders and builds the file; throws one error listing every problem. */
export function convertFolders(folders: readonly string[], checked: string): TimelinesFile {
  const problems: string[] = [];
  const snapshots: Snapshot[] = [];
  const snapshotFolders = folders.flatMap((folder) => findSnapshotFolders(folder));
  if (snapshotFolders.length === 0) problems.push(`no snapshot folder (with ${PTIME_FILES.nonCountry}) under ${folders.join(", ")}`);
  for (const folder of snapshotFolders) {
    const snapshot = readSnapshot(folder, problems);
    if (snapshot) snapshots.push(snapshot);
  }
  if (problems.length > 0) throw new Error(`data:ptime: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return buildTimelines(snapshots, checked);
}

const argsSchema = z.object({
  folders: z.array(z.string()).min(1, "give at least one snapshot folder"),
  out: z.string(),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "--checked must be YYYY-MM-DD"),
});

export function parseArgs(argv: readonly string[], today: string): z.infer<typeof argsSchema> {
  const folders: string[] = [];
  let out = "data/timelines.json";
  let checked = today;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--out") out = argv[++i] ?? "";
    else if (arg === "--checked") checked = argv[++i] ?? "";
    else folders.push(arg);
  }
  return argsSchema.parse({ folders, out, checked });
}

function main(): void {
  try {
    const args = parseArgs(process.argv.slice(2), new Date().toISOString().slice(0, 10));
    const file = convertFolders(
      args.folders.map((f) => resolve(f)),
      args.checked,
    );
    writeFileSync(args.out, `${JSON.stringify(file, null, 2)}\n`);
    console.log(
      `data:ptime: wrote ${file.entries.length} entries from ${file.snapshots.join(", ")} to ${args.out}; skipped ${file.skipped.join(", ") || "none"}`,
    );
  } catch (error) {
    console.error(error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
