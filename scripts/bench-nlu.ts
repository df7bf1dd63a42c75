/**
 * `tsx scripts/bench-nlu.ts [rounds]`: the understander alone — time to compile every lexicon
 * (part of the bot's start-up) and time per message (p50/p99, messages/s) over the dev set and the
 * held-out test questions, for the lexicon alone and for the understander the bot runs (lexicon, trained
 * model, long-post reading). The goal: at least 20,000 messages/s, in the steady state a bot's process
 * spends its days in. So 20 warm-up rounds (about 7,000 messages, under half a second) come first: after
 * one round the optimizing compiler had not yet reached most of the understander, and the figure was a
 * fifth lower. Start-up is measured apart, as "load" here and as the first answer in bench-ask.
 *
 * Each understander is measured in a process of its own, as `npm run bench` runs each benchmark: the
 * bot holds one compiled lexicon, and a second one measured first in the same process (its memory,
 * its compiled code) slowed the first figure here by up to a fifth.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createUnderstander } from "../src/core/nlu/understand.js";
import { createDefaultUnderstander, loadDefaultLexicon, PROJECT_ROOT } from "../src/infra/create-core-from-disk.js";
import { HELD_OUT_CASES } from "../test/core/nlu/held-out-cases.js";
import { HELD_OUT_CASES_2 } from "../test/core/nlu/held-out-cases-2.js";
import { HELD_OUT_CASES_3 } from "../test/core/nlu/held-out-cases-3.js";

const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const rounds = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 200);
const devPath = join(PROJECT_ROOT, "..", "shared", "eval", "dev.jsonl");
const texts = [...HELD_OUT_CASES, ...HELD_OUT_CASES_2, ...HELD_OUT_CASES_3].map(([, text]) => text);
if (existsSync(devPath)) {
  for (const line of readFileSync(devPath, "utf8").split("\n")) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
}

const WARM_UP_ROUNDS = 20;

function measure(name: string, create: () => { understand(text: string): unknown }): void {
  const t0 = performance.now();
  const understander = create();
  const loadMs = performance.now() - t0;
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const text of texts) understander.understand(text);
  const samples = new Float64Array(rounds * texts.length);
  let k = 0;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const s = performance.now();
      understander.understand(text);
      samples[k++] = performance.now() - s;
    }
  }
  const total = performance.now() - start;
  samples.sort();
  const at = (q: number) => (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number) * 1000;
  console.log(`${name}: load ${loadMs.toFixed(0)} ms; ${texts.length} messages x ${rounds} rounds`);
  console.log(
    `  ${Math.round(samples.length / (total / 1000))} messages/s; p50 ${at(0.5).toFixed(1)} µs, p99 ${at(0.99).toFixed(1)} µs, max ${at(1).toFixed(0)} µs`,
  );
}

if (only === "lexicon") measure("lexicon alone", () => createUnderstander(loadDefaultLexicon()));
else if (only === "bot") measure("understander as the bot runs it (lexicon + model + long posts)", () => createDefaultUnderstander());
else {
  for (const which of ["lexicon", "bot"]) {
    const self = process.argv[1] as string;
    spawnSync(process.execPath, [...process.execArgv, self, `--only=${which}`, String(rounds)], { stdio: "inherit" });
  }
}
