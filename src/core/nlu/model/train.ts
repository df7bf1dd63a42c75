import { type FieldModel, scoreFeatures } from "./linear-model.js";

/** One training example: hashed features and the index of its label. */
export interface Example {
  readonly features: readonly number[];
  readonly label: number;
}

export interface TrainOptions {
  readonly buckets: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty applied to the weights an example touches (lazy, so training stays sparse). */
  readonly l2: number;
  readonly seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { buckets: 1 << 16, epochs: 12, learningRate: 0.5, l2: 1e-5, seed: 13 };

/** mulberry32: a tiny seeded generator, so `npm run train` gives the same model byte for byte. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains a softmax classifier by stochastic gradient descent with a decaying step. Classes are
 * weighted by the inverse square root of their frequency, so a label with 30 examples is not
 * drowned by one with 3,000, without over-fitting the rare ones as full balancing would.
 */
export function trainSoftmax(
  labels: readonly string[],
  examples: readonly Example[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): FieldModel {
  const k = labels.length;
  const weights = new Float32Array(options.buckets * k);
  const bias = new Float32Array(k);
  const model: FieldModel = { labels: [...labels], buckets: options.buckets, weights, bias };
  const counts = new Array<number>(k).fill(0);
  for (const e of examples) counts[e.label] = (counts[e.label] as number) + 1;
  const mean = examples.length / Math.max(1, counts.filter((c) => c > 0).length);
  const classWeight = counts.map((c) => (c > 0 ? Math.sqrt(mean / c) : 0));
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  const scores = new Float64Array(k);
  let step = 0;
  const totalSteps = options.epochs * examples.length;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const example = examples[index] as Example;
      const rate = options.learningRate * (1 - step / totalSteps) + 0.01;
      step++;
      const scale = example.features.length > 0 ? 1 / Math.sqrt(example.features.length) : 0;
      // The same forward pass as prediction: `scores` holds the label probabilities.
      scoreFeatures(model, example.features, scores);
      const w = (classWeight[example.label] as number) * rate;
      for (let j = 0; j < k; j++) {
        const gradient = ((scores[j] as number) - (j === example.label ? 1 : 0)) * w;
        scores[j] = gradient;
        bias[j] = (bias[j] as number) - gradient;
      }
      const decay = 1 - options.l2 * rate;
      for (const f of example.features) {
        const row = (f & (options.buckets - 1)) * k;
        for (let j = 0; j < k; j++) weights[row + j] = (weights[row + j] as number) * decay - (scores[j] as number) * scale;
      }
    }
  }
  return model;
}
