import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { type FieldModel, weightAt } from "../core/nlu/model/linear-model.js";
import { MODEL_FIELDS, type NluModel } from "../core/nlu/model/nlu-model.js";

/**
 * The trained model on disk: `model.json` (labels, biases, quantization scales, corpus digest) and
 * `weights.bin` (int8 weights, every field one after the other). Int8 with one scale per field keeps
 * the files small (a quarter of float32) at no measurable cost in accuracy for a linear model.
 */
const PowerOfTwo = z
  .number()
  .int()
  .refine((n) => n > 0 && (n & (n - 1)) === 0, "must be a power of two");
const FieldHeaderSchema = z.object({
  labels: z.array(z.string().min(1)).min(2),
  /** A field with fewer buckets than the model's (the language field) reads the features folded; absent: the model's. */
  buckets: PowerOfTwo.optional(),
  bias: z.array(z.number()),
  scale: z.number().positive(),
  offset: z.number().int().nonnegative(),
});
export const ModelHeaderSchema = z.object({
  version: z.literal(1),
  buckets: PowerOfTwo,
  corpusDigest: z.string(),
  trainedOn: z.array(z.string()),
  fields: z.partialRecord(z.enum(MODEL_FIELDS), FieldHeaderSchema),
});
export type ModelHeader = z.infer<typeof ModelHeaderSchema>;

export const MODEL_HEADER = "model.json";
export const MODEL_WEIGHTS = "weights.bin";

/** Loads and validates the model; returns null when no model has been trained (the lexicon then works alone). */
export function loadNluModel(dir: string): NluModel | null {
  const headerPath = join(dir, MODEL_HEADER);
  if (!existsSync(headerPath)) return null;
  const parsed = ModelHeaderSchema.safeParse(JSON.parse(readFileSync(headerPath, "utf8")));
  if (!parsed.success) {
    throw new Error(`${headerPath}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const header = parsed.data;
  const bytes = readFileSync(join(dir, MODEL_WEIGHTS));
  const weightsOf = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fields: Partial<Record<(typeof MODEL_FIELDS)[number], FieldModel>> = {};
  for (const name of MODEL_FIELDS) {
    const field = header.fields[name];
    if (!field) continue;
    const buckets = field.buckets ?? header.buckets;
    const size = buckets * field.labels.length;
    if (field.bias.length !== field.labels.length || field.offset + size > weightsOf.length) {
      throw new Error(`${headerPath}: field ${name} does not match ${MODEL_WEIGHTS} (retrain with npm run train)`);
    }
    // Kept as int8 with the field's scale (see linear-model.ts): a view of the file's bytes, no copy.
    const weights = weightsOf.subarray(field.offset, field.offset + size);
    fields[name] = {
      labels: field.labels,
      buckets,
      weights,
      weightScale: field.scale,
      bias: Float32Array.from(field.bias),
    };
  }
  return { buckets: header.buckets, fields };
}

/** Writes the model (int8-quantized) and returns the header. */
export function saveNluModel(dir: string, model: NluModel, corpusDigest: string, trainedOn: readonly string[]): ModelHeader {
  mkdirSync(dir, { recursive: true });
  const parts: Int8Array[] = [];
  let offset = 0;
  const fields: ModelHeader["fields"] = {};
  for (const name of MODEL_FIELDS) {
    const field = model.fields[name];
    if (!field) continue;
    let max = 0;
    for (let i = 0; i < field.weights.length; i++) max = Math.max(max, Math.abs(weightAt(field, i)));
    const scale = max > 0 ? max / 127 : 1;
    const q = new Int8Array(field.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(weightAt(field, i) / scale);
    parts.push(q);
    fields[name] = {
      labels: [...field.labels],
      ...(field.buckets !== model.buckets ? { buckets: field.buckets } : {}),
      bias: Array.from(field.bias, (b) => Math.round(b * 1e6) / 1e6),
      scale,
      offset,
    };
    offset += q.length;
  }
  const all = new Int8Array(offset);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  const header: ModelHeader = { version: 1, buckets: model.buckets, corpusDigest, trainedOn: [...trainedOn], fields };
  writeFileSync(join(dir, MODEL_WEIGHTS), all);
  writeFileSync(join(dir, MODEL_HEADER), `${JSON.stringify(header, null, 1)}\n`);
  return header;
}

/** A digest of the training files, so a test can tell when the committed model is older than its corpus. */
export function corpusDigest(files: readonly { name: string; text: string }[]): string {
  const hash = createHash("sha256");
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) hash.update(f.name).update("\0").update(f.text).update("\0");
  return hash.digest("hex").slice(0, 16);
}

export const ensureDir = (path: string) => mkdirSync(dirname(path), { recursive: true });
