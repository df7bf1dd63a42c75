import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { BotCore } from "../core/bot-core.js";
import { isLocale, type Locale } from "../core/i18n/locales.js";
import { createCoreFromDisk } from "../infra/create-core-from-disk.js";
import { toAskJson, toPlainText } from "./ask-format.js";

const USAGE = `Usage:
  npm run -s ask -- [--lang <code>] [--json] "question"
  npm run -s ask -- --json --stdin < questions.jsonl     (one {"text": "...", "lang": "fr"} per line)
Languages: en fr es pt zh hi pa ur ar fa tl uk (without --lang the language is detected).`;

const lineSchema = z.object({
  text: z.string(),
  lang: z.string().refine(isLocale, { message: "lang must be one of en fr es pt zh hi pa ur ar fa tl uk" }).optional(),
});

/** Answers one JSON Lines input line; never throws, so one bad line cannot stop a batch. */
export function answerLine(core: BotCore, line: string, json: boolean): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'invalid JSON: each line must be an object like {"text": "...", "lang": "fr"}' });
  }
  const parsed = lineSchema.safeParse(input);
  if (!parsed.success)
    return JSON.stringify({ error: parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ") });
  try {
    const reply = core.ask(parsed.data.text, parsed.data.lang ? { lang: parsed.data.lang as Locale } : {});
    return json ? JSON.stringify(toAskJson(reply)) : `${toPlainText(reply)}\n`;
  } catch (error) {
    return JSON.stringify({ error: `internal error: ${error instanceof Error ? error.message : String(error)}` });
  }
}

async function runStdin(core: BotCore, json: boolean): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let buffer: string[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = `${buffer.join("\n")}\n`;
    buffer = [];
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once("drain", resolve));
  };
  for await (const line of rl) {
    if (line.trim() === "") continue;
    buffer.push(answerLine(core, line, json));
    if (buffer.length >= 256) await flush();
  }
  await flush();
}

async function main(): Promise<number> {
  let values: { lang?: string; json?: boolean; stdin?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: { lang: { type: "string" }, json: { type: "boolean" }, stdin: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    }));
  } catch (error) {
    process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.lang !== undefined && !isLocale(values.lang)) {
    process.stderr.write(`ask: unsupported --lang "${values.lang}".\n${USAGE}\n`);
    return 2;
  }
  const text = positionals.join(" ");
  if (!values.stdin && text.trim() === "") {
    process.stderr.write(`ask: give a question, or --stdin.\n${USAGE}\n`);
    return 2;
  }
  const core = await createCoreFromDisk();
  if (values.stdin) {
    await runStdin(core, values.json ?? false);
    return 0;
  }
  const reply = core.ask(text, values.lang ? { lang: values.lang as Locale } : {});
  process.stdout.write(values.json ? `${JSON.stringify(toAskJson(reply))}\n` : `${toPlainText(reply)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
