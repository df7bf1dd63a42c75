import { describe, expect, it } from "vitest";
import { hashFeatures, MAX_WORD_CHARS } from "../../../../src/core/nlu/model/features.js";
import { featuresOf, rank, scoreFeatures } from "../../../../src/core/nlu/model/linear-model.js";
import { trainSoftmax } from "../../../../src/core/nlu/model/train.js";
import { foldText } from "../../../../src/core/nlu/normalize.js";

const BUCKETS = 1 << 12;
const options = { buckets: BUCKETS, epochs: 20, learningRate: 0.5, l2: 1e-5, seed: 7 };

const corpus: [string, string][] = [
  ["how long does it take", "timeline"],
  ["how many months is the wait", "timeline"],
  ["processing time for my file", "timeline"],
  ["where do i check my status", "trackable"],
  ["which website shows my application", "trackable"],
  ["where can i follow the progress", "trackable"],
  ["what does decision made mean", "status-meaning"],
  ["meaning of the status in progress", "status-meaning"],
  ["what is this status telling me", "status-meaning"],
];

describe("hashed features", () => {
  it("are the same for the same text and stay inside the buckets", () => {
    const a = featuresOf(foldText("Where is my PR card?"), BUCKETS);
    expect(featuresOf(foldText("where is my pr card"), BUCKETS)).toEqual(a);
    expect(a.every((f) => f >= 0 && f < BUCKETS)).toBe(true);
  });

  it("cost the same for a 2,000-letter word as for a 32-letter one (bounded work per message)", () => {
    const long: number[] = [];
    const capped: number[] = [];
    hashFeatures("a".repeat(2000), BUCKETS - 1, long);
    hashFeatures("a".repeat(MAX_WORD_CHARS), BUCKETS - 1, capped);
    expect(long).toEqual(capped);
  });
});

describe("softmax training", () => {
  const labels = ["status-meaning", "timeline", "trackable"];
  const examples = corpus.map(([text, label]) => ({ features: featuresOf(foldText(text), BUCKETS), label: labels.indexOf(label) }));

  it("learns the training lines and generalizes to a paraphrase", () => {
    const model = trainSoftmax(labels, examples, options);
    const p = new Float64Array(labels.length);
    for (const [text, label] of corpus) {
      scoreFeatures(model, featuresOf(foldText(text), BUCKETS), p);
      expect(rank(model, p, 1)[0]?.label).toBe(label);
    }
    scoreFeatures(model, featuresOf(foldText("how long is the processing wait?"), BUCKETS), p);
    expect(rank(model, p, 1)[0]?.label).toBe("timeline");
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it("is reproducible: the same corpus and seed give the same weights", () => {
    const a = trainSoftmax(labels, examples, options);
    const b = trainSoftmax(labels, examples, options);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    const c = trainSoftmax(labels, examples, { ...options, seed: 8 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });
});

describe("rank", () => {
  it("gives the best labels in order, ties in label order, as a full sort would", () => {
    const model = { labels: ["a", "b", "c", "d", "e"], buckets: 1, weights: new Float32Array(5), bias: new Float32Array(5) };
    const p = Float64Array.from([0.1, 0.3, 0.1, 0.3, 0.2]);
    expect(rank(model, p, 3).map((r) => r.label)).toEqual(["b", "d", "e"]);
    expect(rank(model, p, 5).map((r) => r.label)).toEqual(["b", "d", "e", "a", "c"]);
    expect(rank(model, p, 1)).toEqual([{ label: "b", probability: 0.3 }]);
  });
});
