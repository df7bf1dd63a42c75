/**
 * `npm run build`: transpiles `src/` to plain JavaScript in `dist/` (one file per module, source maps),
 * which is what `npm start` and `npm run ask` run.
 *
 * Why not run the sources under tsx: tsx compiles with esbuild's `keepNames`, which wraps every
 * function created at run time in a `__name(...)` call, and its loader stays in the process. Measured
 * with `npm run bench:telegram` (2 cores, Node 20): the core answers about 45% more requests per
 * second from `dist/` than under tsx, and `ask` reaches its first answer a few hundred milliseconds
 * sooner without the loader. Type checking is `npm test`'s job (`tsc`); this step only strips types.
 *
 * Plain JavaScript on purpose, so `node scripts/build.mjs` needs nothing but Node and esbuild.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export const PROJECT_ROOT = join(import.meta.dirname, "..");
const SRC = join(PROJECT_ROOT, "src");
const DIST = join(PROJECT_ROOT, "dist");
/** Written last by a build; its mtime says how fresh `dist/` is. */
const STAMP = ".built";

/** @param {string} dir @returns {import("node:fs").Dirent[]} every `.ts` module under `dir` */
function sourceEntries(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts"),
  );
}

/**
 * Builds `src/` into `outdir` (default `dist/`). The new tree is built beside the old one and then
 * swapped in, so no stale module survives a rename and a process reading the old tree is not left
 * with half a directory.
 * @param {string} [outdir]
 * @returns {Promise<string>} the output directory
 */
export async function buildDist(outdir = DIST) {
  const staging = `${outdir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: sourceEntries(SRC).map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name))),
    outdir: staging,
    outbase: "src",
    bundle: false,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: true,
    logLevel: "warning",
  });
  writeFileSync(join(staging, STAMP), new Date().toISOString());
  rmSync(outdir, { recursive: true, force: true });
  renameSync(staging, outdir);
  return outdir;
}

/** @returns {boolean} true when `dist/` was built after the last change to any source file */
export function isDistFresh(outdir = DIST) {
  const stamp = join(outdir, STAMP);
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return sourceEntries(SRC).every((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs <= built);
}

/** Builds `dist/` unless it is fresh. @returns {Promise<string>} the output directory */
export async function ensureDist(outdir = DIST) {
  return isDistFresh(outdir) ? outdir : buildDist(outdir);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildDist();
