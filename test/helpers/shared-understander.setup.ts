import { vi } from "vitest";

/**
 * Setup file of the `unit` project: every test file in a worker shares one compiled understander
 * (compiling the lexicons takes 1 to 2 s, and about 15 files did it, some several times). The unit
 * project runs without isolation, so the instance kept on globalThis outlives each file. The
 * understander is pure (no state between calls), so sharing it changes no result.
 */
vi.mock("../../src/core/nlu/understand.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/core/nlu/understand.js")>();
  const shared = globalThis as { sharedUnderstander?: ReturnType<typeof actual.createUnderstander> };
  return {
    ...actual,
    // Only the default understander is shared; a test that injects a clock or a budget gets its own.
    createUnderstander: (...args: Parameters<typeof actual.createUnderstander>) => {
      if (args.length > 0 && args[0] !== undefined) return actual.createUnderstander(...args);
      shared.sharedUnderstander ??= actual.createUnderstander();
      return shared.sharedUnderstander;
    },
  };
});
