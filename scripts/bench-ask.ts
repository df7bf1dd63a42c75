/**
 * Benchmark of the `ask` pipeline (issue 2's goals: ≥5,000 questions/s on one core in steady state,
 * p99 ≤ 2 ms per question, first answer within 1.5 s of process start; peak RSS reported).
 * Throughput, first answer and RSS are measured on the real `ask --json --stdin` process; per-question
 * latency in-process with the same core. The process is started as `npm run ask` starts it
 * (scripts/run-dist.mjs, the CLI built to dist/), npm's own start-up excluded.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createCoreFromDisk, PROJECT_ROOT } from "../src/infra/create-core-from-disk.js";
import { ensureDist } from "./build.mjs";

const DEV = join(PROJECT_ROOT, "..", "shared", "eval", "dev.jsonl");
const EXTRA = [
  "where do I track my study permit?",
  "Combien de temps pour une carte de RP ?",
  "my wife is sponsoring me, can I see her part?",
  "CAS says decision made, approved?",
  "how long does it take?",
  "remind me every monday at 9",
  "¿Cuánto tarda un permiso de trabajo?",
  "tracker me 'Waiting on you' likha hai",
  "我的入籍申请在哪里查？",
  "ما معنى Decision made؟",
];

function corpus(): { text: string; lang?: string }[] {
  const lines: { text: string; lang?: string }[] = EXTRA.map((text) => ({ text }));
  if (existsSync(DEV)) {
    for (const line of readFileSync(DEV, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text: string; lang: string };
      lines.push({ text: row.text }, { text: row.text, lang: row.lang });
    }
  }
  return lines;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function inProcessLatency(questions: { text: string; lang?: string }[]) {
  const core = await createCoreFromDisk();
  for (let i = 0; i < 5_000; i++) core.ask(questions[i % questions.length]!.text);
  const times: number[] = [];
  for (let i = 0; i < 50_000; i++) {
    const q = questions[i % questions.length]!;
    const start = performance.now();
    core.ask(q.text, q.lang ? { lang: q.lang as never } : {});
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1] ?? 0 };
}

function readPeakRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function processRun(questions: { text: string; lang?: string }[], total: number) {
  const input = `${Array.from({ length: total }, (_, i) => JSON.stringify(questions[i % questions.length])).join("\n")}\n`;
  const hasTaskset = spawnSync("sh", ["-c", "command -v taskset"]).status === 0;
  // What `npm run ask` runs (without npm's own start-up): the built CLI, dist/ already fresh.
  await ensureDist();
  const command = [process.execPath, join(PROJECT_ROOT, "scripts/run-dist.mjs"), "cli/ask", "--json", "--stdin"];
  const started = performance.now();
  const child = hasTaskset
    ? spawn("taskset", ["-c", "0", ...command], { cwd: PROJECT_ROOT })
    : spawn(command[0]!, command.slice(1), { cwd: PROJECT_ROOT });
  let peakRss = 0;
  const poll = setInterval(() => {
    peakRss = Math.max(peakRss, readPeakRss(child.pid ?? 0));
  }, 20);
  let lines = 0;
  let firstAnswerMs = Number.NaN;
  let steadyStart = Number.NaN;
  const warmup = Math.min(5_000, Math.floor(total / 5));
  let pending = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    pending += chunk;
    let index = pending.indexOf("\n");
    while (index !== -1) {
      lines++;
      if (lines === 1) firstAnswerMs = performance.now() - started;
      if (lines === warmup) steadyStart = performance.now();
      pending = pending.slice(index + 1);
      index = pending.indexOf("\n");
    }
    peakRss = Math.max(peakRss, readPeakRss(child.pid ?? 0));
  });
  child.stdin.end(input);
  const code: number = await new Promise((resolve) => child.on("close", (c) => resolve(c ?? 1)));
  clearInterval(poll);
  const end = performance.now();
  return {
    code,
    lines,
    firstAnswerMs,
    steadyQps: ((lines - warmup) / (end - steadyStart)) * 1000,
    overallQps: (lines / (end - started)) * 1000,
    peakRssMb: peakRss / 1024 / 1024,
    pinned: hasTaskset,
  };
}

const questions = corpus();
const total = Number(process.argv[2] ?? 60_000);
const latency = await inProcessLatency(questions);
const run = await processRun(questions, total);
console.log(
  `ask --stdin: ${run.lines}/${total} answers (exit ${run.code}), ${questions.length} distinct inputs${run.pinned ? ", pinned to one core" : ""}`,
);
console.log(`  steady state:   ${run.steadyQps.toFixed(0)} questions/s (goal ≥ 5000)`);
console.log(`  whole run:      ${run.overallQps.toFixed(0)} questions/s including start-up`);
console.log(`  first answer:   ${run.firstAnswerMs.toFixed(0)} ms after process start (goal ≤ 1500)`);
console.log(`  peak RSS:       ${run.peakRssMb.toFixed(0)} MB`);
console.log(
  `  per question:   p50 ${latency.p50.toFixed(3)} ms, p99 ${latency.p99.toFixed(3)} ms (goal ≤ 2), max ${latency.max.toFixed(2)} ms (in-process)`,
);
