/**
 * `npm run eval [-- <file.jsonl>] [--verbose] [--min <pct>] [--with-lang] [--nlu-only] [--lexicon-only] [--model <dir>]`
 *
 * Scores the whole bot core (understanding + rules + answers, exactly what `ask` runs) on a
 * labelled JSON Lines set, by default ../shared/eval/dev.jsonl beside the repository, and prints
 * accuracy overall, by language, by intent and by field. Without --with-lang the language of each
 * line is detected, as for a real user. It is a measurement: exit 0, unless --min is given and the
 * overall accuracy is below it (exit 1). Bad arguments or a malformed set: exit 2. `--model <dir>` runs
 * another trained model than data/nlu/model (one trained on part of the corpus, to score the rest).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { toLocale } from "../src/core/i18n/locales.js";
import { createUnderstander } from "../src/core/nlu/understand.js";
import type { AnswerMeta } from "../src/core/reply.js";
import { createCoreFromDisk, loadDefaultLexicon, PROJECT_ROOT } from "../src/infra/create-core-from-disk.js";
import { createReport, formatReport, parseEvalSet, percent, scoreAnswer } from "./eval-score.js";

interface Options {
  file: string;
  verbose: boolean;
  min: number | null;
  withLang: boolean;
  nluOnly: boolean;
  /** Runs the lexicon understander without the trained model (for side-by-side figures). */
  lexiconOnly: boolean;
  /** A trained model's folder other than data/nlu/model. */
  modelDir: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    file: join(PROJECT_ROOT, "..", "shared", "eval", "dev.jsonl"),
    verbose: false,
    min: null,
    withLang: false,
    nluOnly: false,
    lexiconOnly: false,
    modelDir: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--verbose" || arg === "-v") options.verbose = true;
    else if (arg === "--with-lang") options.withLang = true;
    else if (arg === "--nlu-only") options.nluOnly = true;
    else if (arg === "--lexicon-only") options.lexiconOnly = true;
    else if (arg === "--model") {
      const dir = argv[++i];
      if (!dir) throw new Error("--model expects a folder (with model.json and weights.bin)");
      options.modelDir = resolve(dir);
    } else if (arg === "--min") {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value) || value < 0 || value > 100) throw new Error("--min expects a percentage between 0 and 100");
      options.min = value;
    } else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else options.file = resolve(arg);
  }
  return options;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`eval: ${(error as Error).message}`);
    return 2;
  }
  if (!existsSync(options.file)) {
    console.error(`eval: no eval set at ${options.file} (pass the path of a .jsonl file)`);
    return 2;
  }
  const lines = parseEvalSet(readFileSync(options.file, "utf8"), options.file);
  const report = createReport();
  let answer: (text: string, lang: string | undefined) => { meta: AnswerMeta; lang: string };
  if (options.nluOnly) {
    // Scores the understander alone: fields that come from the rules engine (system, access, needs) are left out.
    const understander = createUnderstander(loadDefaultLexicon());
    answer = (text, lang) => {
      const u = understander.understand(text, toLocale(lang));
      const meta: AnswerMeta = {
        intent: u.intent ?? "help",
        application: u.application,
        role: u.role,
        status: u.status,
        systems: [],
        access: null,
        needs: [],
        sources: [],
      };
      return { meta, lang: u.lang };
    };
  } else {
    const core = await createCoreFromDisk(
      options.lexiconOnly ? { modelDir: null } : options.modelDir ? { modelDir: options.modelDir } : {},
    );
    answer = (text, lang) => {
      const locale = toLocale(lang);
      const reply = core.ask(text, locale ? { lang: locale } : {});
      return { meta: reply.answer, lang: reply.lang };
    };
  }
  let askedBack = 0;
  for (const line of lines) {
    const { meta, lang } = answer(line.text, options.withLang ? line.lang : undefined);
    if (meta.needs.includes("intent")) askedBack++;
    let expect = line.expect;
    if (options.nluOnly) {
      const { system: _s, not_system: _n, access: _a, needs: _needs, ...rest } = expect;
      expect = rest;
    }
    report.add(line, scoreAnswer(expect, meta), lang);
  }
  console.log(
    `eval: ${lines.length} lines from ${options.file}${options.nluOnly ? " (understander only)" : ""}${options.withLang ? " (language given)" : " (language detected)"}\n`,
  );
  console.log(formatReport(report, options.verbose));
  console.log(`\nasked back between readings (needs: intent) on ${askedBack} of ${lines.length} lines`);
  if (options.min !== null && percent(report.overall) < options.min) {
    console.error(`\neval: overall ${percent(report.overall).toFixed(1)}% is below --min ${options.min}%`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
