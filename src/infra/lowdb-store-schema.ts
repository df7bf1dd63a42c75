import { z } from "zod";
import { isLocale } from "../core/i18n/locales.js";
import type { UserRecord } from "../core/store/user-records.js";
import { APPLICATION_IDS, STATUS_IDS } from "../core/taxonomy.js";

/** Current on-disk format. Bump it with a migration below whenever the shape changes. */
export const STORE_SCHEMA_VERSION = 2;

const reminderSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,24}$/),
  userId: z.string().min(1).max(64),
  schedule: z.strictObject({
    unit: z.enum(["day", "week"]),
    every: z.number().int().min(1).max(365),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    zone: z.string().min(1).max(64),
    anchor: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
  application: z.enum(APPLICATION_IDS).nullable(),
  paused: z.enum(["user", "blocked"]).nullable(),
  nextDueAt: z.number().int(),
  snoozedUntil: z.number().int().nullable(),
  lastDeliveredKey: z.string().max(64).nullable(),
  createdAt: z.number().int(),
});

const logEntrySchema = z.strictObject({
  status: z.enum(STATUS_IDS),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  recordedAt: z.number().int(),
});

const userSchema = z.strictObject({
  profile: z.strictObject({
    language: z.string().refine(isLocale, "not a supported locale").optional(),
    timezone: z.string().min(1).max(64).optional(),
    blockedNotice: z.literal(true).optional(),
  }),
  reminders: z.array(reminderSchema).max(50),
  log: z.array(logEntrySchema).max(1000),
});

/**
 * The top level of the file; users are validated one by one with {@link userSchema} (strict objects:
 * an unknown field is an error, because the data policy says nothing else is stored — a field we did
 * not write means the file is not ours or was edited by hand). One user at a time keeps peak memory
 * at one copy of the data instead of two.
 */
const topSchema = z.strictObject({
  version: z.literal(STORE_SCHEMA_VERSION),
  users: z.record(z.string().min(1).max(64), z.unknown()),
});

/** v1 (the project skeleton): `{version: 1, users: {id: {language?}}}` — profiles only. */
const v1Schema = z.object({ version: z.literal(1), users: z.record(z.string(), z.object({ language: z.string().optional() })) });

/** Migrations from version N to N+1, applied in order on load. */
const MIGRATIONS: Readonly<Record<number, (data: unknown) => unknown>> = {
  1: (data) => {
    const v1 = v1Schema.parse(data);
    const users: Record<string, unknown> = {};
    for (const [id, profile] of Object.entries(v1.users)) {
      users[id] = { profile: profile.language ? { language: profile.language } : {}, reminders: [], log: [] };
    }
    return { version: 2, users };
  },
};

export type ParseOutcome =
  | { readonly kind: "ok"; readonly users: Map<string, UserRecord>; readonly migratedFrom: number | null }
  | { readonly kind: "corrupt"; readonly problems: readonly string[] }
  | { readonly kind: "newer"; readonly version: number };

/** Parses, migrates and validates the text of a store file; every problem is listed. */
export function parseStoreFile(text: string): ParseOutcome {
  const fast = parseLineLayout(text);
  if (fast) return fast;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: "corrupt", problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const head = z.object({ version: z.number().int().min(1) }).safeParse(json);
  if (!head.success) return { kind: "corrupt", problems: ['missing or invalid "version"'] };
  const version = head.data.version;
  if (version > STORE_SCHEMA_VERSION) return { kind: "newer", version };
  let data: unknown = json;
  try {
    for (let v = version; v < STORE_SCHEMA_VERSION; v++) {
      const migrate = MIGRATIONS[v];
      if (!migrate) return { kind: "corrupt", problems: [`no migration from version ${v}`] };
      data = migrate(data);
    }
  } catch (error) {
    return {
      kind: "corrupt",
      problems: [`migration from version ${version} failed: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const top = topSchema.safeParse(data);
  if (!top.success)
    return { kind: "corrupt", problems: top.error.issues.slice(0, 20).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
  // The parsed JSON itself (not zod's copy), so deleting from it really frees the raw records.
  const raw = (data as { users: Record<string, unknown> }).users;
  function* entries(): Generator<[string, unknown]> {
    for (const userId of Object.keys(raw)) {
      const value = raw[userId];
      delete raw[userId];
      yield [userId, value];
    }
  }
  return validateUsers(entries(), version === STORE_SCHEMA_VERSION ? null : version);
}

/** Validates users one by one (zod, strict) and checks reminder ownership and id uniqueness. */
function validateUsers(entries: Iterable<[string, unknown]>, migratedFrom: number | null): ParseOutcome {
  const users = new Map<string, UserRecord>();
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [userId, value] of entries) {
    if (userId.length === 0 || userId.length > 64) {
      if (problems.length < 20) problems.push(`users.${userId.slice(0, 70)}: invalid user id`);
      continue;
    }
    const parsed = userSchema.safeParse(value);
    if (!parsed.success) {
      for (const i of parsed.error.issues) if (problems.length < 20) problems.push(`users.${userId}.${i.path.join(".")}: ${i.message}`);
      continue;
    }
    for (const r of parsed.data.reminders) {
      if (r.userId !== userId && problems.length < 20)
        problems.push(`users.${userId}.reminders.${r.id}: reminder stored under another user`);
      if (seen.has(r.id) && problems.length < 20) problems.push(`users.${userId}.reminders.${r.id}: duplicate reminder id`);
      seen.add(r.id);
    }
    users.set(userId, parsed.data as UserRecord);
  }
  if (problems.length > 0) return { kind: "corrupt", problems };
  return { kind: "ok", users, migratedFrom };
}

const SNAPSHOT_HEAD = `{"version":${STORE_SCHEMA_VERSION},"users":{\n`;
const SNAPSHOT_TAIL = "\n}}\n";

/**
 * Serialises users the way {@link parseStoreFile} reads fastest: still one valid JSON document
 * (lowdb-compatible, readable by hand), but one user per line, so loading parses one small object at
 * a time instead of building the whole tree first (peak memory ≈ the text plus the live records).
 */
export function snapshotLayout(fragments: Iterable<string>): string {
  return `${SNAPSHOT_HEAD}${[...fragments].join(",\n")}${SNAPSHOT_TAIL}`;
}

/** Fast path for files in {@link snapshotLayout}; undefined when the text is laid out otherwise. */
function parseLineLayout(text: string): ParseOutcome | undefined {
  if (!text.startsWith(SNAPSHOT_HEAD) || !text.endsWith(SNAPSHOT_TAIL)) return undefined;
  const end = text.length - SNAPSHOT_TAIL.length;
  if (end === SNAPSHOT_HEAD.length) return { kind: "ok", users: new Map(), migratedFrom: null };
  let bad = false;
  // Walks the text with indexOf instead of split(): no second copy of every line in memory.
  function* entries(): Generator<[string, unknown]> {
    let start = SNAPSHOT_HEAD.length;
    while (start < end) {
      const next = text.indexOf(",\n", start);
      const stop = next < 0 || next > end ? end : next;
      let obj: Record<string, unknown>;
      try {
        obj = JSON.parse(`{${text.slice(start, stop)}}`) as Record<string, unknown>;
      } catch {
        bad = true;
        return;
      }
      const keys = Object.keys(obj);
      if (keys.length !== 1) {
        bad = true;
        return;
      }
      yield [keys[0] as string, obj[keys[0] as string]];
      start = stop + 2;
    }
  }
  const outcome = validateUsers(entries(), null);
  // A line that is not exactly one user (hand-edited file, a "," inside a value followed by a newline):
  // let the full parser decide.
  return bad ? undefined : outcome;
}

const journalLineSchema = z.strictObject({ u: z.string().min(1).max(64), r: userSchema.nullable() });

/**
 * One journal line: the whole new record of one user (`r`), or null when the user was deleted.
 * Whole records make replay idempotent: replaying a line the snapshot already contains is harmless.
 */
export function parseJournalLine(line: string): { userId: string; record: UserRecord | null } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = journalLineSchema.safeParse(json);
  if (!parsed.success) return undefined;
  for (const r of parsed.data.r?.reminders ?? []) if (r.userId !== parsed.data.u) return undefined;
  return { userId: parsed.data.u, record: parsed.data.r as UserRecord | null };
}
