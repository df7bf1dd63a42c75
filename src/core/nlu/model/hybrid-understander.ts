import type { IntentId } from "../../taxonomy.js";
import { foldText } from "../normalize.js";
import type { Understander, Understanding } from "../understanding.js";
import { featuresOf, type FieldModel, rank, scoreFeatures } from "./linear-model.js";
import { lexiconFeatures } from "./lexicon-features.js";
import type { NluModel } from "./nlu-model.js";

/** Intents whose wording the lexicon reads with structure (which reminder operation, which language): it keeps them. */
const STRUCTURED_INTENTS: ReadonlySet<IntentId> = new Set<IntentId>([
  "reminder-set",
  "reminder-cancel",
  "reminder-list",
  "language",
  "forget",
]);

/** Intents whose answer depends on the application, so a missing one is worth the model's guess. */
const APPLICATION_INTENTS: ReadonlySet<IntentId> = new Set<IntentId>(["trackable", "timeline", "access"]);

export interface HybridThresholds {
  /** The model replaces the lexicon's intent when they disagree only at this probability or above. */
  readonly overrideIntent: number;
  /** The model fills an intent the lexicon left empty at this probability or above. */
  readonly fillIntent: number;
  /** The model fills an application, role or status the lexicon left empty at this probability or above. */
  readonly fillSlot: number;
  /** With no lexicon reading, a model reading at this probability or above is offered with its runners-up (the bot asks). */
  readonly offer: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Messages shorter than this keep the slots the lexicon found (or none): short ones lean on the conversation. */
const MIN_WORDS_TO_FILL = 6;

export const DEFAULT_THRESHOLDS: HybridThresholds = { overrideIntent: 0.85, fillIntent: 0.5, fillSlot: 0.6, offer: 0.3 };

/**
 * Combines the lexicon understander with the trained classifiers. The lexicon is precise where its
 * phrases match and silent elsewhere; the classifiers read character and word n-grams plus the
 * lexicon's own readings, so they generalize to paraphrases no phrase list holds. The lexicon's
 * answer stands unless the model is very sure of another intent; empty slots are filled from the
 * model when it is confident; and an unsure intent carries its runner-up readings so the dialogue can
 * ask instead of guessing.
 */
export function createHybridUnderstander(
  lexicon: Understander,
  model: NluModel,
  thresholds: HybridThresholds = DEFAULT_THRESHOLDS,
): Understander {
  const buffers = new Map<FieldModel, Float64Array>();
  const probabilities = (field: FieldModel, features: readonly number[]): Float64Array => {
    let out = buffers.get(field);
    if (!out) {
      out = new Float64Array(field.labels.length);
      buffers.set(field, out);
    }
    scoreFeatures(field, features, out);
    return out;
  };

  return {
    understand(text, hint) {
      const base = lexicon.understand(text, hint);
      // Out of time budget: nothing is read, and the model must not guess from the text either.
      if (base.overBudget) return base;
      // Someone else's password or login: the lexicon's reading carries the safety signal; the model must not move it.
      if (base.signals?.credentialSharing) return { ...base, confidence: 1, alternatives: [] };
      // A popular claim (data/myths.json) is read only from its own words with its system or application: the correction stands.
      if (base.signals?.myth) return { ...base, confidence: 1, alternatives: [] };
      // "and from India?": a follow-up continues the last question; a guessed intent would start a new one.
      if (base.followUp && base.intent === null) return { ...base, confidence: 1, alternatives: [] };
      if (base.intent !== null && STRUCTURED_INTENTS.has(base.intent)) return { ...base, confidence: 1, alternatives: [] };
      const folded = foldText(text);
      // No word at all (emoji, punctuation, symbols): the model would only echo its priors.
      if (!LETTER_OR_DIGIT.test(folded)) return base;
      const wordCount = folded.split(" ", MIN_WORDS_TO_FILL).length;
      const features = featuresOf(folded, model.buckets);
      lexiconFeatures(base, model.buckets, features);

      let intent = base.intent;
      let confidence = base.intent === null ? 0 : 1;
      let alternatives: IntentId[] = [];
      const intentModel = model.fields.intent;
      const ranked = intentModel ? rank(intentModel, probabilities(intentModel, features), 3) : [];
      const top = ranked[0];
      if (top) {
        const topIntent = top.label as IntentId;
        if (intent === null) {
          // The lexicon found nothing: a confident model reading stands; a middling one is offered with its runners-up.
          if (top.probability >= thresholds.fillIntent) {
            intent = topIntent;
            confidence = top.probability;
          } else if (top.probability >= thresholds.offer) {
            intent = topIntent;
            confidence = top.probability;
            alternatives = ranked
              .slice(1)
              .filter((r) => r.probability >= thresholds.offer / 2 && !STRUCTURED_INTENTS.has(r.label as IntentId))
              .map((r) => r.label as IntentId);
          }
        } else if (topIntent !== intent) {
          // The two disagree: a very sure model wins; a fairly sure one makes the bot ask; otherwise the lexicon's phrase stands.
          if (top.probability >= thresholds.overrideIntent) {
            intent = topIntent;
            confidence = top.probability;
          } else if (top.probability >= thresholds.overrideIntent - 0.05 && !STRUCTURED_INTENTS.has(topIntent)) {
            confidence = 1 - top.probability;
            alternatives = [topIntent];
          }
        }
      }

      const fill = <T extends string>(current: T | null, field: FieldModel | undefined, wanted: boolean): T | null => {
        // A follow-up ("how long?", "who can see it?") takes its slots from the last question, not from a guess.
        // So does a short message in a conversation ("and who can see it?"): a guessed slot would end the thread.
        if (current !== null || !wanted || !field || base.followUp || wordCount < MIN_WORDS_TO_FILL) return current;
        const [top] = rank(field, probabilities(field, features), 1);
        return top && top.probability >= thresholds.fillSlot ? (top.label as T) : null;
      };
      const understanding: Understanding = {
        ...base,
        intent,
        application: fill(base.application, model.fields.application, intent !== null && APPLICATION_INTENTS.has(intent)),
        role: fill(base.role, model.fields.role, intent === "access"),
        status: fill(base.status, model.fields.status, intent === "status-meaning"),
        confidence,
        alternatives,
      };
      return understanding;
    },
  };
}
