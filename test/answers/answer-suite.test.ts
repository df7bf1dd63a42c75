import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SUPPORTED_LOCALES } from "../../src/core/i18n/locales.js";
import { createMemoryUserStore } from "../../src/core/store/memory-user-store.js";
import { createCoreFromDisk, PROJECT_ROOT } from "../../src/infra/create-core-from-disk.js";
import { formatTable, loadSuite, runSuite, SUITE_CLOCK } from "../../scripts/answer-suite.js";

/** The answer suite (test/answers/<lang>.jsonl, data) inside `npm test`; `npm run eval:answers` prints the same table. */
describe("answer suite", () => {
  const suite = loadSuite(join(PROJECT_ROOT, "test/answers"));

  it("has at least 25 cases in every language", () => {
    for (const lang of SUPPORTED_LOCALES) expect(suite.get(lang)?.length ?? 0, lang).toBeGreaterThanOrEqual(25);
  });

  it("every reply passes its checks", async () => {
    const core = await createCoreFromDisk({ store: createMemoryUserStore(), clock: SUITE_CLOCK });
    const results = await runSuite(core, suite);
    const failed = results.filter((r) => r.problems.length > 0).map((r) => `${r.lang} ${r.id}: ${r.problems.join(" | ")}`);
    expect(failed, formatTable(results)).toEqual([]);
  }, 60_000);
});
