import { z } from "zod";
import { ACTION_VERSION, type Action, FOLLOW_OPS, MORE_FLAGS, MORE_INTENTS, type MoreFlag, REMINDER_OPS } from "./action-types.js";
import { isLocale } from "./i18n/locales.js";
import { APPLICATION_IDS, INTENT_IDS, ROLE_IDS, STATUS_IDS } from "./taxonomy.js";

/** Decoding button data that came back from a platform: untrusted, validated with zod against the one shape its code letter names. */

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

const idAt = (list: readonly string[], code: string | undefined): string | null | undefined =>
  code === "" ? null : code && /^[0-9a-z]{1,2}$/.test(code) ? list[Number.parseInt(code, 36)] : undefined;
const FLAG_CODES = { "1": true, "0": false, "-": null } as const;
const CODE_SLOTS: Record<string, "application" | "role" | "status"> = { a: "application", r: "role", s: "status" };

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
