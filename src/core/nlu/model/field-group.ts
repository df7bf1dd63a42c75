import type { FeatureBuffer } from "./features.js";
import { type FieldModel, scoreFeatures } from "./linear-model.js";
import { createPackedScorer } from "./packed-scorer.js";

/** Fields scored together: one pass over the features, each field's probabilities computed when first asked for. */
export interface FieldGroup {
  score(features: FeatureBuffer): void;
  probabilities(field: FieldModel): Float64Array;
}

/**
 * Packed (see packed-scorer.ts) when the fields hold a loaded model's int8 weights; scored one by one with
 * `scoreFeatures`, the definition, when they are a training run's float weights.
 */
export function createFieldGroup(fields: readonly FieldModel[]): FieldGroup {
  if (fields.length > 0 && fields.every((field) => field.weights instanceof Int8Array)) {
    const packed = createPackedScorer(fields);
    return {
      score: (features) => packed.score(features.values, features.length),
      probabilities: (field) => packed.probabilities(fields.indexOf(field)),
    };
  }
  const outs = new Map(fields.map((field) => [field, new Float64Array(field.labels.length)]));
  let last: readonly number[] = [];
  const done = new Set<FieldModel>();
  return {
    score(features) {
      last = Array.from(features.values.subarray(0, features.length));
      done.clear();
    },
    probabilities(field) {
      const out = outs.get(field) as Float64Array;
      if (!done.has(field)) {
        scoreFeatures(field, last, out);
        done.add(field);
      }
      return out;
    },
  };
}
