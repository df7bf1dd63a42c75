import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LEXICON_KINDS, type LexiconKind, type NluLexicon } from "../core/nlu/lexicon.js";
import { buildLexicon, LEXICON_SOURCES, LexiconError, type LexiconFile } from "../core/nlu/lexicon-schema.js";

const FILE_KINDS: readonly string[] = [...LEXICON_KINDS, "words"];

/** Lexicons already read, by folder: the files do not change while the process runs, and tests build many understanders. */
const loaded = new Map<string, NluLexicon>();

/**
 * Reads every file of data/nlu/<lng>/ and data/nlu/shared/ (`nluDir` is data/nlu) as JSON. A folder
 * or file may be missing (no phrases); an unknown file name is a problem, so a typo cannot silently
 * drop a file. Paths in problems are relative to the repository.
 */
export function readLexiconFiles(nluDir: string): { files: LexiconFile[]; problems: string[] } {
  const files: LexiconFile[] = [];
  const problems: string[] = [];
  const root = join(nluDir, "..", "..");
  for (const source of LEXICON_SOURCES) {
    const dir = join(nluDir, source);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const label = relative(root, path);
      const kind = name.replace(/\.json$/, "");
      if (!name.endsWith(".json") || !FILE_KINDS.includes(kind)) {
        problems.push(`${label}: unexpected file (expected one of ${FILE_KINDS.map((k) => `${k}.json`).join(", ")})`);
        continue;
      }
      try {
        files.push({ source, kind: kind as LexiconKind | "words", path: label, content: JSON.parse(readFileSync(path, "utf8")) });
      } catch (error) {
        problems.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return { files, problems };
}

/**
 * Reads data/nlu/<lng>/*.json and data/nlu/shared/*.json (the understander's phrases and word lists),
 * validates them (every problem listed at once, see lexicon-schema.ts) and merges them for
 * `createUnderstander`. Read once per folder and process.
 */
export function loadLexicon(nluDir: string): NluLexicon {
  const cached = loaded.get(nluDir);
  if (cached) return cached;
  const { files, problems } = readLexiconFiles(nluDir);
  let lexicon: NluLexicon;
  try {
    lexicon = buildLexicon(files);
  } catch (error) {
    if (error instanceof LexiconError) throw new LexiconError([...problems, ...error.problems]);
    throw error;
  }
  if (problems.length > 0) throw new LexiconError(problems);
  loaded.set(nluDir, lexicon);
  return lexicon;
}
