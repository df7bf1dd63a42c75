import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FieldModel, scoreFeatures, weightAt } from "../../src/core/nlu/model/linear-model.js";
import { corpusDigest, loadNluModel, saveNluModel } from "../../src/infra/nlu-model-file.js";
import { readCorpus } from "../../scripts/train.js";
import { PROJECT_ROOT } from "../../src/infra/create-core-from-disk.js";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "nlu-model-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the model file", () => {
  it("round-trips through int8 quantization within one step of the scale", () => {
    const weights = Float32Array.from({ length: 16 * 3 }, (_, i) => Math.sin(i) * 2);
    const model = {
      buckets: 16,
      fields: { intent: { labels: ["a", "b", "c"], buckets: 16, weights, bias: Float32Array.from([0.1, -0.2, 0.3]) } },
    };
    const dir = tempDir();
    const header = saveNluModel(dir, model, "digest", ["x.jsonl"]);
    const loaded = loadNluModel(dir);
    const back = loaded?.fields.intent;
    expect(back?.labels).toEqual(["a", "b", "c"]);
    const step = header.fields.intent?.scale ?? 1;
    for (let i = 0; i < weights.length; i++)
      expect(Math.abs((back ? weightAt(back, i) : 0) - (weights[i] ?? 0))).toBeLessThanOrEqual(step / 2 + 1e-6);
    // Kept as the file's int8 weights with their scale: a quarter of the memory of floats.
    expect(back?.weights).toBeInstanceOf(Int8Array);
    // Saving a loaded model writes the same bytes again.
    const again = tempDir();
    saveNluModel(again, loaded as NonNullable<typeof loaded>, "digest", ["x.jsonl"]);
    expect(loadNluModel(again)?.fields.intent?.weights).toEqual(back?.weights);
  });

  it("keeps a field's own, smaller bucket count, and that field reads the model's features folded into it", () => {
    const lang = { labels: ["en", "fr"], buckets: 4, weights: Float32Array.from([1, -1, 0, 0, 0, 0, -1, 1]), bias: new Float32Array(2) };
    const intent = { labels: ["a", "b"], buckets: 16, weights: new Float32Array(32), bias: new Float32Array(2) };
    const dir = tempDir();
    const header = saveNluModel(dir, { buckets: 16, fields: { intent, lang } }, "digest", []);
    expect(header.fields.lang?.buckets).toBe(4);
    expect(header.fields.intent?.buckets).toBeUndefined();
    const loaded = loadNluModel(dir);
    expect(loaded?.fields.lang?.buckets).toBe(4);
    expect(loaded?.fields.intent?.buckets).toBe(16);
    // Feature 12 of the model's 16 buckets is bucket 0 of the field's 4, feature 15 is bucket 3.
    const p = new Float64Array(2);
    scoreFeatures(loaded?.fields.lang as FieldModel, [12], p);
    expect(p[0]).toBeGreaterThan(p[1] as number);
    scoreFeatures(loaded?.fields.lang as FieldModel, [15], p);
    expect(p[1]).toBeGreaterThan(p[0] as number);
  });

  it("is absent without a header (the lexicon then runs alone) and rejected when the header is wrong, naming the problem", () => {
    const dir = tempDir();
    expect(loadNluModel(dir)).toBeNull();
    writeFileSync(join(dir, "model.json"), JSON.stringify({ version: 1, buckets: 12, corpusDigest: "x", trainedOn: [], fields: {} }));
    expect(() => loadNluModel(dir)).toThrow(/buckets: must be a power of two/);
  });

  it("the committed model was trained on the corpus as it is now (run npm run train after changing data/nlu/train)", () => {
    const header = JSON.parse(readFileSync(join(PROJECT_ROOT, "data", "nlu", "model", "model.json"), "utf8"));
    const { files } = readCorpus();
    expect(header.corpusDigest).toBe(corpusDigest(files));
  });
});
