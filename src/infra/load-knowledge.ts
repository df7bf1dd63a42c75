import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildKnowledgeBase } from "../core/knowledge/build.js";
import { KNOWLEDGE_FILES, type KnowledgeFiles } from "../core/knowledge/schema.js";
import type { KnowledgeBase } from "../core/knowledge/types.js";
import { crossCheckKnowledge } from "../core/knowledge/validate.js";

/** The knowledge base failed validation; `problems` lists every one as "file: json.path: message". */
export class KnowledgeLoadError extends Error {
  override readonly name = "KnowledgeLoadError";
  constructor(readonly problems: readonly string[]) {
    super(`knowledge base: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/**
 * Reads data/*.json, validates every file with its zod schema and the cross-file checks, and returns the
 * indexed knowledge base. Fails fast at startup with one error listing every problem (file and JSON path),
 * so a bad edit to a fact never reaches a user. The core never reads files itself.
 */
export function loadKnowledge(dir: string): KnowledgeBase {
  const problems: string[] = [];
  const files: Record<string, unknown> = {};
  for (const [name, { file, schema }] of Object.entries(KNOWLEDGE_FILES)) {
    const path = join(dir, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
      continue;
    }
    files[name] = parsed.data;
  }
  if (problems.length > 0) throw new KnowledgeLoadError(problems);
  const valid = files as unknown as KnowledgeFiles;
  const crossProblems = crossCheckKnowledge(valid);
  if (crossProblems.length > 0) throw new KnowledgeLoadError(crossProblems);
  return buildKnowledgeBase(valid);
}
