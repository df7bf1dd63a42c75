import { vi } from "vitest";

/**
 * Setup file of the `unit` project: every test file in a worker shares one compiled understander
 * per lexicon (compiling the lexicons takes 1 to 2 s, and about 15 files did it, some several times).
 * The unit project runs without isolation, so the instances kept on globalThis outlive each file.
 * The understander is pure (no state between calls), so sharing it changes no result.
 *
 * The shared one gets a time budget far above the real 100 ms: on a busy machine (CI runs both cores
 * flat out) a message could run out of the real budget and get "too complex to read" instead of the
 * answer a test checks. Tests of the budget itself inject their own clock.
 */

vi.mock("../../src/core/nlu/understand.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/core/nlu/understand.js")>();
  // Inside the factory: vi.mock is hoisted above the file's own constants.
  const TEST_BUDGET_MS = 60_000;
  type Understander = ReturnType<typeof actual.createUnderstander>;
  type Lexicon = Parameters<typeof actual.createUnderstander>[0];
  const shared = globalThis as { sharedUnderstanders?: WeakMap<Lexicon, Understander> };
  return {
    ...actual,
    // Only understanders without options are shared; a test that injects a clock or a budget gets its own.
    createUnderstander: (...args: Parameters<typeof actual.createUnderstander>) => {
      const [lexicon, options] = args;
      if (options !== undefined) return actual.createUnderstander(...args);
      shared.sharedUnderstanders ??= new WeakMap();
      let understander = shared.sharedUnderstanders.get(lexicon);
      if (!understander) {
        understander = actual.createUnderstander(lexicon, { budgetMs: TEST_BUDGET_MS });
        shared.sharedUnderstanders.set(lexicon, understander);
      }
      return understander;
    },
  };
});
