import { z } from "zod";
import { isLocale, SUPPORTED_LOCALES } from "../../core/i18n/locales.js";
import { MAX_FIGURE_CHARS, MAX_FOLLOWS_PER_USER } from "../../core/store/follows.js";
import { APPLICATION_IDS, STATUS_IDS } from "../../core/taxonomy.js";

/**
 * Current on-disk format. Bump it with a migration (migrations.ts) whenever the shape changes.
 * v1: profiles only. v2: one object per user (`{profile, reminders, log}`), still what journal lines
 * hold. v3: one compact tuple per user (record-codec.ts): 44% of the bytes of v2.
 */
export const STORE_SCHEMA_VERSION = 3;

// Field schemas, shared by the v2 object form (journal lines, old files) and the v3 tuple form so
// both accept exactly the same values.
export const userIdField = z.string().min(1).max(64);
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

export const MAX_REMINDERS_ON_DISK = 50;
export const MAX_LOG_ON_DISK = 1000;
export const MAX_FOLLOWS_ON_DISK = MAX_FOLLOWS_PER_USER;

// ---- v2 object form (journal lines and v2 files) ----
export const reminderSchema = z.strictObject({
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
export const logEntrySchema = z.strictObject({ status: statusField, date: dayField, recordedAt: epochField });
// Follows (processing-time change alerts) were added without a version bump: the field is optional in
// both forms, so every file written before it loads unchanged and a user without follows is stored
// exactly as before.
const countryField = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .nullable();
const figureField = z.string().max(MAX_FIGURE_CHARS);
export const followSchema = z.strictObject({
  application: z.enum(APPLICATION_IDS),
  country: countryField,
  figure: figureField,
  createdAt: epochField,
});
export const profileSchema = z.strictObject({
  language: languageField.optional(),
  timezone: zoneField.optional(),
  blockedNotice: z.literal(true).optional(),
});
export const userSchema = z.strictObject({
  profile: profileSchema,
  reminders: z.array(reminderSchema).max(MAX_REMINDERS_ON_DISK),
  log: z.array(logEntrySchema).max(MAX_LOG_ON_DISK),
  follows: z.array(followSchema).max(MAX_FOLLOWS_ON_DISK).optional(),
});

/** One journal line: a user's whole new record (v2 object form), or null when the user was deleted. */
export const journalLineSchema = z.strictObject({ u: userIdField, r: userSchema.nullable() });

// ---- v3 tuple form (snapshots) ----
/** Names of the v3 tuple positions, so a problem reads `reminders.0.zone`, not `2.0.4`. */
export const USER_FIELDS = ["userId", "profile", "reminders", "log", "follows"] as const;
export const PROFILE_FIELDS = ["language", "timezone", "blockedNotice"] as const;
export const REMINDER_FIELDS = [
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
export const LOG_FIELDS = ["status", "date", "recordedAt"] as const;
export const FOLLOW_FIELDS = ["application", "country", "figure", "createdAt"] as const;

/**
 * v3 user tuple: `[userId, [language, timezone, blockedNotice 0|1], [reminder…], [log entry…]]`, a
 * reminder being the fields of {@link REMINDER_FIELDS} in order (its userId is the owner's, so it
 * cannot be stored under another user) and a log entry those of {@link LOG_FIELDS}. Tuples are
 * strict: an extra element is an error, like an unknown field in v2 (the data policy says nothing
 * else is stored).
 */
export const reminderTuple = z.tuple([
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
export const logTuple = z.tuple([statusField, dayField, epochField]);
export const followTuple = z.tuple([z.enum(APPLICATION_IDS), countryField, figureField, epochField]);
export const profileTuple = z.tuple([languageField.nullable(), zoneField.nullable(), z.union([z.literal(0), z.literal(1)])]);
export const userTuple = z.tuple([
  userIdField,
  profileTuple,
  z.array(reminderTuple).max(MAX_REMINDERS_ON_DISK),
  z.array(logTuple).max(MAX_LOG_ON_DISK),
  /** Optional fifth element: follows, written only when the user has some. */
  z.array(followTuple).min(1).max(MAX_FOLLOWS_ON_DISK).optional(),
]);
export type ReminderTuple = z.infer<typeof reminderTuple>;
export type UserTuple = z.infer<typeof userTuple>;

/**
 * The cheap check: one regex over a whole line as the codec writes it. It accepts only lines that
 * {@link userTuple} accepts too (a sufficient condition, never a necessary one): free-text strings
 * without JSON escapes, integers of at most 15 digits, the same enums and limits. A line it does not
 * match (hand-edited, escaped characters, or really invalid) gets the full tuple schema, which
 * decides and names every problem. Per user this is one regex run instead of ~30 zod nodes.
 */
export const canonicalLine = (() => {
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
  return z
    .string()
    .regex(new RegExp(`^\\[${text(1, 64)},\\[${profile}\\],${list(reminder, MAX_REMINDERS_ON_DISK)},${list(log, MAX_LOG_ON_DISK)}\\]$`));
})();

/** Top level of a v3 file written by hand (not in the line layout). */
export const v3TopSchema = z.strictObject({ version: z.literal(3), users: z.array(z.unknown()) });
/** Top level of a v2 file; users are checked one by one. */
export const v2TopSchema = z.strictObject({ version: z.literal(2), users: z.record(userIdField, z.unknown()) });
/** v1 (the project skeleton): `{version: 1, users: {id: {language?}}}`: profiles only. */
export const v1Schema = z.object({
  version: z.literal(1),
  users: z.record(z.string(), z.object({ language: z.string().optional() })),
});

/** `reminders.0.zone` for an issue at tuple path `[2, 0, 4]` (the user's position is said by the caller). */
export function describeTuplePath(path: readonly PropertyKey[]): string {
  const [top, index, field] = path;
  if (typeof top !== "number") return "(line)";
  const name = USER_FIELDS[top] ?? String(top);
  const parts: string[] = [name];
  if (name === "profile" && typeof index === "number") parts.push(PROFILE_FIELDS[index] ?? String(index));
  else if (index !== undefined) {
    parts.push(String(index));
    const names: readonly string[] =
      name === "reminders" ? REMINDER_FIELDS : name === "log" ? LOG_FIELDS : name === "follows" ? FOLLOW_FIELDS : [];
    if (typeof field === "number") parts.push(names[field] ?? String(field));
  }
  return parts.join(".");
}
