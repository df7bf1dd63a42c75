/**
 * `npm run nlu:compare [-- <set.jsonl> ...]`: the ways this project can read a message, side by side,
 * trained on the same corpus (data/nlu/train, see `npm run train`) and scored on labelled sets it
 * never trained on (default: the shared dev set and every test/fixtures/blind-*.jsonl):
 *
 * 1. lexicon: the phrase lists compiled into an Aho-Corasick automaton (src/core/nlu/understand.ts);
 * 2. softmax: the trained classifiers alone (character and word n-grams, src/core/nlu/model);
 * 3. hybrid: the two combined, as the bot runs them (model/hybrid-understander.ts);
 * 4. NLP.js (node-nlp v4), trained on the corpus lines, intent only;
 * 5. fastText (Debian's `fasttext`, when installed), trained on the corpus lines, intent only.
 *
 * Prints intent and all-fields accuracy per set and speed (messages/s, one core, after warm-up).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { NlpManager } from "node-nlp";
import { featuresOf, rank, scoreFeatures } from "../src/core/nlu/model/linear-model.js";
import type { NluModel } from "../src/core/nlu/model/nlu-model.js";
import { createHybridUnderstander } from "../src/core/nlu/model/hybrid-understander.js";
import { foldText } from "../src/core/nlu/normalize.js";
import { createUnderstander } from "../src/core/nlu/understand.js";
import type { Understander } from "../src/core/nlu/understanding.js";
import { loadDefaultLexicon, PROJECT_ROOT } from "../src/infra/create-core-from-disk.js";
import { loadNluModel } from "../src/infra/nlu-model-file.js";
import { type EvalLine, parseEvalSet } from "./eval-score.js";
import { readCorpus } from "./train.js";

const NLU_FIELDS = ["intent", "application", "role", "status"] as const;
type Reading = Partial<Record<(typeof NLU_FIELDS)[number], string | null>>;

/** The trained classifiers alone, with no lexicon readings among their features. */
function modelOnly(model: NluModel): (text: string) => Reading {
  return (text) => {
    const features = featuresOf(foldText(text), model.buckets);
    const out: Reading = {};
    for (const field of NLU_FIELDS) {
      const m = model.fields[field];
      if (!m) continue;
      const p = new Float64Array(m.labels.length);
      scoreFeatures(m, features, p);
      out[field] = rank(m, p, 1)[0]?.label ?? null;
    }
    return out;
  };
}

const fromUnderstander = (u: Understander) => (text: string) => u.understand(text) as Reading;

function score(lines: readonly EvalLine[], read: (text: string) => Reading) {
  let intent = 0;
  let all = 0;
  for (const line of lines) {
    const r = read(line.text);
    const okIntent = (r.intent ?? "help") === line.expect.intent;
    if (okIntent) intent++;
    const okAll = okIntent && NLU_FIELDS.every((f) => f === "intent" || !(f in line.expect) || (r[f] ?? null) === line.expect[f]);
    if (okAll) all++;
  }
  return { intent: (100 * intent) / lines.length, all: (100 * all) / lines.length };
}

function speed(lines: readonly EvalLine[], read: (text: string) => unknown): number {
  for (const l of lines) read(l.text);
  const rounds = Math.max(1, Math.ceil(4000 / lines.length));
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const l of lines) read(l.text);
  return (rounds * lines.length) / ((performance.now() - t0) / 1000);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).map((p) => resolve(p));
  const fixtures = join(PROJECT_ROOT, "test", "fixtures");
  const files = args.length
    ? args
    : [
        join(PROJECT_ROOT, "..", "shared", "eval", "dev.jsonl"),
        ...readdirSync(fixtures)
          .filter((f) => f.startsWith("blind-") && f.endsWith(".jsonl"))
          .map((f) => join(fixtures, f)),
      ].filter(existsSync);
  const sets = files.map((f) => ({ name: f.replace(`${PROJECT_ROOT}/`, ""), lines: parseEvalSet(readFileSync(f, "utf8"), f) }));
  const { lines: corpus } = readCorpus();

  const lexicon = createUnderstander(loadDefaultLexicon());
  const model = loadNluModel(join(PROJECT_ROOT, "data", "nlu", "model"));
  if (!model) throw new Error("no trained model in data/nlu/model: run npm run train");
  const readers: { name: string; read: (text: string) => Reading }[] = [
    { name: "lexicon", read: fromUnderstander(lexicon) },
    { name: "softmax", read: modelOnly(model) },
    { name: "hybrid", read: fromUnderstander(createHybridUnderstander(lexicon, model)) },
  ];

  const manager = new NlpManager({ languages: ["en"], forceNER: false, autoSave: false, nlu: { log: false, useNoneFeature: true } });
  for (const l of corpus) manager.addDocument("en", foldText(l.text), l.expect.intent);
  const t0 = performance.now();
  await manager.train();
  const nlpTrainMs = performance.now() - t0;
  const nlpCache = new Map<string, string>();
  for (const s of sets)
    for (const l of s.lines) {
      const r = await manager.process("en", foldText(l.text));
      nlpCache.set(l.text, r.intent === "None" ? "help" : r.intent);
    }
  readers.push({ name: "NLP.js", read: (text) => ({ intent: nlpCache.get(text) ?? "help" }) });

  let fastTextNote = "fastText: not installed (apt-get install fasttext)";
  if (existsSync("/usr/bin/fasttext")) {
    const dir = mkdtempSync(join(tmpdir(), "nlu-compare-"));
    try {
      const label = (l: { text: string }) => foldText(l.text).replace(/\n/g, " ");
      writeFileSync(join(dir, "train.txt"), corpus.map((l) => `__label__${l.expect.intent} ${label(l)}`).join("\n"));
      const ft0 = performance.now();
      execFileSync("fasttext", [
        "supervised",
        "-input",
        join(dir, "train.txt"),
        "-output",
        join(dir, "m"),
        "-epoch",
        "30",
        "-wordNgrams",
        "2",
        "-minn",
        "2",
        "-maxn",
        "4",
        "-dim",
        "50",
        "-thread",
        "1",
        "-verbose",
        "0",
      ]);
      const ftTrainMs = performance.now() - ft0;
      const all = sets.flatMap((s) => s.lines);
      writeFileSync(join(dir, "test.txt"), all.map(label).join("\n"));
      const ft1 = performance.now();
      const predicted = execFileSync("fasttext", ["predict", join(dir, "m.bin"), join(dir, "test.txt")], { encoding: "utf8" })
        .trim()
        .split("\n");
      const ftPredictMs = performance.now() - ft1;
      const cache = new Map(all.map((l, i) => [l.text, (predicted[i] ?? "").replace("__label__", "")]));
      readers.push({ name: "fastText", read: (text) => ({ intent: cache.get(text) ?? "help" }) });
      fastTextNote = `fastText: trained in ${ftTrainMs.toFixed(0)} ms; ${all.length} predictions in ${ftPredictMs.toFixed(0)} ms including model load (CLI)`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  console.log(`nlu:compare: trained on ${corpus.length} corpus lines; NLP.js trained in ${nlpTrainMs.toFixed(0)} ms\n`);
  const header = `  ${"set".padEnd(36)}${readers.map((r) => r.name.padStart(20)).join("")}`;
  console.log(`${header}\n  ${" ".repeat(36)}${readers.map(() => "intent / all".padStart(20)).join("")}`);
  for (const s of sets) {
    const cells = readers.map((r) => {
      const { intent, all } = score(s.lines, r.read);
      return `${intent.toFixed(1)} / ${r.name === "NLP.js" || r.name === "fastText" ? "  -  " : all.toFixed(1)}`.padStart(20);
    });
    console.log(`  ${`${s.name} (${s.lines.length})`.padEnd(36)}${cells.join("")}`);
  }
  const speedLines = sets.flatMap((s) => s.lines);
  console.log(
    `\n  messages/s (one core, in process): lexicon ${Math.round(speed(speedLines, readers[0]!.read))}, softmax ${Math.round(speed(speedLines, readers[1]!.read))}, hybrid ${Math.round(speed(speedLines, readers[2]!.read))}`,
  );
  console.log(`  ${fastTextNote}`);
  console.log("  'all' = intent, application, role and status right where the line names them; NLP.js and fastText read intents only.");
}

main().catch((error: unknown) => {
  console.error(`nlu:compare: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
