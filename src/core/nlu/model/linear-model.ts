import { hashFeatures } from "./features.js";

/**
 * One multinomial logistic-regression classifier over hashed features (see features.ts): a weight
 * row per bucket (one weight per label, stored label-fastest so a feature's weights are contiguous)
 * and a bias per label. Pure arithmetic: no I/O, no allocation per call beyond two small arrays.
 * A loaded model keeps the int8 weights of its file (a quarter of the memory, and a feature's row of
 * 34 labels fits one cache line instead of three: scoring is mostly waiting for memory).
 */
export interface FieldModel {
  readonly labels: readonly string[];
  /** Number of hash buckets; a power of two. */
  readonly buckets: number;
  /** Float weights (training) or the file's int8 weights (loaded); either times `weightScale`. */
  readonly weights: Float32Array | Int8Array;
  /** What every weight is multiplied by (an int8 model's quantization step); 1 when absent. */
  readonly weightScale?: number;
  readonly bias: Float32Array;
}

/** The weight at `index`, as a number whatever the storage. */
export const weightAt = (model: FieldModel, index: number): number => (model.weights[index] as number) * (model.weightScale ?? 1);

export interface Prediction {
  readonly label: string;
  readonly probability: number;
}

/** Probabilities of every label for already-hashed features, written into `out` (length = labels). */
export function scoreFeatures(model: FieldModel, features: readonly number[], out: Float64Array): void {
  const k = model.labels.length;
  const { weights, bias } = model;
  for (let j = 0; j < k; j++) out[j] = bias[j] as number;
  // Features are scaled by 1/sqrt(count) so long messages do not get over-confident.
  const scale = (features.length > 0 ? 1 / Math.sqrt(features.length) : 0) * (model.weightScale ?? 1);
  // A field may have fewer buckets than the features were hashed into (the language field): it reads them folded.
  const mask = model.buckets - 1;
  for (const f of features) {
    const row = (f & mask) * k;
    for (let j = 0; j < k; j++) out[j] = (out[j] as number) + (weights[row + j] as number) * scale;
  }
  let max = -Infinity;
  for (let j = 0; j < k; j++) if ((out[j] as number) > max) max = out[j] as number;
  let sum = 0;
  for (let j = 0; j < k; j++) {
    const e = Math.exp((out[j] as number) - max);
    out[j] = e;
    sum += e;
  }
  for (let j = 0; j < k; j++) out[j] = (out[j] as number) / sum;
}

/** The most probable label (one pass, no sorting: a slot needs only the best reading). */
export function best(model: FieldModel, probabilities: Float64Array): Prediction | undefined {
  let at = -1;
  for (let j = 0; j < model.labels.length; j++) if (at < 0 || (probabilities[j] as number) > (probabilities[at] as number)) at = j;
  return at < 0 ? undefined : { label: model.labels[at] as string, probability: probabilities[at] as number };
}

/** Labels ranked by probability, best first (at most `top`). */
export function rank(model: FieldModel, probabilities: Float64Array, top: number): Prediction[] {
  // Insertion into a short list, not a sort of every label: it runs on every message.
  const ranked: Prediction[] = [];
  for (let j = 0; j < model.labels.length; j++) {
    const probability = probabilities[j] as number;
    if (ranked.length === top && probability <= (ranked[top - 1] as Prediction).probability) continue;
    let at = ranked.length;
    while (at > 0 && probability > (ranked[at - 1] as Prediction).probability) at--;
    ranked.splice(at, 0, { label: model.labels[j] as string, probability });
    if (ranked.length > top) ranked.pop();
  }
  return ranked;
}

/** Hashes folded text once, for every field model that shares the bucket count. */
export function featuresOf(folded: string, buckets: number): number[] {
  const out: number[] = [];
  hashFeatures(folded, buckets - 1, out);
  return out;
}
