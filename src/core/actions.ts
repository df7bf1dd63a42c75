import { z } from "zod";
import { isLocale, type Locale } from "./i18n/locales.js";
import { APPLICATION_IDS, INTENT_IDS, ROLE_IDS, STATUS_IDS, type ApplicationId, type IntentId, type RoleId, type StatusId } from "./taxonomy.js";

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
  | { readonly type: "language"; readonly locale: Locale }
  | { readonly type: "reminder"; readonly op: ReminderOp; readonly reminderId: string }
  | { readonly type: "forget"; readonly confirm: boolean };

export const REMINDER_OPS = ["snooze", "stop", "pause", "resume", "delete"] as const;
export type ReminderOp = (typeof REMINDER_OPS)[number];

export const ACTION_VERSION = "1";
export const MAX_ACTION_BYTES = 64;

const reminderId = z.string().regex(/^[A-Za-z0-9_-]{1,24}$/);

const schema = z.union([
  z.object({ type: z.literal("clarify"), intent: z.enum(INTENT_IDS), slot: z.literal("application"), value: z.enum(APPLICATION_IDS) }),
  z.object({ type: z.literal("clarify"), intent: z.enum(INTENT_IDS), slot: z.literal("role"), value: z.enum(ROLE_IDS) }),
  z.object({ type: z.literal("clarify"), intent: z.enum(INTENT_IDS), slot: z.literal("status"), value: z.enum(STATUS_IDS) }),
  z.object({ type: z.literal("intent"), intent: z.enum(INTENT_IDS) }),
  z.object({ type: z.literal("language"), locale: z.string().refine(isLocale) }),
  z.object({ type: z.literal("reminder"), op: z.enum(REMINDER_OPS), reminderId }),
  z.object({ type: z.literal("forget"), confirm: z.boolean() }),
]);

const SLOT_CODES = { application: "a", role: "r", status: "s" } as const;
const CODE_SLOTS: Record<string, "application" | "role" | "status"> = { a: "application", r: "role", s: "status" };

export function encodeAction(action: Action): string {
  const parts: string[] = [ACTION_VERSION];
  switch (action.type) {
    case "clarify":
      parts.push("c", action.intent, SLOT_CODES[action.slot], action.value);
      break;
    case "intent":
      parts.push("i", action.intent);
      break;
    case "language":
      parts.push("l", action.locale);
      break;
    case "reminder":
      parts.push("r", action.op, action.reminderId);
      break;
    case "forget":
      parts.push("f", action.confirm ? "y" : "n");
      break;
  }
  const data = parts.join("|");
  if (Buffer.byteLength(data, "utf8") > MAX_ACTION_BYTES) throw new Error(`actions: encoded action is over ${MAX_ACTION_BYTES} bytes: ${data}`);
  return data;
}

/** Returns the action, or undefined when the data is not a valid action of the current version. */
export function decodeAction(data: unknown): Action | undefined {
  if (typeof data !== "string" || data.length > 100) return undefined;
  const [version, code, ...rest] = data.split("|");
  if (version !== ACTION_VERSION) return undefined;
  let candidate: unknown;
  switch (code) {
    case "c":
      candidate = rest.length === 3 ? { type: "clarify", intent: rest[0], slot: CODE_SLOTS[rest[1] ?? ""], value: rest[2] } : undefined;
      break;
    case "i":
      candidate = rest.length === 1 ? { type: "intent", intent: rest[0] } : undefined;
      break;
    case "l":
      candidate = rest.length === 1 ? { type: "language", locale: rest[0] } : undefined;
      break;
    case "r":
      candidate = rest.length === 2 ? { type: "reminder", op: rest[0], reminderId: rest[1] } : undefined;
      break;
    case "f":
      candidate = rest.length === 1 && (rest[0] === "y" || rest[0] === "n") ? { type: "forget", confirm: rest[0] === "y" } : undefined;
      break;
  }
  const parsed = schema.safeParse(candidate);
  return parsed.success ? (parsed.data as Action) : undefined;
}
