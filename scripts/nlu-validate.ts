/**
 * `npm run nlu:validate`: how the trained model's thresholds were chosen, reproducibly. It trains on the
 * held-out sets plus four fifths of the blind-written corpus (data/nlu/train/c-*), then scores the
 * lexicon alone and the hybrid on the fifth it never saw, with the default thresholds and a small
 * sweep around them. No blind set (test/fixtures/blind-*) is read: those are never tuned on.
 */
import { createHybridUnderstander, DEFAULT_THRESHOLDS, type HybridThresholds } from "../src/core/nlu/model/hybrid-understander.js";
import { DEFAULT_TRAIN_OPTIONS } from "../src/core/nlu/model/train.js";
import { trainFields } from "../src/core/nlu/model/train-fields.js";
import { createUnderstander } from "../src/core/nlu/understand.js";
import { loadDefaultLexicon } from "../src/infra/create-core-from-disk.js";
import type { Understander } from "../src/core/nlu/understanding.js";
import type { EvalLine } from "./eval-score.js";
import { readCorpus } from "./train.js";

const FIELDS = ["intent", "application", "role", "status"] as const;

function score(lines: readonly EvalLine[], understander: Understander): { all: number; intent: number; asks: number } {
  let all = 0;
  let intent = 0;
  let asks = 0;
  for (const line of lines) {
    const u = understander.understand(line.text) as unknown as Record<string, unknown> & { alternatives?: unknown[] };
    if ((u.alternatives ?? []).length > 0) asks++;
    const okIntent = (u.intent ?? "help") === line.expect.intent;
    if (okIntent) intent++;
    if (okIntent && FIELDS.every((f) => f === "intent" || !(f in line.expect) || (u[f] ?? null) === line.expect[f])) all++;
  }
  const pct = (n: number) => (100 * n) / lines.length;
  return { all: pct(all), intent: pct(intent), asks };
}

const { lines } = readCorpus();
const corpus = lines.filter((l) => l.id.startsWith("c-"));
const held = corpus.filter((_, i) => i % 5 === 0);
const train = [...lines.filter((l) => !l.id.startsWith("c-")), ...corpus.filter((_, i) => i % 5 !== 0)];
const lexicon = createUnderstander(loadDefaultLexicon());
// `--buckets=15` trains with 2^15 hash buckets instead of the default, to weigh a smaller table's speed against accuracy.
const bucketsArg = process.argv.find((arg) => arg.startsWith("--buckets="));
const options = bucketsArg
  ? { ...DEFAULT_TRAIN_OPTIONS, buckets: 2 ** Number(bucketsArg.slice("--buckets=".length)) }
  : DEFAULT_TRAIN_OPTIONS;
const model = trainFields(train, lexicon, options);
const show = (name: string, r: ReturnType<typeof score>) =>
  console.log(`  ${name.padEnd(52)} all ${r.all.toFixed(1)}%  intent ${r.intent.toFixed(1)}%  asks ${r.asks}`);
console.log(
  `nlu:validate: ${options.buckets} buckets; trained on ${train.length} lines, scored on ${held.length} corpus lines it never saw\n`,
);
show("lexicon alone", score(held, lexicon));
show("hybrid, default thresholds", score(held, createHybridUnderstander(lexicon, model)));
const sweep: [string, Partial<HybridThresholds>][] = [
  ["the lexicon's intent unless the model is sure (0.85)", { overrideIntent: 0.85, fillIntent: 0.5 }],
  ["override 0.6", { overrideIntent: 0.6 }],
  ["override 0.4", { overrideIntent: 0.4 }],
  ["never replace a slot the lexicon found", { overrideSlot: 2 }],
  ["replace slots at 0.8", { overrideSlot: 0.8 }],
  ["fill slots at 0.5", { fillSlot: 0.5 }],
  ["fill slots at 0.3", { fillSlot: 0.3 }],
  ["fill slots from 4 words", { minWordsToFill: 4 }],
  ["fill slots from 8 words", { minWordsToFill: 8 }],
  ["override at any margin", { overrideMargin: 0 }],
  ["override at a margin of 0.3", { overrideMargin: 0.3 }],
  ["override whatever the lexicon's lead", { firmLead: Number.POSITIVE_INFINITY }],
  ["the lexicon stands from a lead of 2", { firmLead: 2 }],
  ["the lexicon stands from a lead of 4.5", { firmLead: 4.5 }],
  ["keep the lexicon's reminder operation", { reminderOperation: 2 }],
  ["never replace the lexicon's role", { overrideRole: 2 }],
  ["replace the lexicon's role at 0.6", { overrideRole: 0.6 }],
  ["replace the lexicon's role at 0.8", { overrideRole: 0.8 }],
  ["fill the role at 0.4", { fillRole: 0.4 }],
  ["fill the role at 0.7", { fillRole: 0.7 }],
];
for (const [name, change] of sweep)
  show(`hybrid, ${name}`, score(held, createHybridUnderstander(lexicon, model, { ...DEFAULT_THRESHOLDS, ...change })));
