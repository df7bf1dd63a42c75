import { z } from "zod";
import { type PtimeValue, type TimelineEntry, type TimelinesFile, timelinesFileSchema } from "../knowledge/schema.js";
import { KEY_MAP } from "./key-map.js";

/**
 * IRCC's processing-times JSON (three files per snapshot) → the timelines file the knowledge base
 * reads. Pure: the same parsing and validation serve `npm run data:ptime` (files on disk) and the
 * running bot's scheduled refresh (files over HTTP), so both accept and refuse exactly the same data.
 */
export const PTIME_FILES = {
  country: "data-ptime-en.json",
  nonCountry: "data-ptime-non-country-en.json",
  countryNames: "data-country-name-en.json",
} as const;

export type PtimeFileId = keyof typeof PTIME_FILES;

// The key table is data of its own (key-map.ts); re-exported for scripts/data-ptime.ts.
export { KEY_MAP } from "./key-map.js";

/** Where IRCC publishes the files (cited as the source of every published time). */
export const PTIME_BASE_URL = "https://www.canada.ca/content/dam/ircc/documents/json/";
export const PTIME_SOURCES = [`${PTIME_BASE_URL}${PTIME_FILES.country}`, `${PTIME_BASE_URL}${PTIME_FILES.nonCountry}`];

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

export interface SnapshotValue {
  readonly value?: PtimeValue;
  readonly byCountry?: Record<string, PtimeValue>;
}

/** One snapshot, read and parsed: IRCC key → entry without its application mapping. */
export interface Snapshot {
  readonly asOf: string;
  readonly values: ReadonlyMap<string, SnapshotValue>;
  readonly countries: Readonly<Record<string, string>>;
}

/** The three files of one snapshot as text (undefined: the file is missing), each with a label for problems (path or URL). */
export type SnapshotTexts = Readonly<Record<PtimeFileId, { readonly label: string; readonly text: string | undefined }>>;

/** Parses JSON tolerating the UTF-8 byte-order mark IRCC puts in some files. */
function parseJson(file: { label: string; text: string | undefined }, problems: string[]): unknown {
  if (file.text === undefined) {
    problems.push(`${file.label}: missing`);
    return undefined;
  }
  try {
    return JSON.parse(file.text.replace(/^\uFEFF/, ""));
  } catch (error) {
    problems.push(`${file.label}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Parses one snapshot's three files; pushes every problem (file and key) instead of stopping at the first. */
export function parseSnapshot(files: SnapshotTexts, problems: string[]): Snapshot | null {
  const before = problems.length;
  const values = new Map<string, SnapshotValue>();
  const dates = new Set<string>();
  const nonCountryLabel = files.nonCountry.label;
  const nonCountry = stringRecord.safeParse(parseJson(files.nonCountry, problems));
  if (nonCountry.success) {
    for (const [group, fields] of Object.entries(nonCountry.data)) {
      const parsedFields = z.record(z.string(), z.string()).safeParse(fields);
      if (!parsedFields.success) {
        problems.push(`${nonCountryLabel}: ${group}: expected an object of strings`);
        continue;
      }
      if (group === "default-update") {
        const date = parseIrccDate(parsedFields.data.lastupdated ?? "");
        if (date) dates.add(date);
        else problems.push(`${nonCountryLabel}: default-update.lastupdated: unreadable date "${parsedFields.data.lastupdated ?? ""}"`);
        continue;
      }
      for (const [field, text] of Object.entries(parsedFields.data)) {
        const value = parsePtimeValue(text);
        if (value) values.set(`${group}.${field}`, { value });
        else problems.push(`${nonCountryLabel}: ${group}.${field}: unreadable value "${text}"`);
      }
    }
  } else if (problems.length === before) problems.push(`${nonCountryLabel}: expected a JSON object`);
  const countryLabel = files.country.label;
  const countryJson = parseJson(files.country, problems);
  const country = stringRecord.safeParse(countryJson);
  if (country.success) {
    for (const [key, perCountry] of Object.entries(country.data)) {
      const parsed = stringRecord.safeParse(perCountry);
      if (!parsed.success) {
        problems.push(`${countryLabel}: ${key}: expected an object keyed by country code`);
        continue;
      }
      const byCountry: Record<string, PtimeValue> = {};
      let split = false;
      for (const [code, raw] of Object.entries(parsed.data)) {
        if (code === "lastupdated") {
          const date = typeof raw === "string" ? parseIrccDate(raw) : null;
          if (date) dates.add(date);
          else problems.push(`${countryLabel}: ${key}.lastupdated: unreadable date`);
          continue;
        }
        if (typeof raw === "object" && raw !== null) {
          // {sponsor, refugee} pairs (privately sponsored refugees): valid, but they fit no application id.
          const pair = z.object({ sponsor: z.string(), refugee: z.string() }).safeParse(raw);
          if (!pair.success || !parsePtimeValue(pair.data.sponsor) || !parsePtimeValue(pair.data.refugee)) {
            problems.push(`${countryLabel}: ${key}.${code}: unreadable value ${JSON.stringify(raw)}`);
          }
          split = true;
          continue;
        }
        const value = typeof raw === "string" ? parsePtimeValue(raw) : null;
        if (!/^[A-Z]{2}$/.test(code)) problems.push(`${countryLabel}: ${key}.${code}: not an ISO country code`);
        else if (value) byCountry[code] = value;
        else problems.push(`${countryLabel}: ${key}.${code}: unreadable value ${JSON.stringify(raw)}`);
      }
      if (!split) values.set(key, { byCountry });
      else values.set(key, {});
    }
  } else if (countryJson !== undefined) problems.push(`${countryLabel}: expected a JSON object`);
  const names = countryNamesSchema.safeParse(parseJson(files.countryNames, problems));
  if (!names.success) problems.push(`${files.countryNames.label}: expected {"country-name": {code: name}}`);
  if (dates.size === 0) problems.push(`${nonCountryLabel}: no lastupdated date found`);
  if (dates.size > 1) problems.push(`${nonCountryLabel}: several lastupdated dates (${[...dates].join(", ")}); one snapshot per folder`);
  if (problems.length > before) return null;
  return { asOf: [...dates][0]!, values, countries: names.success ? names.data["country-name"] : {} };
}

/**
 * Published values of a snapshot that map to an application (a per-country line counts each
 * country): what the refresh compares to notice a file that lost most of its content.
 */
export function countSnapshotEntries(snapshot: Snapshot): number {
  let count = 0;
  for (const [key, entry] of snapshot.values) {
    if (!KEY_MAP[key]) continue;
    if (entry.value) count += 1;
    else if (entry.byCountry) count += Object.keys(entry.byCountry).length;
  }
  return count;
}

/** The same count for the entries of a timelines file that come from its newest snapshot. */
export function countCurrentEntries(file: TimelinesFile): number {
  const latest = file.snapshots.at(-1);
  let count = 0;
  for (const entry of file.entries) {
    if (entry.asOf !== latest) continue;
    count += entry.value ? 1 : Object.keys(entry.byCountry ?? {}).length;
  }
  return count;
}

function toEntry(key: string, asOf: string, entry: SnapshotValue): TimelineEntry | null {
  const mapping = KEY_MAP[key];
  if (!mapping || (entry.value === undefined && entry.byCountry === undefined)) return null;
  return {
    key,
    applications: [...mapping.applications],
    variant: mapping.variant ?? null,
    quebec: mapping.quebec ?? null,
    insideCanada: mapping.insideCanada ?? null,
    kind: key.endsWith("_flpt") ? "forward-looking" : "historical",
    asOf,
    ...(entry.value ? { value: entry.value } : { byCountry: entry.byCountry }),
  };
}

/**
 * Merges snapshots (any order) into a timelines file, on top of `base` when given: per key the newest
 * snapshot wins, keeping its own date, so a line IRCC dropped from a newer file survives with its
 * older as-of date (answers then say it is no longer in IRCC's latest data).
 */
export function buildTimelines(snapshots: readonly Snapshot[], checked: string, base?: TimelinesFile): TimelinesFile {
  const ordered = [...snapshots].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const entries = new Map<string, TimelineEntry>();
  const skipped = new Set<string>(base?.skipped ?? []);
  const countries: Record<string, string> = { ...(base?.countries ?? {}) };
  const dates = new Set<string>(base?.snapshots ?? []);
  for (const entry of base?.entries ?? []) entries.set(entry.key, entry);
  for (const snapshot of ordered) {
    dates.add(snapshot.asOf);
    for (const [key, value] of snapshot.values) {
      const previous = entries.get(key);
      if (previous && previous.asOf > snapshot.asOf) continue;
      const entry = toEntry(key, snapshot.asOf, value);
      if (entry) {
        entries.set(key, entry);
        skipped.delete(key);
      } else if (!entries.has(key)) skipped.add(key);
    }
    Object.assign(countries, snapshot.countries);
  }
  const sortedCountries = Object.fromEntries(Object.entries(countries).sort(([a], [b]) => a.localeCompare(b)));
  return timelinesFileSchema.parse({
    sources: base?.sources ?? PTIME_SOURCES,
    checked,
    snapshots: [...dates].sort(),
    entries: [...entries.values()].sort((a, b) => a.key.localeCompare(b.key)),
    countries: sortedCountries,
    skipped: [...skipped].sort(),
  });
}

/** IRCC keys the application map knows but the file has no entry for (each one a line the bot cannot answer from). */
export function missingKeys(file: TimelinesFile): string[] {
  const present = new Set(file.entries.map((e) => e.key));
  return Object.keys(KEY_MAP)
    .filter((key) => !present.has(key))
    .sort();
}

/** Mapped keys present in the file but absent from its newest snapshot (IRCC stopped publishing them). */
export function droppedKeys(file: TimelinesFile): string[] {
  const latest = file.snapshots.at(-1);
  return file.entries
    .filter((e) => e.asOf !== latest)
    .map((e) => e.key)
    .sort();
}
