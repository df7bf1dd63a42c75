import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.js";
import { createCoreFromDisk } from "../../src/infra/create-core-from-disk.js";
import { hostileMessage, longestWords } from "../helpers/hostile-messages.js";

/**
 * Issue 11: one 2,000-letter word took the process down. Fuzzes the core (the stateless `ask` path
 * and the chat path with its store and conversation state) with generated hostile messages: none
 * may throw and each must get a non-empty reply. Time is not asserted here (a timed unit test fails
 * on a busy machine and proves nothing on a quiet one): the work per message is bounded by the caps
 * that test/core/nlu/bounded-work.test.ts checks, and the per-message figures against the 50 ms goal
 * come from the benchmark (scripts/bench-hostile.ts). The slowest message is printed for reference.
 *
 * FUZZ_RUNS sets the number of generated messages (default 3,000 to keep the suite fast; the issue's
 * 100,000: `FUZZ_RUNS=100000 npx vitest run test/core/hostile-messages.test.ts`).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3_000);

let core: BotCore;
beforeAll(async () => {
  core = await createCoreFromDisk();
  core.ask("warm up the JIT");
});

const request = (text: string, n: number) =>
  ({
    platform: "telegram",
    userId: `tg:${n % 50}`,
    chatId: `tg:${n % 50}`,
    isPrivate: true,
    localeHints: ["en"],
    kind: "text",
    text,
  }) as const;

describe("the core on hostile messages", () => {
  it.each(longestWords())("answers a 2,000-letter %s word", async (_script, word) => {
    const reply = core.ask(word);
    const chat = await core.handle(request(word, 1));
    expect(reply.text.length).toBeGreaterThan(0);
    expect(chat.text.length).toBeGreaterThan(0);
  });

  it(`answers ${RUNS} generated messages without a crash`, async () => {
    let count = 0;
    let maxMs = 0;
    let slowest = "";
    await fc.assert(
      fc.asyncProperty(hostileMessage, async (text) => {
        const started = performance.now();
        const reply = count % 2 === 0 ? core.ask(text) : await core.handle(request(text, count));
        const took = performance.now() - started;
        count++;
        if (took > maxMs) {
          maxMs = took;
          slowest = `${text.length} chars: ${JSON.stringify(text.slice(0, 40))}`;
        }
        expect(reply.text.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
    );
    console.log(`hostile messages: ${count} answered, max ${maxMs.toFixed(1)} ms (${slowest})`);
    expect(count).toBe(RUNS);
  }, 600_000);
});
