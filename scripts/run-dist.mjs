/**
 * `node scripts/run-dist.mjs <module> [args…]`: runs `src/<module>.ts` from its build in `dist/`,
 * building first when any source changed since the last build (a stat of each source file, a few
 * milliseconds). `npm run ask` goes through here, so the CLI starts without a TypeScript loader.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensureDist } from "./build.mjs";

const [module, ...args] = process.argv.slice(2);
if (!module || !/^[a-z0-9/_-]+$/.test(module)) {
  process.stderr.write("usage: node scripts/run-dist.mjs <module under src/, e.g. cli/ask> [args…]\n");
  process.exit(2);
}
const entry = join(await ensureDist(), `${module}.js`);
// The module reads its own arguments from process.argv, as if it had been started directly.
process.argv.splice(1, process.argv.length - 1, entry, ...args);
await import(pathToFileURL(entry).href);
