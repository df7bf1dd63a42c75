import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const runDist = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, "scripts/run-dist.mjs"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

/** `npm run ask` is `node scripts/run-dist.mjs cli/ask`: the CLI built to dist/, rebuilt when sources changed. */
describe("scripts/run-dist.mjs", () => {
  it("runs the built ask CLI with its arguments, as the contract's `npm run -s ask -- --json` does", () => {
    const result = runDist("cli/ask", "--json", "How long does a study permit take?");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ intent: "timeline", application: "study-permit", lang: "en" });
  });

  it("refuses a module name that is not a plain path under src/", () => {
    const result = runDist("../etc/passwd");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage/);
  });
});
