import { z } from "zod";
import { isLocale, type Locale } from "./i18n/locales.js";
import {
  APPLICATION_IDS,
  INTENT_IDS,
  ROLE_IDS,
  STATUS_IDS,
  type ApplicationId,
  type IntentId,
  type RoleId,
  type StatusId,
} from "./taxonomy.js";

/**
 * Button data. Telegram allows 64 bytes of callback data and Discord 100 characters of custom id, so
 * actions are encoded as short `|`-separated strings with a version prefix. Everything that comes back
 * from a platform is untrusted: {@link decodeAction} validates it with zod and returns undefined for
 * forged, stale (old version) or malformed data.
 */
export type Action =
  | { readonly type: "clarify"; readonly intent: IntentId; readonly slot: "application"; readonly value: ApplicationId }
  | { readonly type: "clarify"; readonly intent: IntentId; readonly slot: "role"; readonly value: RoleId }
  | { readonly type: "clarify"; readonly intent: IntentId; readonly slot: "status"; readonly value: StatusId }
  | { readonly type: "intent"; readonly intent: IntentId }
  /** "I meant this": the last question again, read with this intent (the bot asked back between readings). */
  | { readonly type: "reread"; readonly intent: IntentId }
  | { readonly type: "language"; readonly locale: Locale }
  | { readonly type: "reminder"; readonly op: ReminderOp; readonly reminderId: string }
  | { readonly type: "forget"; readonly confirm: boolean }
  | { readonly type: "follow"; readonly op: FollowOp; readonly application: ApplicationId; readonly country: string | null }
  | ScheduleAction
  | MoreAction;

/** Knowledge intents, the only ones whose answers have a "More" part. */
export const MORE_INTENTS = ["trackable", "access", "timeline", "status-meaning"] as const;
/** The question's yes/no facts, in the order of their flag characters in the encoded data. */
export const MORE_FLAGS = [
  "quebec",
  "insideCanada",
  "credentialSharing",
  "authorizationForm",
  "otherPart",
  "ownPart",
  "irbReferral",
] as const;
export type MoreFlag = (typeof MORE_FLAGS)[number];

/**
 * "More" under a short answer: carries the whole question, so pressing it on an old message still
 * shows that message's details (no server-side state). Ids are sent as their index in the canonical
 * taxonomy lists, which only ever grow at the end, to stay far below Telegram's 64 bytes.
 */
export interface MoreAction {
  readonly type: "more";
  readonly intent: (typeof MORE_INTENTS)[number];
  readonly application: ApplicationId | null;
  readonly role: RoleId | null;
  readonly status: StatusId | null;
  readonly country: string | null;
  readonly flags: Readonly<Record<MoreFlag, boolean | null>>;
  /** The popular claim the answer corrects (data/myths.json id): its details are the correction's sources. */
  readonly myth?: string | null;
}

/**
 * A reminder schedule being put together by buttons: what is known so far, carried in the button so
 * that no server-side state is needed. `zone` is an IANA zone from the zone buttons or "profile" (the
 * zone the user already gave, which is stored); `target` is the reminder being changed, or the
 * application type of a new one.
 */
export interface ScheduleAction {
  readonly type: "schedule";
  readonly unit: "day" | "week";
  readonly every: number;
  readonly weekday: number | null;
  /** "HH:mm" */
  readonly time: string | null;
  readonly zone: string | null;
  readonly target: { readonly reminderId: string } | { readonly application: ApplicationId } | null;
}

export const REMINDER_OPS = ["snooze", "stop", "pause", "resume", "delete", "change"] as const;
export type ReminderOp = (typeof REMINDER_OPS)[number];

/** Follow a published processing time (change alerts) or stop following it. */
export const FOLLOW_OPS = ["add", "remove"] as const;
export type FollowOp = (typeof FOLLOW_OPS)[number];

export const ACTION_VERSION = "1";
export const MAX_ACTION_BYTES = 64;

const reminderId = z.string().regex(/^[A-Za-z0-9_-]{1,24}$/);

/**
 * One schema per encoded shape. The decoder already knows the shape from the code letter (and the
 * slot letter), so it validates against that schema alone instead of trying a seven-way union,
 * which made zod most of the cost of a button press.
 */
const SCHEMAS = {
  application: z.object({
    type: z.literal("clarify"),
    intent: z.enum(INTENT_IDS),
    slot: z.literal("application"),
    value: z.enum(APPLICATION_IDS),
  }),
  role: z.object({ type: z.literal("clarify"), intent: z.enum(INTENT_IDS), slot: z.literal("role"), value: z.enum(ROLE_IDS) }),
  status: z.object({ type: z.literal("clarify"), intent: z.enum(INTENT_IDS), slot: z.literal("status"), value: z.enum(STATUS_IDS) }),
  intent: z.object({ type: z.literal("intent"), intent: z.enum(INTENT_IDS) }),
  reread: z.object({ type: z.literal("reread"), intent: z.enum(INTENT_IDS) }),
  language: z.object({ type: z.literal("language"), locale: z.string().refine(isLocale) }),
  reminder: z.object({ type: z.literal("reminder"), op: z.enum(REMINDER_OPS), reminderId }),
  forget: z.object({ type: z.literal("forget"), confirm: z.boolean() }),
  follow: z.object({
    type: z.literal("follow"),
    op: z.enum(FOLLOW_OPS),
    application: z.enum(APPLICATION_IDS),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable(),
  }),
  schedule: z.object({
    type: z.literal("schedule"),
    unit: z.enum(["day", "week"]),
    every: z.number().int().min(1).max(365),
    weekday: z.number().int().min(1).max(7).nullable(),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .nullable(),
    zone: z
      .string()
      .regex(/^(profile|[A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2}|UTC)$/)
      .nullable(),
    target: z.union([z.object({ reminderId }).strict(), z.object({ application: z.enum(APPLICATION_IDS) }).strict()]).nullable(),
  }),
  more: z.object({
    type: z.literal("more"),
    intent: z.enum(MORE_INTENTS),
    application: z.enum(APPLICATION_IDS).nullable(),
    role: z.enum(ROLE_IDS).nullable(),
    status: z.enum(STATUS_IDS).nullable(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable(),
    flags: z.object(
      Object.fromEntries(MORE_FLAGS.map((f) => [f, z.boolean().nullable()])) as Record<MoreFlag, z.ZodNullable<z.ZodBoolean>>,
    ),
    myth: z
      .string()
      .regex(/^[A-Za-z0-9]{1,32}$/)
      .nullable()
      .optional(),
  }),
} as const;

/** Index of an id in its list as base-36 text ("" for null); decoding maps it back (undefined when out of range). */
const indexOf = (list: readonly string[], id: string | null): string => (id === null ? "" : list.indexOf(id).toString(36));
const idAt = (list: readonly string[], code: string | undefined): string | null | undefined =>
  code === "" ? null : code && /^[0-9a-z]{1,2}$/.test(code) ? list[Number.parseInt(code, 36)] : undefined;
const FLAG_CODES = { "1": true, "0": false, "-": null } as const;
const flagCode = (value: boolean | null): string => (value === null ? "-" : value ? "1" : "0");

const SLOT_CODES = { application: "a", role: "r", status: "s" } as const;
const CODE_SLOTS: Record<string, "application" | "role" | "status"> = { a: "application", r: "role", s: "status" };

export function encodeAction(action: Action): string {
  let data: string;
  switch (action.type) {
    case "clarify":
      data = `${ACTION_VERSION}|c|${action.intent}|${SLOT_CODES[action.slot]}|${action.value}`;
      break;
    case "intent":
      data = `${ACTION_VERSION}|i|${action.intent}`;
      break;
    case "reread":
      data = `${ACTION_VERSION}|q|${action.intent}`;
      break;
    case "language":
      data = `${ACTION_VERSION}|l|${action.locale}`;
      break;
    case "reminder":
      data = `${ACTION_VERSION}|r|${action.op}|${action.reminderId}`;
      break;
    case "forget":
      data = `${ACTION_VERSION}|f|${action.confirm ? "y" : "n"}`;
      break;
    case "follow":
      data = `${ACTION_VERSION}|o|${action.op}|${action.application}|${action.country ?? "-"}`;
      break;
    case "schedule": {
      // 1|w|w2|3|1830|America/St_Johns|acas-medical-results-received fits in 64 bytes.
      const zone = action.zone === "profile" ? "p" : (action.zone ?? "");
      const target = !action.target ? "" : "reminderId" in action.target ? `r${action.target.reminderId}` : `a${action.target.application}`;
      data = `${ACTION_VERSION}|w|${action.unit === "day" ? "d" : "w"}${action.every}|${action.weekday ?? ""}|${action.time?.replace(":", "") ?? ""}|${zone}|${target}`;
      break;
    }
    case "more":
      data = [
        ACTION_VERSION,
        "m",
        indexOf(MORE_INTENTS, action.intent),
        indexOf(APPLICATION_IDS, action.application),
        indexOf(ROLE_IDS, action.role),
        indexOf(STATUS_IDS, action.status),
        action.country ?? "",
        MORE_FLAGS.map((f) => flagCode(action.flags[f])).join(""),
        // Only an answer that corrects a myth has the seventh field, so other buttons stay as they were.
        ...(action.myth ? [action.myth] : []),
      ].join("|");
      break;
  }
  // A UTF-16 unit is at most 3 UTF-8 bytes: short data needs no byte count.
  if (data.length * 3 > MAX_ACTION_BYTES && Buffer.byteLength(data, "utf8") > MAX_ACTION_BYTES) {
    throw new Error(`actions: encoded action is over ${MAX_ACTION_BYTES} bytes: ${data}`);
  }
  return data;
}

/** Returns the action, or undefined when the data is not a valid action of the current version. */
export function decodeAction(data: unknown): Action | undefined {
  if (typeof data !== "string" || data.length > 100) return undefined;
  const [version, code, ...rest] = data.split("|");
  if (version !== ACTION_VERSION) return undefined;
  let candidate: unknown;
  let schema: z.ZodType | undefined;
  switch (code) {
    case "c": {
      const slot = Object.hasOwn(CODE_SLOTS, rest[1] ?? "") ? CODE_SLOTS[rest[1] ?? ""] : undefined;
      if (rest.length === 3 && slot) {
        candidate = { type: "clarify", intent: rest[0], slot, value: rest[2] };
        schema = SCHEMAS[slot];
      }
      break;
    }
    case "i":
      if (rest.length === 1) {
        candidate = { type: "intent", intent: rest[0] };
        schema = SCHEMAS.intent;
      }
      break;
    case "q":
      if (rest.length === 1) {
        candidate = { type: "reread", intent: rest[0] };
        schema = SCHEMAS.reread;
      }
      break;
    case "l":
      if (rest.length === 1) {
        candidate = { type: "language", locale: rest[0] };
        schema = SCHEMAS.language;
      }
      break;
    case "r":
      if (rest.length === 2) {
        candidate = { type: "reminder", op: rest[0], reminderId: rest[1] };
        schema = SCHEMAS.reminder;
      }
      break;
    case "o":
      if (rest.length === 3) {
        candidate = { type: "follow", op: rest[0], application: rest[1], country: rest[2] === "-" ? null : rest[2] };
        schema = SCHEMAS.follow;
      }
      break;
    case "f":
      if (rest.length === 1 && (rest[0] === "y" || rest[0] === "n")) {
        candidate = { type: "forget", confirm: rest[0] === "y" };
        schema = SCHEMAS.forget;
      }
      break;
    case "w":
      if (rest.length === 5) {
        const [unitEvery = "", weekday = "", time = "", zone = "", target = ""] = rest;
        candidate = {
          type: "schedule",
          unit: unitEvery[0] === "d" ? "day" : unitEvery[0] === "w" ? "week" : "",
          every: /^\d{1,3}$/.test(unitEvery.slice(1)) ? Number(unitEvery.slice(1)) : Number.NaN,
          weekday: weekday === "" ? null : /^\d$/.test(weekday) ? Number(weekday) : Number.NaN,
          time: time === "" ? null : /^\d{4}$/.test(time) ? `${time.slice(0, 2)}:${time.slice(2)}` : time,
          zone: zone === "" ? null : zone === "p" ? "profile" : zone,
          target:
            target === ""
              ? null
              : target[0] === "r"
                ? { reminderId: target.slice(1) }
                : target[0] === "a"
                  ? { application: target.slice(1) }
                  : { bad: target },
        };
        schema = SCHEMAS.schedule;
      }
      break;
    case "m":
      if ((rest.length === 6 || rest.length === 7) && /^[10-]{7}$/.test(rest[5] ?? "")) {
        const flags = [...(rest[5] ?? "")].map((c) => FLAG_CODES[c as keyof typeof FLAG_CODES]);
        candidate = {
          type: "more",
          intent: idAt(MORE_INTENTS, rest[0]) ?? undefined,
          application: idAt(APPLICATION_IDS, rest[1]),
          role: idAt(ROLE_IDS, rest[2]),
          status: idAt(STATUS_IDS, rest[3]),
          country: rest[4] === "" ? null : rest[4],
          flags: Object.fromEntries(MORE_FLAGS.map((f, i) => [f, flags[i]])),
          ...(rest.length === 7 ? { myth: rest[6] } : {}),
        };
        schema = SCHEMAS.more;
      }
      break;
  }
  if (!schema) return undefined;
  const parsed = schema.safeParse(candidate);
  return parsed.success ? (parsed.data as Action) : undefined;
}
