import { join } from "node:path";
import { createMemoryUserStore } from "../src/core/store/memory-user-store.js";
import { createCoreFromDisk, PROJECT_ROOT } from "../src/infra/create-core-from-disk.js";
import { formatTable, loadSuite, runSuite, SUITE_CLOCK } from "./answer-suite.js";

/** npm run eval:answers [-- --verbose]: the answer suite, per-language table; exit 1 below 100 %. */
const verbose = process.argv.includes("--verbose");
const core = await createCoreFromDisk({ store: createMemoryUserStore(), clock: SUITE_CLOCK });
const results = await runSuite(core, loadSuite(join(PROJECT_ROOT, "test/answers")));
console.log(formatTable(results));
const failed = results.filter((r) => r.problems.length > 0);
if (failed.length > 0) {
  console.log(`\n${failed.length} failing:`);
  for (const f of verbose ? failed : failed.slice(0, 20)) console.log(`  ${f.lang} ${f.id}: ${f.problems.join(" | ")}`);
  process.exitCode = 1;
}
