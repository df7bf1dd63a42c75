/**
 * `tsx --expose-gc scripts/bench-hostile.ts [count] [seed]`: issue 11's goal, measured. Generated
 * hostile messages (2,000-letter words in every script, binary junk, repeated phrases, identifier
 * look-alikes, mixtures; test/helpers/hostile-messages.ts) go through the core's `ask` and chat
 * paths. Reports crashes, wall-clock and CPU time per message (p50/p99/max, goal ≤ 50 ms) and the heap a message adds
 * while it is handled (goal ≤ 10 MB): measured after a forced GC on every 50th message and on every
 * 2,000-letter word, as heap growth from before the message to the end of it, GC kept out.
 */
import fc from "fast-check";
import { createCoreFromDisk } from "../src/infra/create-core-from-disk.js";
import { hostileMessage, longestWords } from "../test/helpers/hostile-messages.js";

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 11);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.log("(run with --expose-gc for the memory figure)");

const core = await createCoreFromDisk();
// As main.ts does at start: compile the schedule patterns before the first message, not during it.
core.warmUp();
core.ask("warm up");
const times = new Float64Array(count + longestWords().length * 2);
const cpuTimes = new Float64Array(times.length);
let n = 0;
let crashes = 0;
let maxHeap = 0;
let slowest = "";
let maxMs = 0;

const measure = async (text: string, i: number, heap: boolean) => {
  if (heap && gc) gc();
  const before = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  try {
    if (i % 2 === 0) core.ask(text);
    else
      await core.handle({
        platform: "telegram",
        userId: `tg:${i % 100}`,
        chatId: `tg:${i % 100}`,
        isPrivate: true,
        localeHints: ["en"],
        kind: "text",
        text,
      });
  } catch {
    crashes++;
  }
  const took = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU time of this process (user + system, which includes GC threads): on a shared machine the
  // wall-clock time also counts the time the process waited for a core.
  const cpuMs = (cpu.user + cpu.system) / 1000;
  cpuTimes[n] = cpuMs;
  if (heap && gc) maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed - before);
  times[n++] = took;
  if (took > maxMs) {
    maxMs = took;
    slowest = `${text.length} chars ${JSON.stringify(text.slice(0, 30))}`;
  }
};

for (const [, word] of longestWords()) {
  await measure(word, 0, true);
  await measure(word, 1, true);
}
const started = performance.now();
let i = 0;
// Generated in batches so 100,000 messages of up to 2,000 characters never sit in memory at once.
for (let batch = 0; i < count; batch++) {
  for (const text of fc.sample(hostileMessage, { numRuns: Math.min(1_000, count - i), seed: seed + batch })) {
    await measure(text, i, i % 50 === 0);
    i++;
  }
}
const total = performance.now() - started;
const sorted = times.slice(0, n).sort();
const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number).toFixed(2);
console.log(`hostile messages: ${n} through the core (ask and chat path), ${crashes} crashes, ${(total / 1000).toFixed(1)} s`);
console.log(`  per message: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${maxMs.toFixed(1)} ms (goal ≤ 50) — slowest: ${slowest}`);
const cpuSorted = cpuTimes.slice(0, n).sort();
const cpuAt = (q: number) => (cpuSorted[Math.min(cpuSorted.length - 1, Math.floor(q * cpuSorted.length))] as number).toFixed(2);
console.log(`  CPU time per message: p50 ${cpuAt(0.5)} ms, p99 ${cpuAt(0.99)} ms, max ${cpuAt(1)} ms`);
if (gc) console.log(`  heap added while handling one message: max ${(maxHeap / 1e6).toFixed(2)} MB (goal ≤ 10)`);
console.log(`  process RSS at the end: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
process.exitCode = crashes > 0 ? 1 : 0;
