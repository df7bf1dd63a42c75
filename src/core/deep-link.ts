import { z } from "zod";
import type { KnowledgeIntent } from "./answers/question.js";
import type { AnswerMeta } from "./reply.js";
import { APPLICATION_IDS, type ApplicationId, STATUS_IDS, type StatusId } from "./taxonomy.js";

/**
 * Deep links open one answer directly: `t.me/<bot>?start=<payload>` on Telegram, where the payload
 * arrives as `/start <payload>`. The format is `<kind>_<id>` with a canonical taxonomy id:
 *
 * - `status_<status id>`      what a status means, e.g. `status_cas-decision-made`
 * - `track_<application id>`  where to track an application, e.g. `track_sponsorship-spouse`
 * - `time_<application id>`   how long an application takes, e.g. `time_study-permit`
 *
 * Telegram allows 1–64 characters of `A-Z a-z 0-9 _ -` in a start parameter; every payload built
 * here fits, and anything else (a typo, an id that was never in the taxonomy, a forged link) parses
 * to undefined so the caller shows the welcome instead of an error.
 */
export type DeepLink =
  | { readonly kind: "status"; readonly status: StatusId }
  | { readonly kind: "track"; readonly application: ApplicationId }
  | { readonly kind: "time"; readonly application: ApplicationId };

export const MAX_DEEP_LINK_CHARS = 64;

/** What Telegram accepts as a start parameter (Bot API, "Deep linking"). */
export const deepLinkPayloadSchema = z
  .string()
  .min(1)
  .max(MAX_DEEP_LINK_CHARS)
  .regex(/^[A-Za-z0-9_-]+$/);

const deepLinkSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("status"), status: z.enum(STATUS_IDS) }),
  z.object({ kind: z.literal("track"), application: z.enum(APPLICATION_IDS) }),
  z.object({ kind: z.literal("time"), application: z.enum(APPLICATION_IDS) }),
]);

/** The knowledge question each kind of link opens. */
export const DEEP_LINK_INTENTS: Readonly<Record<DeepLink["kind"], KnowledgeIntent>> = {
  status: "status-meaning",
  track: "trackable",
  time: "timeline",
};

/** Returns the link a payload names, or undefined for anything malformed or unknown. */
export function parseDeepLink(payload: unknown): DeepLink | undefined {
  const text = deepLinkPayloadSchema.safeParse(typeof payload === "string" ? payload.trim() : payload);
  if (!text.success) return undefined;
  const cut = text.data.indexOf("_");
  if (cut <= 0) return undefined;
  const kind = text.data.slice(0, cut);
  const id = text.data.slice(cut + 1);
  const candidate = kind === "status" ? { kind, status: id } : { kind, application: id };
  const parsed = deepLinkSchema.safeParse(candidate);
  return parsed.success ? (parsed.data as DeepLink) : undefined;
}

export function encodeDeepLink(link: DeepLink): string {
  return link.kind === "status" ? `status_${link.status}` : `${link.kind}_${link.application}`;
}

/**
 * The link that reopens a finished answer (for "More" and "share" buttons), or undefined when the
 * answer is not one of the three kinds or still asks for something.
 */
export function deepLinkOf(answer: AnswerMeta): DeepLink | undefined {
  if (answer.needs.length > 0) return undefined;
  if (answer.intent === "status-meaning" && answer.status) return { kind: "status", status: answer.status };
  if (answer.intent === "trackable" && answer.application) return { kind: "track", application: answer.application };
  if (answer.intent === "timeline" && answer.application) return { kind: "time", application: answer.application };
  return undefined;
}

/** `https://t.me/<bot>?start=<payload>`, or the bot's plain link without a payload. */
export function botLink(username: string, link?: DeepLink): string {
  const base = `https://t.me/${encodeURIComponent(username)}`;
  return link ? `${base}?start=${encodeDeepLink(link)}` : base;
}

/** Telegram's share dialog for a link (the user picks a chat; nothing is sent by the bot). */
export function shareLink(url: string, text?: string): string {
  const query = new URLSearchParams({ url, ...(text ? { text } : {}) });
  return `https://t.me/share/url?${query.toString()}`;
}
