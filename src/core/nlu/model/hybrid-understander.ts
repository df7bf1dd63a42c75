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
  /** The model fills a slot (intent, application, role, status) the lexicon left empty at this probability or above. */
  readonly fillSlot: number;
  /** Below this intent confidence the reading is unsure: the runner-up readings become `alternatives`. */
  readonly unsure: number;
}

export const DEFAULT_THRESHOLDS: HybridThresholds = { overrideIntent: 0.9, fillSlot: 0.6, unsure: 0.55 };

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
      if (base.intent !== null && STRUCTURED_INTENTS.has(base.intent)) return { ...base, confidence: 1, alternatives: [] };
      const features = featuresOf(foldText(text), model.buckets);
      lexiconFeatures(base, model.buckets, features);

      let intent = base.intent;
      let confidence = base.intent === null ? 0 : 1;
      let alternatives: IntentId[] = [];
      const intentModel = model.fields.intent;
      if (intentModel) {
        const ranked = rank(intentModel, probabilities(intentModel, features), 3);
        const top = ranked[0];
        if (top) {
          const topIntent = top.label as IntentId;
          if (
            intent === null ? top.probability >= thresholds.fillSlot : topIntent !== intent && top.probability >= thresholds.overrideIntent
          ) {
            intent = topIntent;
          }
          const mine = ranked.find((r) => r.label === intent);
          confidence = intent === base.intent && base.intent !== null ? Math.max(mine?.probability ?? 0, 0.5) : (mine?.probability ?? 0);
          if (confidence < thresholds.unsure) {
            alternatives = ranked
              .filter((r) => r.label !== intent && r.probability >= 0.15 && !STRUCTURED_INTENTS.has(r.label as IntentId))
              .map((r) => r.label as IntentId);
          }
        }
      }

      const fill = <T extends string>(current: T | null, field: FieldModel | undefined, wanted: boolean): T | null => {
        if (current !== null || !wanted || !field) return current;
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
