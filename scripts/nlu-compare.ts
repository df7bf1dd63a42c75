/**
 * `npm run nlu:compare [-- <dev.jsonl>]` — issue 6's side-by-side comparison of two ways to read
 * intents in twelve languages, on the labelled dev set:
 *
 * 1. the project's understander (multilingual lexicons compiled into an Aho-Corasick automaton,
 *    symmetric-delete typo correction, cue rules), and
 * 2. an NLP.js (node-nlp v4) neural intent classifier, trained on utterances written for this
 *    project: the held-out test sentences (test/core/nlu) plus phrases taken from the same lexicons,
 *    so both approaches start from the same knowledge. It never sees a dev line.
 *
 * NLP.js is given each line's language (an advantage: the understander detects it). Prints intent
 * accuracy per language and throughput (questions/s, one core, after warm-up) for both.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { NlpManager } from "node-nlp";
import { createLanguageDetector } from "../src/core/nlu/detect-language.js";
import { expandAlternatives } from "../src/core/nlu/compile-lexicon.js";
import { CUE_LEXICON, LOCALE_NAME_LEXICON } from "../src/core/nlu/lexicon/cues.js";
import { INTENT_LEXICON } from "../src/core/nlu/lexicon/intents.js";
import { STATUS_LEXICON } from "../src/core/nlu/lexicon/statuses.js";
import type { Lexicon } from "../src/core/nlu/lexicon/types.js";
import { foldText } from "../src/core/nlu/normalize.js";
import { createUnderstander } from "../src/core/nlu/understand.js";
import { PROJECT_ROOT } from "../src/infra/create-core-from-disk.js";
import { HELD_OUT_CASES } from "../test/core/nlu/held-out-cases.js";
import { HELD_OUT_CASES_2 } from "../test/core/nlu/held-out-cases-2.js";
import { parseEvalSet } from "./eval-score.js";

const LANGUAGES = ["en", "fr", "es", "pt", "zh", "hi", "pa", "ur", "ar", "fa", "tl", "uk"] as const;

/** Plain phrases of a lexicon entry (markup stripped), optionally only those weighing at least `minWeight`. */
function phrases(lexicon: Lexicon, id: string, minWeight = 0, defaultWeight = 2): string[] {
  const out: string[] = [];
  for (const line of lexicon[id] ?? []) {
    for (const alt of line.split("|").flatMap(expandAlternatives)) {
      const [text, w] = alt.replace(/^\^/, "").split("^");
      const weight = w === undefined ? defaultWeight : Number(w);
      const clean = (text ?? "").replace(/\*/g, "").trim();
      if (clean && weight >= minWeight) out.push(clean);
    }
  }
  return out;
}

function pairUp(a: readonly string[], b: readonly string[]): string[] {
  return a.map((x, i) => `${x} ${b[i % b.length]}`);
}

/** Training utterances: held-out test sentences plus lexicon phrases and cue pairs, labelled with an intent. */
function trainingSet(): { text: string; intent: string; lang?: string }[] {
  const set: { text: string; intent: string; lang?: string }[] = [];
  for (const [lang, text, expect] of [...HELD_OUT_CASES, ...HELD_OUT_CASES_2]) {
    if (expect.intent) set.push({ text, intent: expect.intent, lang });
  }
  for (const intent of Object.keys(INTENT_LEXICON)) for (const p of phrases(INTENT_LEXICON, intent, 1.5)) set.push({ text: p, intent });
  for (const status of Object.keys(STATUS_LEXICON))
    for (const p of phrases(STATUS_LEXICON, status, 2.5)) set.push({ text: `${p} ?`, intent: "status-meaning" });
  const reminder = phrases(CUE_LEXICON, "reminder");
  for (const p of reminder) set.push({ text: p, intent: "reminder-set" });
  for (const p of pairUp(phrases(CUE_LEXICON, "reminder-cancel"), reminder)) set.push({ text: p, intent: "reminder-cancel" });
  for (const p of pairUp(phrases(CUE_LEXICON, "reminder-list"), reminder)) set.push({ text: p, intent: "reminder-list" });
  for (const p of pairUp(phrases(CUE_LEXICON, "delete"), phrases(CUE_LEXICON, "personal-data"))) set.push({ text: p, intent: "forget" });
  for (const p of phrases(CUE_LEXICON, "forget")) set.push({ text: p, intent: "forget" });
  const names = LANGUAGES.flatMap((l) => phrases(LOCALE_NAME_LEXICON, l));
  for (const p of pairUp(phrases(CUE_LEXICON, "language-verb"), names)) set.push({ text: p, intent: "language" });
  return set;
}

interface Tally {
  correct: number;
  total: number;
}

async function main(): Promise<void> {
  const file = process.argv[2] ? resolve(process.argv[2]) : join(PROJECT_ROOT, "..", "shared", "eval", "dev.jsonl");
  const lines = parseEvalSet(readFileSync(file, "utf8"), file);
  const detector = createLanguageDetector();

  // --- NLP.js ---
  const startTrain = performance.now();
  const manager = new NlpManager({
    languages: [...LANGUAGES],
    forceNER: false,
    autoSave: false,
    nlu: { log: false, useNoneFeature: true },
  });
  const training = trainingSet();
  for (const { text, intent, lang } of training) {
    const locale = lang ?? detector.detect(text, foldText(text).split(" ")).lang;
    manager.addDocument(locale, text, intent);
  }
  await manager.train();
  const trainMs = performance.now() - startTrain;

  // --- the project's understander ---
  const startCompile = performance.now();
  const understander = createUnderstander();
  const compileMs = performance.now() - startCompile;

  const tallies = { lexicon: new Map<string, Tally>(), nlpjs: new Map<string, Tally>() };
  const bump = (map: Map<string, Tally>, lang: string, ok: boolean) => {
    for (const key of [lang, "all"]) {
      const t = map.get(key) ?? { correct: 0, total: 0 };
      t.total++;
      if (ok) t.correct++;
      map.set(key, t);
    }
  };
  for (const line of lines) {
    const mine = understander.understand(line.text).intent ?? "help";
    bump(tallies.lexicon, line.lang, mine === line.expect.intent);
    const r = await manager.process(line.lang, line.text);
    const theirs = r.intent === "None" || r.score < 0.5 ? "help" : r.intent;
    bump(tallies.nlpjs, line.lang, theirs === line.expect.intent);
  }

  // Throughput: every dev line, several rounds, after one warm-up round.
  const rounds = 20;
  for (const line of lines) understander.understand(line.text);
  let t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const line of lines) understander.understand(line.text);
  const lexiconQps = (rounds * lines.length) / ((performance.now() - t0) / 1000);
  for (const line of lines) await manager.process(line.lang, line.text);
  t0 = performance.now();
  for (let r = 0; r < 3; r++) for (const line of lines) await manager.process(line.lang, line.text);
  const nlpQps = (3 * lines.length) / ((performance.now() - t0) / 1000);

  const pct = (t: Tally | undefined) => (t && t.total > 0 ? `${((100 * t.correct) / t.total).toFixed(1)}%` : "-");
  console.log(`nlu:compare on ${lines.length} lines of ${file}; NLP.js trained on ${training.length} utterances written for the project\n`);
  console.log(`  ${"language".padEnd(10)}${"lexicon+fuzzy".padStart(15)}${"NLP.js".padStart(10)}`);
  for (const lang of [...LANGUAGES, "all"]) {
    console.log(`  ${lang.padEnd(10)}${pct(tallies.lexicon.get(lang)).padStart(15)}${pct(tallies.nlpjs.get(lang)).padStart(10)}`);
  }
  console.log(
    `\n  intent accuracy above; speed (questions/s, one core): lexicon+fuzzy ${Math.round(lexiconQps)}, NLP.js ${Math.round(nlpQps)}`,
  );
  console.log(`  start-up: lexicon compile ${compileMs.toFixed(0)} ms, NLP.js training ${trainMs.toFixed(0)} ms`);
  console.log("  the bot uses lexicon+fuzzy (src/core/nlu/understand.ts); it also fills the slots NLP.js does not.");
}

main().catch((error: unknown) => {
  console.error(`nlu:compare: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
