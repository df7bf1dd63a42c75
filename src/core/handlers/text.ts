import { readsAsSchedule } from "../dialogue/reads-as-schedule.js";
import type { Locale } from "../i18n/locales.js";
import { isChatIntent } from "../intents.js";
import type { Understanding } from "../nlu/understanding.js";
import { sanitizeText } from "../privacy/sanitize.js";
import type { BotReply } from "../reply.js";
import type { BotRequest } from "../request.js";
import { runIntent } from "./chat-intents.js";
import type { CoreParts } from "./parts.js";

/** Longest message the bot reads; longer ones get a localized "please shorten" reply. */
export const MAX_MESSAGE_CHARS = 2_000;

/**
 * A typed message: understood in the user's language, then answered as a knowledge question (a
 * follow-up continues the previous one) or run as a chat intent. Returns the reply directly when
 * nothing needs I/O (most messages): each async layer costs a promise and a microtask per request.
 */
export function handleText(
  core: CoreParts,
  request: BotRequest & { kind: "text" },
  stored: Locale | undefined,
): BotReply | Promise<BotReply> {
  const { ctx, replies } = core;
  // The hints only matter when the user has not chosen a language.
  const hinted = stored ?? core.locales.hinted(request.localeHints);
  const clean = sanitizeText(request.text);
  if (clean.kind !== "ok") return replies.error(hinted, clean.kind === "tooLong" ? "tooLong" : "empty", { max: MAX_MESSAGE_CHARS });
  const understood = ctx.deps.understander.understand(clean.text, hinted);
  if (understood.overBudget) return replies.error(stored ?? hinted, "tooComplex");
  // "every other Friday at 9 Pacific time" alone is a reminder request even without "remind me".
  const answering = ctx.pendingSchedules.get(request.userId, ctx.now()) !== undefined;
  const u: Understanding = readsAsSchedule(understood, clean.text, ctx.deps.scheduleWords, stored ?? hinted, answering)
    ? { ...understood, intent: "reminder-set" }
    : understood;
  const lang = stored ?? (u.langDetected ? u.lang : hinted);
  const now = ctx.now();
  const previous = ctx.states.get(request.userId, now);

  if (previous?.forgetPending && u.intent === null) {
    // Anything but a button press cancels a pending deletion; nothing is deleted by free text.
    ctx.states.delete(request.userId);
  }
  if (isChatIntent(u.intent)) {
    const withWarning = (r: BotReply) => replies.withPrivacyWarning(r, u, ctx.t(r.lang));
    const r = runIntent(core, request, u.intent, lang, { text: clean.text, understanding: u });
    return r instanceof Promise ? r.then(withWarning) : withWarning(r);
  }
  const result = core.answerUnderstood(u, lang, previous);
  ctx.states.set(request.userId, {
    question: result.question ?? previous?.question ?? null,
    pending: result.pending,
    forgetPending: false,
    lang,
    at: now,
  });
  return result.reply;
}
