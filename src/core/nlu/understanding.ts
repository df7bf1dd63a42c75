import type { Locale } from "../i18n/locales.js";
import type { QuestionSignals } from "../rules/signals.js";
import type { IdentifierKind } from "../privacy/identifiers.js";
import type { ApplicationId, IntentId, RoleId, StatusId } from "../taxonomy.js";

/**
 * What the bot understood from one free-text message. Pure data; produced by `createUnderstander`
 * (nlu/understand.ts) and consumed by the dialogue, which merges it with the conversation state.
 */
export interface Understanding {
  /** Language the message is written in (detected), or the hint when detection is unsure. */
  readonly lang: Locale;
  /** True when the language was detected from the text itself (not just taken from the hint). */
  readonly langDetected: boolean;
  /** Best intent, or null when the text carries no usable signal (the dialogue then asks or falls back to help). */
  readonly intent: IntentId | null;
  readonly application: ApplicationId | null;
  readonly role: RoleId | null;
  readonly status: StatusId | null;
  /** ISO 3166-1 alpha-2 country the applicant applies from / lives in, when mentioned ("my husband is in India"). */
  readonly country: string | null;
  /** Mentions Quebec (selection stage or Quebec processing times). */
  readonly quebec: boolean | null;
  /** Applied from inside Canada (true) / outside (false), when stated. */
  readonly insideCanada: boolean | null;
  /** For the `language` intent: the language asked for ("switch to Spanish"), when named. */
  readonly targetLocale: Locale | null;
  /** Personal identifiers found in the text (never their values). The reply warns; logs and store get redacted text. */
  readonly identifiers: readonly IdentifierKind[];
  /** The message only adds to the previous question ("and for my husband?", "what about a work permit?"). */
  readonly followUp: boolean;
  /**
   * Facts read from the text that change a rule's outcome (credential sharing, the other party's
   * part, an IRB referral, a missing authorization form). Only the ones the text shows are set;
   * the dialogue copies them onto the question it asks the rules engine.
   */
  readonly signals?: QuestionSignals;
  /**
   * For reminder messages: "pause", "resume" or "snooze" when the text asks for that rather than
   * stopping for good ("pausa los recordatorios", "adia os lembretes por uma semana"). A stop deletes
   * reminders, so anything that sounds temporary must not read as one.
   */
  readonly reminderOp?: "pause" | "resume" | "snooze" | null;
  /**
   * The message names a password, a GCKey, a sign-in partner login or the like. Asking whether someone may
   * see a file with such a word in it gets the never-share answer, even when nothing else in the message
   * (a romanized "give", an unknown word for "my brother") was understood.
   */
  readonly mentionsCredential?: boolean;
  /** How far the lexicon's intent is ahead of its next reading, in phrase weight (a question form weighs about 3). */
  readonly intentLead?: number;
  /** How sure the reading of `intent` is, 0–1 (the trained model's probability; 1 when the lexicon alone decided). */
  readonly confidence?: number;
  /** When unsure: the other plausible intents, best first, for the dialogue to offer as choices. */
  readonly alternatives?: readonly IntentId[];
  /** A long post's second question, of another kind than the first ("…and how long will it take?"), offered after the answer. */
  readonly secondary?: IntentId | null;
  /**
   * Set when understanding ran out of its time budget (see UNDERSTAND_LIMITS): nothing else is
   * filled in and the caller answers `errors:tooComplex` instead of guessing.
   */
  readonly overBudget?: true;
  /** The relative the message names ("spouse", "child", "parent", "other"), used by follow-ups ("and for my parents?"). */
  readonly relation?: string | null;
  /** "thanks", "hello", "ok", "bye" said on their own: a short reply, not the welcome (the intent is then "help"). */
  readonly smallTalk?: SmallTalk | null;
}

export type SmallTalk = "thanks" | "hello" | "ok" | "bye";

export interface Understander {
  /** Must be fast (thousands per second): no I/O, no allocation-heavy work per call. */
  understand(text: string, hint?: Locale): Understanding;
}
