/**
 * `npm run bench`: runs every benchmark in turn, each in its own process so one's memory and JIT
 * state cannot colour another's figures. Pass `--quick` for smaller sizes.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/infra/create-core-from-disk.js";

const quick = process.argv.includes("--quick");
const benches: [string, string[]][] = [
  ["bench-ask.ts", quick ? ["20000"] : ["100000"]],
  ["bench-nlu.ts", []],
  ["bench-telegram.ts", quick ? ["--quick"] : []],
  ["bench-store.ts", quick ? ["--quick"] : ["--big"]],
  ["bench-hostile.ts", quick ? ["10000"] : ["100000"]],
];

let failed = 0;
for (const [file, args] of benches) {
  const path = join(PROJECT_ROOT, "scripts", file);
  if (!existsSync(path)) continue;
  console.log(`\n== ${file} ${args.join(" ")}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", path, ...args], { cwd: PROJECT_ROOT, stdio: "inherit" });
  if (result.status !== 0) {
    failed++;
    console.log(`${file} exited with ${result.status}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
