/**
 * `npm run train`: trains the classifiers (intent, application, role, status) on the corpus named in
 * data/nlu/train/manifest.json plus every data/nlu/train/*.jsonl, and writes data/nlu/model/.
 * Reproducible: fixed seed, fixed file order; the same corpus gives the same bytes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { trainFields } from "../src/core/nlu/model/train-fields.js";
import { createUnderstander } from "../src/core/nlu/understand.js";
import { loadDefaultLexicon, PROJECT_ROOT } from "../src/infra/create-core-from-disk.js";
import { corpusDigest, saveNluModel } from "../src/infra/nlu-model-file.js";
import { parseEvalSet } from "./eval-score.js";

const ManifestSchema = z.object({ about: z.string(), sources: z.array(z.object({ path: z.string(), how: z.string() })) });

export function readCorpus(root = PROJECT_ROOT) {
  const trainDir = join(root, "data", "nlu", "train");
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(trainDir, "manifest.json"), "utf8")));
  const paths = [
    ...manifest.sources.map((s) => s.path),
    ...readdirSync(trainDir)
      .filter((f) => f.endsWith(".jsonl"))
      .sort()
      .map((f) => `data/nlu/train/${f}`),
  ];
  const files = paths.map((name) => ({ name, text: readFileSync(join(root, name), "utf8") }));
  const lines = files.flatMap((f) => parseEvalSet(f.text, f.name));
  return { files, lines };
}

if (process.argv[1]?.endsWith("train.ts")) {
  const started = performance.now();
  const { files, lines } = readCorpus();
  const model = trainFields(lines, createUnderstander(loadDefaultLexicon()));
  const header = saveNluModel(
    join(PROJECT_ROOT, "data", "nlu", "model"),
    model,
    corpusDigest(files),
    files.map((f) => f.name),
  );
  const summary = Object.entries(header.fields)
    .map(([field, f]) => `${field} ${f?.labels.length} labels`)
    .join(", ");
  console.log(
    `trained on ${lines.length} lines from ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary}`,
  );
}
