import { z } from "zod";
import type { AnswerMeta } from "../src/core/reply.js";

/** One labelled line of an eval set (shared/eval/*.jsonl). Unknown fields are rejected so a typo in the set shows up. */
export const EvalLineSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  lang: z.string().min(2),
  expect: z
    .object({
      intent: z.string(),
      application: z.string().nullable().optional(),
      role: z.string().nullable().optional(),
      status: z.string().nullable().optional(),
      system: z.string().optional(),
      not_system: z.string().optional(),
      access: z.string().nullable().optional(),
      needs: z.array(z.string()).optional(),
    })
    .strict(),
});
export type EvalLine = z.infer<typeof EvalLineSchema>;

export const EVAL_FIELDS = ["intent", "application", "role", "status", "system", "not_system", "access", "needs"] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

/** Parses a JSON Lines eval set, listing every bad line at once (fail fast, but with the whole picture). */
export function parseEvalSet(text: string, source: string): EvalLine[] {
  const lines: EvalLine[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      problems.push(`${source}:${index + 1}: not valid JSON`);
      return;
    }
    const parsed = EvalLineSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${source}:${index + 1}: ${issue.path.join(".") || "(line)"}: ${issue.message}`);
    } else lines.push(parsed.data);
  });
  if (problems.length > 0) throw new Error(`invalid eval set:\n${problems.join("\n")}`);
  return lines;
}

export interface FieldResult {
  readonly field: EvalField;
  readonly ok: boolean;
  readonly expected: unknown;
  readonly actual: unknown;
}

/**
 * Compares one answer with its expectation. Only the fields the line names are checked:
 * `system` must be the first system of the answer, `not_system` must not appear at all,
 * `needs` is compared as a set.
 */
export function scoreAnswer(expect: EvalLine["expect"], answer: AnswerMeta): FieldResult[] {
  const results: FieldResult[] = [];
  const check = (field: EvalField, expected: unknown, actual: unknown, ok: boolean) => results.push({ field, ok, expected, actual });
  check("intent", expect.intent, answer.intent, answer.intent === expect.intent);
  for (const field of ["application", "role", "status", "access"] as const) {
    const expected = expect[field];
    if (expected !== undefined) check(field, expected, answer[field], answer[field] === expected);
  }
  if (expect.system !== undefined) check("system", expect.system, answer.systems[0] ?? null, answer.systems[0] === expect.system);
  if (expect.not_system !== undefined)
    check("not_system", expect.not_system, answer.systems, !answer.systems.includes(expect.not_system as never));
  if (expect.needs !== undefined) {
    const want = new Set(expect.needs);
    const got = new Set<string>(answer.needs);
    check("needs", expect.needs, answer.needs, want.size === got.size && [...want].every((n) => got.has(n)));
  }
  return results;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface EvalReport {
  readonly overall: Tally;
  readonly byLanguage: Map<string, Tally>;
  readonly byIntent: Map<string, Tally>;
  readonly byField: Map<EvalField, Tally>;
  readonly languageDetected: Tally;
  /** Every labelled field right and the reply in the writer's language: what the user actually gets. */
  readonly withReplyLanguage: Tally;
  readonly failures: { line: EvalLine; wrong: FieldResult[]; lang: string }[];
}

/** Accumulates per-line results into the tables `npm run eval` prints. */
export function createReport(): EvalReport & { add(line: EvalLine, results: FieldResult[], replyLang: string): void } {
  const report = {
    overall: { correct: 0, total: 0 },
    byLanguage: new Map<string, Tally>(),
    byIntent: new Map<string, Tally>(),
    byField: new Map<EvalField, Tally>(),
    languageDetected: { correct: 0, total: 0 },
    withReplyLanguage: { correct: 0, total: 0 },
    failures: [] as { line: EvalLine; wrong: FieldResult[]; lang: string }[],
    add(line: EvalLine, results: FieldResult[], replyLang: string) {
      const ok = results.every((r) => r.ok);
      const bump = (map: Map<string, Tally>, key: string) => {
        const t = map.get(key) ?? { correct: 0, total: 0 };
        t.total++;
        if (ok) t.correct++;
        map.set(key, t);
      };
      report.overall.total++;
      if (ok) report.overall.correct++;
      bump(report.byLanguage, line.lang);
      bump(report.byIntent, line.expect.intent);
      for (const r of results) {
        const t = report.byField.get(r.field) ?? { correct: 0, total: 0 };
        t.total++;
        if (r.ok) t.correct++;
        report.byField.set(r.field, t);
      }
      report.languageDetected.total++;
      if (replyLang === line.lang) report.languageDetected.correct++;
      report.withReplyLanguage.total++;
      if (ok && replyLang === line.lang) report.withReplyLanguage.correct++;
      if (!ok) report.failures.push({ line, wrong: results.filter((r) => !r.ok), lang: replyLang });
    },
  };
  return report;
}

export function percent(t: Tally): number {
  return t.total === 0 ? 0 : (100 * t.correct) / t.total;
}

/** Plain-text tables for the terminal (and CI logs). */
export function formatReport(report: EvalReport, verbose: boolean): string {
  const out: string[] = [];
  const row = (label: string, t: Tally) =>
    `  ${label.padEnd(16)} ${String(t.correct).padStart(4)}/${String(t.total).padEnd(4)} ${percent(t).toFixed(1).padStart(6)}%`;
  out.push(row("overall", report.overall), "", "by language:");
  for (const [k, t] of [...report.byLanguage].sort()) out.push(row(k, t));
  out.push("", "by intent:");
  for (const [k, t] of [...report.byIntent].sort()) out.push(row(k, t));
  out.push("", "by field (lines that check it):");
  for (const [k, t] of report.byField) out.push(row(k, t));
  out.push("", row("reply language", report.languageDetected));
  out.push(`${row("both", report.withReplyLanguage)}  (every field right and the reply in the writer's language)`);
  if (verbose && report.failures.length > 0) {
    out.push("", "failing lines:");
    for (const f of report.failures) {
      const diffs = f.wrong.map((w) => `${w.field}: expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.actual)}`).join("; ");
      out.push(`  ${f.line.id} [${f.line.lang}] ${f.line.text}\n      ${diffs}`);
    }
  }
  return out.join("\n");
}
