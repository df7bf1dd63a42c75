import type { Locale } from "../i18n/locales.js";
import type { IntentId, RoleId } from "../taxonomy.js";
import type { Hit } from "./compile-lexicon.js";
import { SELF_ROLES } from "./hit-scanner.js";
import type { HitReadings } from "./read-hits.js";
import type { ResolvedStatus } from "./resolve-slots.js";

const SELF_ROLE_ACCESS_BONUS = 4;

/** When two intents score the same, the more specific question wins. */
const INTENT_ORDER: readonly IntentId[] = ["status-meaning", "timeline", "access", "trackable", "out-of-scope", "help"];

/** Roles that only exist relative to someone else's file: their questions are usually about access. */
const ACCESS_ROLE_BONUS: Partial<Record<RoleId, number>> = {
  representative: 2,
  "designated-individual": 2,
  employer: 2,
  payer: 2,
  "family-member": 1.5,
  "parent-of-minor": 0.5,
};

/** Reminders, language and forget: commands in words, which the question rules never override. */
export function isChatIntent(intent: IntentId): boolean {
  return intent.startsWith("reminder") || intent === "language" || intent === "forget";
}

export interface IntentChoice {
  readonly intent: IntentId | null;
  readonly targetLocale: Locale | null;
  /** A short "and for my wife?" that leans on the conversation. */
  readonly followUp: boolean;
  /** How far the chosen intent's phrase score is ahead of the next one's (Infinity when a command cue decided). */
  readonly lead: number;
}

/**
 * The intent: commands first (forget, reminders, language), then the question with the highest
 * score, phrase weights plus what the slots add (a status leans to its meaning, a third party to access).
 * Adds those slot scores to `readings.scores`, which later rules read.
 */
export function chooseIntent(
  readings: HitReadings,
  status: ResolvedStatus | null,
  role: RoleId | null,
  statedRole: Hit | undefined,
  wordCount: number,
): IntentChoice {
  const { cues, ctx, scores, localeHits, statusHits, firstVerbAt } = readings;
  const addScore = (id: IntentId, w: number) => scores.set(id, (scores.get(id) ?? 0) + w);
  let intent: IntentId | null = null;
  let targetLocale: Locale | null = null;
  let lead = Number.POSITIVE_INFINITY;
  // Deleting everything stored wins over the reminders it mentions ("delete all my data, reminders too").
  if (
    cues.has("forget") ||
    // "CAS found nothing for my data, did they delete my file?" reports a status; it asks to delete nothing.
    (cues.has("delete") && cues.has("personal-data") && statusHits.length === 0)
  ) {
    intent = "forget";
  } else if (cues.has("reminder")) {
    // Pausing and snoozing stop reminders for a while: the same family as cancelling (see reminderOp).
    intent = cues.has("reminder-resume")
      ? "reminder-set"
      : cues.has("reminder-cancel") || cues.has("reminder-pause") || cues.has("reminder-snooze")
        ? "reminder-cancel"
        : cues.has("reminder-change")
          ? "reminder-set"
          : cues.has("reminder-list-question") || (cues.has("reminder-list") && !cues.has("reminder-set-verb"))
            ? "reminder-list"
            : "reminder-set";
  } else if (localeHits.length > 0 && (cues.has("language-verb") || cues.has("language-change") || wordCount <= 3)) {
    intent = "language";
    const after = localeHits.filter((h) => h.start > firstVerbAt);
    targetLocale = ((after[0] ?? localeHits[localeHits.length - 1]) as Hit).signal.id as Locale;
  } else if (cues.has("language-change")) {
    intent = "language";
  } else {
    if (status && status.weight >= 1.5) addScore("status-meaning", 1);
    // A status plus "what do I do now / do I have to…" asks for the status's next steps.
    if (status && cues.has("what-to-do")) addScore("status-meaning", 1.5);
    if (ctx.size > 0 && !(status && status.weight >= 1.5)) addScore("trackable", 1);
    if (role) addScore("access", ACCESS_ROLE_BONUS[role] ?? 0);
    // Asking for one party's part of a split file ("my husband's part, the sponsor one") is about who sees what.
    if (cues.has("other-part") || cues.has("sponsor-part") || cues.has("own-part")) addScore("access", 1.5);
    if (cues.has("third-party")) addScore("access", cues.has("can-i") ? 2.5 : 1);
    // "Can I see my brother's work permit?": a relative owns the file the asker wants to open.
    else if (cues.has("can-i") && (role === "family-member" || role === "parent-of-minor")) addScore("access", 2);
    // "I'm the principal applicant / the sponsor: can I see my file in the tracker?": a role the asker
    // states about themselves plus a permission question asks what that role may see, unless it
    // asks where to look ("I'm the sponsor, where do I check?").
    else if (
      cues.has("can-i") &&
      !cues.has("where") &&
      role !== null &&
      SELF_ROLES.has(role) &&
      statedRole !== undefined &&
      statedRole.signal.weight >= 3
    ) {
      addScore("access", SELF_ROLE_ACCESS_BONUS);
    }
    let best = 0;
    let second = 0;
    for (const candidate of INTENT_ORDER) {
      const s = scores.get(candidate) ?? 0;
      if (s > best) {
        second = best;
        best = s;
        intent = candidate;
      } else if (s > second) second = s;
    }
    if (best < 0.9) intent = null;
    lead = best - second;
  }

  const followUp = cues.has("follow-up") && wordCount <= 7;
  if (followUp && intent !== null && (scores.get(intent) ?? 0) < 2.5 && !isChatIntent(intent)) intent = null;
  return { intent, targetLocale, followUp, lead };
}
