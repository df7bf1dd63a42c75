import type { Locale } from "./i18n/locales.js";
import type { ApplicationId, IntentId, RoleId, StatusId } from "./taxonomy.js";

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
