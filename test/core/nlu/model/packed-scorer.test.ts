import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FieldModel } from "../../../../src/core/nlu/model/linear-model.js";
import { scoreFeatures } from "../../../../src/core/nlu/model/linear-model.js";
import { createPackedScorer } from "../../../../src/core/nlu/model/packed-scorer.js";

const BUCKETS = 64;

/** An int8 field model as a loaded file gives one: random weights over the whole int8 range, the extremes included. */
function int8Field(labels: number, seed: number): FieldModel {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state;
  };
  const weights = new Int8Array(BUCKETS * labels);
  for (let i = 0; i < weights.length; i++) weights[i] = i % 7 === 0 ? (i % 2 ? 127 : -128) : (next() % 256) - 128;
  const bias = new Float32Array(labels);
  for (let j = 0; j < labels; j++) bias[j] = ((next() % 200) - 100) / 100;
  return { labels: Array.from({ length: labels }, (_, j) => `l${j}`), buckets: BUCKETS, weights, weightScale: 0.01, bias };
}

describe("packed scorer", () => {
  // The bot's groups: intent, application and role (11 + 34 + 9 labels) together, status (31) alone.
  const group = [int8Field(11, 1), int8Field(34, 2), int8Field(9, 3)];
  const status = [int8Field(31, 4)];

  const agrees = (fields: FieldModel[], features: number[]) => {
    const scorer = createPackedScorer(fields);
    scorer.score(Int32Array.from(features), features.length);
    fields.forEach((field, i) => {
      const expected = new Float64Array(field.labels.length);
      scoreFeatures(field, features, expected);
      const got = scorer.probabilities(i);
      for (let j = 0; j < expected.length; j++) expect(got[j]).toBeCloseTo(expected[j] as number, 12);
    });
  };

  it("gives scoreFeatures' probabilities for every field, whatever the number of features", () => {
    // 256 features fill a lane to its limit; 257 and 1,000 cross chunk boundaries.
    for (const length of [0, 1, 2, 255, 256, 257, 511, 512, 1000]) {
      const features = Array.from({ length }, (_, i) => (i * 37 + (i >> 3)) % BUCKETS);
      agrees(group, features);
      agrees(status, features);
    }
  });

  it("is exact even when every feature hits the heaviest weights (no lane carries into the next)", () => {
    const heavy: FieldModel = { ...int8Field(5, 9), weights: new Int8Array(BUCKETS * 5).fill(127) };
    const light: FieldModel = { ...int8Field(5, 9), weights: new Int8Array(BUCKETS * 5).fill(-128) };
    agrees(
      [heavy, light],
      Array.from({ length: 300 }, () => 3),
    );
  });

  it("agrees with scoreFeatures on generated feature lists", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: BUCKETS - 1 }), { maxLength: 700 }), (features) => agrees(group, features)),
      { numRuns: 60 },
    );
  });

  it("reads only the first `count` features of a reused buffer", () => {
    const scorer = createPackedScorer(group);
    const buffer = Int32Array.from([5, 9, 13, 60, 61, 62]);
    scorer.score(buffer, 3);
    const expected = new Float64Array(11);
    scoreFeatures(group[0] as FieldModel, [5, 9, 13], expected);
    expect(Array.from(scorer.probabilities(0))).toEqual(Array.from(scorer.probabilities(0)));
    for (let j = 0; j < 11; j++) expect(scorer.probabilities(0)[j]).toBeCloseTo(expected[j] as number, 12);
  });

  it("refuses float (training) weights and fields of different bucket counts", () => {
    const float: FieldModel = { labels: ["a", "b"], buckets: BUCKETS, weights: new Float32Array(BUCKETS * 2), bias: new Float32Array(2) };
    expect(() => createPackedScorer([float])).toThrow(/int8/);
    expect(() => createPackedScorer([int8Field(3, 1), { ...int8Field(3, 2), buckets: 32 }])).toThrow(/bucket/);
  });
});

describe("packed scorer over a field with fewer buckets", () => {
  it("reads the model's features folded into the field's buckets, as scoreFeatures does", () => {
    const small = { ...int8Field(12, 5), buckets: 16, weights: int8Field(12, 5).weights.subarray(0, 16 * 12) };
    const scorer = createPackedScorer([small]);
    const features = [3, 19, 35, 1000, 65535, 7];
    scorer.score(Int32Array.from(features), features.length);
    const expected = new Float64Array(12);
    scoreFeatures(small, features, expected);
    for (let j = 0; j < 12; j++) expect(scorer.probabilities(0)[j]).toBeCloseTo(expected[j] as number, 12);
  });
});
