import { foldText } from "../normalize.js";
import type { Understander } from "../understanding.js";
import { featuresOf } from "./linear-model.js";
import { lexiconFeatures } from "./lexicon-features.js";
import { FIELD_BUCKETS, MODEL_FIELDS, type NluModel } from "./nlu-model.js";
import { DEFAULT_TRAIN_OPTIONS, type Example, type TrainOptions, trainSoftmax } from "./train.js";

/** One labelled message; a field left out of `expect` is unknown for that line and not trained on. */
export interface LabelledLine {
  readonly text: string;
  readonly lang?: string;
  readonly expect: Readonly<Record<string, unknown>>;
}

/**
 * Trains one classifier per field. Every line is seen twice: with the lexicon's readings as features
 * and without them, so the model neither ignores the phrase lists nor depends on them (the lexicon
 * was tuned on some of these lines and is right more often there than on new messages).
 */
export function trainFields(
  lines: readonly LabelledLine[],
  lexicon: Understander,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): NluModel {
  const plain = lines.map((l) => featuresOf(foldText(l.text), options.buckets));
  const withLexicon = lines.map((l, i) => {
    const features = [...(plain[i] as number[])];
    lexiconFeatures(lexicon.understand(l.text), options.buckets, features);
    return features;
  });
  const fields: NluModel["fields"] = {};
  for (const field of MODEL_FIELDS) {
    const labelled = lines
      .map((l, i) => ({ value: field === "lang" ? l.lang : l.expect[field], i }))
      .filter((x) => typeof x.value === "string") as {
      value: string;
      i: number;
    }[];
    const labels = [...new Set(labelled.map((x) => x.value))].sort();
    if (labels.length < 2) continue;
    const examples: Example[] = [];
    for (const { value, i } of labelled) {
      const label = labels.indexOf(value);
      examples.push({ features: plain[i] as number[], label }, { features: withLexicon[i] as number[], label });
    }
    const buckets = Math.min(FIELD_BUCKETS[field] ?? options.buckets, options.buckets);
    fields[field] = trainSoftmax(labels, examples, { ...options, buckets });
  }
  return { buckets: options.buckets, fields };
}
