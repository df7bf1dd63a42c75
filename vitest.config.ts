import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Two projects. `unit` is the default loop (`npm test`); `slow` holds what spawns processes, kills
 * them or drives a whole bot, and runs in CI (`.ci/run` runs both) or with `npm run test:slow`.
 * A new test file lands in `unit` unless its name ends in `.crash.test.ts` or `.slow.test.ts`, it
 * lives in test/e2e/, or it is listed below. Crash rounds: CRASH_ROUNDS (default 20).
 */
const SLOW = [
  "test/e2e/**/*.test.ts",
  "test/**/*.crash.test.ts",
  "test/**/*.slow.test.ts",
  // Spawn tsx or node processes:
  "test/cli/ask.test.ts",
  "test/scripts/run-dist.test.ts",
  "test/scripts/data-ptime.test.ts",
  "test/adapters/discord/slash-commands.test.ts",
  "test/adapters/discord/shard-args.test.ts",
  // Open thousands of sockets or run long fuzz rounds:
  "test/adapters/telegram/webhook-limits.test.ts",
  "test/main.test.ts",
  // Start a real PostgreSQL server:
  "test/contracts/postgres-user-store.test.ts",
  "test/infra/postgres/**/*.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...SLOW],
          // One worker runs many files: modules load once and the compiled understander is shared
          // (see the setup file); files must not leave global state behind (timers, env, listeners).
          isolate: false,
          // One worker per core: vitest's default leaves a core idle, and these files are CPU-bound
          // (2 cores: 32 s -> 25 s wall).
          maxWorkers: availableParallelism(),
          // Projects with their own worker counts run one after the other: unit first, then slow.
          sequence: { groupOrder: 0 },
          setupFiles: ["test/helpers/shared-understander.setup.ts"],
        },
      },
      {
        extends: true,
        test: { name: "slow", include: SLOW, testTimeout: 120_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
