import { z } from "zod";
import { isLocale, type Locale, SUPPORTED_LOCALES } from "../core/i18n/locales.js";
import { type Follow, MAX_FIGURE_CHARS, MAX_FOLLOWS_PER_USER } from "../core/store/follows.js";
import type { UserRecord } from "../core/store/user-records.js";
import type { Reminder, StatusLogEntry, UserProfile } from "../core/store/user-store.js";
import { APPLICATION_IDS, type ApplicationId, STATUS_IDS, type StatusId } from "../core/taxonomy.js";

/**
 * Current on-disk format. Bump it with a migration below whenever the shape changes.
 * v1: profiles only. v2: one object per user (`{profile, reminders, log}`), still what journal lines
 * hold. v3: one compact tuple per user ({@link encodeUserLine}): 44% of the bytes of v2, so loading
 * 100k reminders parses and validates within issue 5's 2 s start goal.
 */
export const STORE_SCHEMA_VERSION = 3;

// Field schemas, shared by the v2 object form (journal lines, old files) and the v3 tuple form so
// both accept exactly the same values.
const userIdField = z.string().min(1).max(64);
const reminderIdField = z.string().regex(/^[A-Za-z0-9_-]{1,24}$/);
const unitField = z.enum(["day", "week"]);
const everyField = z.number().int().min(1).max(365);
const timeField = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const zoneField = z.string().min(1).max(64);
const dayField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const applicationField = z.enum(APPLICATION_IDS).nullable();
const pausedField = z.enum(["user", "blocked"]).nullable();
const epochField = z.number().int();
const deliveredKeyField = z.string().max(64).nullable();
const languageField = z.string().refine(isLocale, "not a supported locale");
const statusField = z.enum(STATUS_IDS);

const reminderSchema = z.strictObject({
  id: reminderIdField,
  userId: userIdField,
  schedule: z.strictObject({ unit: unitField, every: everyField, time: timeField, zone: zoneField, anchor: dayField }),
  application: applicationField,
  paused: pausedField,
  nextDueAt: epochField,
  snoozedUntil: epochField.nullable(),
  lastDeliveredKey: deliveredKeyField,
  createdAt: epochField,
});

const logEntrySchema = z.strictObject({ status: statusField, date: dayField, recordedAt: epochField });
// Follows (processing-time change alerts) were added without a version bump: the field is optional in
// both forms, so every file written before it loads unchanged and a user without follows is stored
// exactly as before.
const countryField = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .nullable();
const figureField = z.string().max(MAX_FIGURE_CHARS);
const followSchema = z.strictObject({
  application: z.enum(APPLICATION_IDS),
  country: countryField,
  figure: figureField,
  createdAt: epochField,
});

const userSchema = z.strictObject({
  profile: z.strictObject({
    language: languageField.optional(),
    timezone: zoneField.optional(),
    blockedNotice: z.literal(true).optional(),
  }),
  reminders: z.array(reminderSchema).max(50),
  log: z.array(logEntrySchema).max(1000),
  follows: z.array(followSchema).max(MAX_FOLLOWS_PER_USER).optional(),
});

/** Names of the v3 tuple positions, so a problem reads `users.tg:1.reminders.0.zone`, not `…2.0.4`. */
const USER_FIELDS = ["userId", "profile", "reminders", "log", "follows"] as const;
const PROFILE_FIELDS = ["language", "timezone", "blockedNotice"] as const;
const REMINDER_FIELDS = [
  "id",
  "unit",
  "every",
  "time",
  "zone",
  "anchor",
  "application",
  "paused",
  "nextDueAt",
  "snoozedUntil",
  "lastDeliveredKey",
  "createdAt",
] as const;
const LOG_FIELDS = ["status", "date", "recordedAt"] as const;
const FOLLOW_FIELDS = ["application", "country", "figure", "createdAt"] as const;

/**
 * v3 user tuple: `[userId, [language, timezone, blockedNotice 0|1], [reminder…], [log entry…]]`, a
 * reminder being the fields of {@link REMINDER_FIELDS} in order (its userId is the owner's, so it
 * cannot be stored under another user) and a log entry those of {@link LOG_FIELDS}. Tuples are
 * strict: an extra element is an error, like an unknown field in v2 (the data policy says nothing
 * else is stored).
 */
const reminderTuple = z.tuple([
  reminderIdField,
  unitField,
  everyField,
  timeField,
  zoneField,
  dayField,
  applicationField,
  pausedField,
  epochField,
  epochField.nullable(),
  deliveredKeyField,
  epochField,
]);
const logTuple = z.tuple([statusField, dayField, epochField]);
const followTuple = z.tuple([z.enum(APPLICATION_IDS), countryField, figureField, epochField]);
/** The optional fifth element holds follows; it is written only when the user has some. */
const userTuple = z.tuple([
  userIdField,
  z.tuple([languageField.nullable(), zoneField.nullable(), z.union([z.literal(0), z.literal(1)])]),
  z.array(reminderTuple).max(50),
  z.array(logTuple).max(1000),
  z.array(followTuple).min(1).max(MAX_FOLLOWS_PER_USER).optional(),
]);
type ReminderTuple = z.infer<typeof reminderTuple>;

/**
 * The cheap zod check: one regex over a whole line as {@link encodeUserLine} writes it. It accepts
 * only lines that {@link userTuple} accepts too (a sufficient condition, never a necessary one):
 * free-text strings without JSON escapes, integers of at most 15 digits, the same enums and limits.
 * A line it does not match (hand-edited, escaped characters, or really invalid) gets the full tuple
 * schema, which decides and names every problem. Per user this is one regex run instead of ~30 zod
 * nodes: the tuple schema was about half of the start time at 100k reminders.
 */
const canonicalLine = (() => {
  const alt = (values: readonly string[]) => `(?:${values.map((v) => `"${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`).join("|")})`;
  const text = (min: number, max: number) => `"[^"\\\\\\u0000-\\u001f]{${min},${max}}"`;
  const int = "-?(?:0|[1-9]\\d{0,14})";
  const day = '"\\d{4}-\\d{2}-\\d{2}"';
  const reminder = [
    '"[A-Za-z0-9_-]{1,24}"',
    alt(["day", "week"]),
    "(?:[1-9]|[1-9]\\d|[12]\\d\\d|3[0-5]\\d|36[0-5])",
    '"(?:[01]\\d|2[0-3]):[0-5]\\d"',
    text(1, 64),
    day,
    `(?:${alt(APPLICATION_IDS)}|null)`,
    `(?:${alt(["user", "blocked"])}|null)`,
    int,
    `(?:${int}|null)`,
    `(?:${text(0, 64)}|null)`,
    int,
  ].join(",");
  const log = [alt(STATUS_IDS), day, int].join(",");
  const profile = [`(?:${alt(SUPPORTED_LOCALES)}|null)`, `(?:${text(1, 64)}|null)`, "[01]"].join(",");
  const list = (item: string, max: number) => `\\[(?:\\[${item}\\](?:,\\[${item}\\]){0,${max - 1}})?\\]`;
  return z.string().regex(new RegExp(`^\\[${text(1, 64)},\\[${profile}\\],${list(reminder, 50)},${list(log, 1000)}\\]$`));
})();
type UserTuple = z.infer<typeof userTuple>;

/** Top level of a v2 file; users are validated one by one with {@link userSchema}. */
const v2TopSchema = z.strictObject({
  version: z.literal(2),
  users: z.record(userIdField, z.unknown()),
});

/** Top level of a v3 file; users are validated one by one with {@link userTuple}. */
const v3TopSchema = z.strictObject({ version: z.literal(3), users: z.array(z.unknown()) });

/** v1 (the project skeleton): `{version: 1, users: {id: {language?}}}` — profiles only. */
const v1Schema = z.object({ version: z.literal(1), users: z.record(z.string(), z.object({ language: z.string().optional() })) });

/**
 * JSON-level migrations from version N to N+1, applied in order on load up to v2. v2 → v3 is not a
 * JSON rewrite: a v2 file is validated with the v2 schema (which can still see a reminder stored under
 * another user) and its records are written as v3 by the next snapshot.
 */
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
  | {
      readonly kind: "ok";
      readonly users: Map<string, UserRecord>;
      readonly migratedFrom: number | null;
      /** Each user's line as read, when the file is in the current layout: snapshots reuse it instead of re-serialising. */
      readonly lines: Map<string, string> | null;
    }
  | { readonly kind: "corrupt"; readonly problems: readonly string[] }
  | { readonly kind: "newer"; readonly version: number };

const MAX_PROBLEMS = 20;

/** Parses, migrates and validates the text of a store file; every problem is listed (up to 20). */
export function parseStoreFile(text: string): ParseOutcome {
  const fast = parseLineLayout(text) ?? parseV2LineLayout(text);
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
  if (version === STORE_SCHEMA_VERSION) {
    const top = v3TopSchema.safeParse(json);
    if (!top.success) return { kind: "corrupt", problems: topProblems(top.error) };
    // Hand-formatted: no reusable lines; the next snapshot rewrites it in the line layout.
    return validateTuples(
      (json as { users: unknown[] }).users.map((raw) => ({ raw, line: undefined })),
      null,
    );
  }
  let data: unknown = json;
  try {
    for (let v = version; v < 2; v++) {
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
  const top = v2TopSchema.safeParse(data);
  if (!top.success) return { kind: "corrupt", problems: topProblems(top.error) };
  // The parsed JSON itself (not zod's copy), so deleting from it really frees the raw records.
  const raw = (data as { users: Record<string, unknown> }).users;
  function* entries(): Generator<[string, unknown]> {
    for (const userId of Object.keys(raw)) {
      const value = raw[userId];
      delete raw[userId];
      yield [userId, value];
    }
  }
  return validateV2Users(entries(), version);
}

const topProblems = (error: z.ZodError): string[] =>
  error.issues.slice(0, MAX_PROBLEMS).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);

/** Validates v2 users one by one (zod, strict) and checks reminder ownership and id uniqueness. */
function validateV2Users(entries: Iterable<[string, unknown]>, migratedFrom: number): ParseOutcome {
  const users = new Map<string, UserRecord>();
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [userId, value] of entries) {
    if (userId.length === 0 || userId.length > 64) {
      if (problems.length < MAX_PROBLEMS) problems.push(`users.${userId.slice(0, 70)}: invalid user id`);
      continue;
    }
    const parsed = userSchema.safeParse(value);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        if (problems.length < MAX_PROBLEMS) problems.push(`users.${userId}.${i.path.join(".")}: ${i.message}`);
      continue;
    }
    for (const r of parsed.data.reminders) {
      if (r.userId !== userId && problems.length < MAX_PROBLEMS)
        problems.push(`users.${userId}.reminders.${r.id}: reminder stored under another user`);
      if (seen.has(r.id) && problems.length < MAX_PROBLEMS) problems.push(`users.${userId}.reminders.${r.id}: duplicate reminder id`);
      seen.add(r.id);
    }
    users.set(userId, parsed.data as UserRecord);
  }
  if (problems.length > 0) return { kind: "corrupt", problems };
  return { kind: "ok", users, migratedFrom, lines: null };
}

/** `users.<id>.reminders.0.zone` for an issue at tuple path `[2, 0, 4]`. */
function describeTuplePath(userLabel: string, path: readonly PropertyKey[]): string {
  const [top, index, field] = path;
  const parts = [`users.${userLabel}`];
  if (typeof top === "number") {
    const name = USER_FIELDS[top] ?? String(top);
    parts.push(name);
    if (name === "profile" && typeof index === "number") parts.push(PROFILE_FIELDS[index] ?? String(index));
    else if (index !== undefined) {
      parts.push(String(index));
      const names: readonly string[] =
        name === "reminders" ? REMINDER_FIELDS : name === "log" ? LOG_FIELDS : name === "follows" ? FOLLOW_FIELDS : [];
      if (typeof field === "number") parts.push(names[field] ?? String(field));
    }
  }
  return parts.join(".");
}

/**
 * Validates v3 user tuples one at a time (zod; the raw JSON becomes garbage right after) and builds
 * the in-memory records. Checks user-id and reminder-id uniqueness, which the tuple shape cannot.
 */
function validateTuples(entries: Iterable<{ raw: unknown; line: string | undefined }>, migratedFrom: number | null): ParseOutcome {
  const users = new Map<string, UserRecord>();
  const lines = new Map<string, string>();
  const problems: string[] = [];
  const seen = new Set<string>();
  const intern = createInterner();
  let position = 0;
  for (const { raw, line } of entries) {
    position += 1;
    const parsed = line !== undefined && canonicalLine.safeParse(line).success ? { success: true as const } : userTuple.safeParse(raw);
    if (!parsed.success) {
      const label = Array.isArray(raw) && typeof raw[0] === "string" ? raw[0].slice(0, 70) : `#${position}`;
      for (const i of parsed.error.issues)
        if (problems.length < MAX_PROBLEMS) problems.push(`${describeTuplePath(label, i.path)}: ${i.message}`);
      continue;
    }
    // zod's output is a copy; decoding the validated input instead lets the copy go at once.
    const tuple = raw as UserTuple;
    const userId = tuple[0];
    if (users.has(userId)) {
      if (problems.length < MAX_PROBLEMS) problems.push(`users.${userId}: duplicate user`);
      continue;
    }
    for (const r of tuple[2]) {
      if (seen.has(r[0]) && problems.length < MAX_PROBLEMS) problems.push(`users.${userId}.reminders.${r[0]}: duplicate reminder id`);
      seen.add(r[0]);
    }
    if (problems.length > 0) continue; // the file is corrupt: no point building records
    users.set(userId, decodeUser(tuple, intern));
    if (line !== undefined) lines.set(userId, line);
  }
  if (problems.length > 0) return { kind: "corrupt", problems };
  return { kind: "ok", users, migratedFrom, lines: migratedFrom === null && lines.size === users.size ? lines : null };
}

/**
 * Shares one string per distinct value of fields that repeat across users (zone, time, dates,
 * language): JSON.parse allocates each occurrence separately, 100k copies of "America/Toronto".
 */
function createInterner(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
  };
}

function decodeUser(tuple: UserTuple, intern: (value: string) => string): UserRecord {
  const [userId, [language, timezone, blocked], reminders, log, follows] = tuple;
  const profile: { language?: Locale; timezone?: string; blockedNotice?: boolean } = {};
  if (language !== null) profile.language = intern(language) as Locale;
  if (timezone !== null) profile.timezone = intern(timezone);
  if (blocked === 1) profile.blockedNotice = true;
  return {
    profile: profile as UserProfile,
    reminders: reminders.map((r) => decodeReminder(userId, r, intern)),
    log: log.map((e): StatusLogEntry => ({ status: intern(e[0]) as StatusId, date: intern(e[1]), recordedAt: e[2] })),
    ...(follows && follows.length > 0
      ? { follows: follows.map((f): Follow => ({ application: f[0] as ApplicationId, country: f[1], figure: f[2], createdAt: f[3] })) }
      : {}),
  };
}

function decodeReminder(userId: string, r: ReminderTuple, intern: (value: string) => string): Reminder {
  // Property order as everywhere else a Reminder is built, so all share one hidden class.
  return {
    id: r[0],
    userId,
    schedule: { unit: r[1], every: r[2], time: intern(r[3]), zone: intern(r[4]), anchor: intern(r[5]) },
    application: r[6] as ApplicationId | null,
    paused: r[7],
    nextDueAt: r[8],
    snoozedUntil: r[9],
    lastDeliveredKey: r[10],
    createdAt: r[11],
  };
}

/** One user's line of the v3 snapshot: the tuple described at {@link userTuple}, as JSON. */
export function encodeUserLine(userId: string, record: UserRecord): string {
  const { profile } = record;
  const tuple: UserTuple = [
    userId,
    [profile.language ?? null, profile.timezone ?? null, profile.blockedNotice ? 1 : 0],
    record.reminders.map(
      (r): ReminderTuple => [
        r.id,
        r.schedule.unit,
        r.schedule.every,
        r.schedule.time,
        r.schedule.zone,
        r.schedule.anchor,
        r.application,
        r.paused,
        r.nextDueAt,
        r.snoozedUntil,
        r.lastDeliveredKey,
        r.createdAt,
      ],
    ),
    record.log.map((e) => [e.status, e.date, e.recordedAt]),
  ];
  if (record.follows && record.follows.length > 0) tuple.push(record.follows.map((f) => [f.application, f.country, f.figure, f.createdAt]));
  return JSON.stringify(tuple);
}

const SNAPSHOT_HEAD = `{"version":${STORE_SCHEMA_VERSION},"users":[\n`;
const SNAPSHOT_TAIL = "\n]}\n";

/**
 * Serialises user lines ({@link encodeUserLine}) the way {@link parseStoreFile} reads fastest: still
 * one valid JSON document (lowdb-compatible), but one user per line, so loading parses one small
 * array at a time instead of building the whole tree first.
 */
export function snapshotLayout(lines: Iterable<string>): string {
  return [...snapshotChunks(lines)].join("");
}

/**
 * {@link snapshotLayout} in pieces of about `chunkChars` characters, so the store can write a 15 MB
 * snapshot without ever holding it (and its Buffer) whole.
 */
export function* snapshotChunks(lines: Iterable<string>, chunkChars = 1 << 20): Generator<string> {
  let batch: string[] = [SNAPSHOT_HEAD];
  let size = 0;
  let first = true;
  for (const line of lines) {
    if (!first) batch.push(",\n");
    first = false;
    batch.push(line);
    size += line.length + 2;
    if (size >= chunkChars) {
      yield batch.join("");
      batch = [];
      size = 0;
    }
  }
  batch.push(SNAPSHOT_TAIL);
  yield batch.join("");
}

/** Fast path for files in {@link snapshotLayout}; undefined when the text is laid out otherwise. */
function parseLineLayout(text: string): ParseOutcome | undefined {
  if (!text.startsWith(SNAPSHOT_HEAD) || !text.endsWith(SNAPSHOT_TAIL)) return undefined;
  const end = text.length - SNAPSHOT_TAIL.length;
  if (end <= SNAPSHOT_HEAD.length) return { kind: "ok", users: new Map(), migratedFrom: null, lines: new Map() };
  let bad = false;
  // Walks the text with indexOf instead of split(). A raw newline cannot occur inside a JSON string,
  // so ",\n" only ever separates lines; each line is a JSON value on its own (no wrapping copy).
  function* entries(): Generator<{ raw: unknown; line: string }> {
    let start = SNAPSHOT_HEAD.length;
    while (start < end) {
      const next = text.indexOf(",\n", start);
      const stop = next < 0 || next > end ? end : next;
      const line = text.slice(start, stop);
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        bad = true;
        return;
      }
      if (!Array.isArray(raw)) {
        bad = true;
        return;
      }
      yield { raw, line };
      start = stop + 2;
    }
  }
  const outcome = validateTuples(entries(), null);
  // A line that is not exactly one user (hand-edited file): let the full parser decide.
  return bad ? undefined : outcome;
}

const V2_HEAD = '{"version":2,"users":{\n';
const V2_TAIL = "\n}}\n";

/** Fast path for v2 files as v2 snapshots laid them out (one `"id":{…}` per line), so big stores migrate quickly. */
function parseV2LineLayout(text: string): ParseOutcome | undefined {
  if (!text.startsWith(V2_HEAD) || !text.endsWith(V2_TAIL)) return undefined;
  const end = text.length - V2_TAIL.length;
  if (end === V2_HEAD.length) return { kind: "ok", users: new Map(), migratedFrom: 2, lines: null };
  let bad = false;
  function* entries(): Generator<[string, unknown]> {
    let start = V2_HEAD.length;
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
  const outcome = validateV2Users(entries(), 2);
  return bad ? undefined : outcome;
}

const journalLineSchema = z.strictObject({ u: userIdField, r: userSchema.nullable() });

/**
 * One journal line: the whole new record of one user (`r`, v2 object form), or null when the user
 * was deleted. Whole records make replay idempotent: replaying a line the snapshot already contains
 * is harmless. Journals stay small (rotated at every snapshot), so the readable form costs little.
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
