import { StringDecoder } from "node:string_decoder";
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

/**
 * JSON Lines in, one answer line per input line, in order: a blank line gets `{"error": "empty line"}`
 * and a bad line an error object, so output line N always answers input line N. Lines are split on
 * "\n" only (a trailing "\r" is dropped): readline would also split on a bare "\r" inside a bad line
 * and shift every later answer. Answers are written in batches; whatever happens, the batch in hand
 * is written before the function returns or throws.
 */
export async function answerLines(
  core: BotCore,
  input: AsyncIterable<string | Buffer>,
  output: NodeJS.WritableStream,
  json: boolean,
): Promise<number> {
  let buffer: string[] = [];
  let count = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    const chunk = `${buffer.join("\n")}\n`;
    buffer = [];
    if (!output.write(chunk)) await new Promise((resolve) => output.once("drain", resolve));
  };
  const answer = async (raw: string) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    buffer.push(line.trim() === "" ? EMPTY_LINE : answerLine(core, line, json));
    count++;
    if (buffer.length >= 256) await flush();
  };
  const decoder = new StringDecoder("utf8");
  let rest = "";
  // A line longer than this is not kept in memory: it is answered with an error when its end comes.
  let oversized = false;
  try {
    for await (const chunk of input) {
      rest += typeof chunk === "string" ? chunk : decoder.write(chunk);
      let start = 0;
      for (let newline = rest.indexOf("\n"); newline >= 0; newline = rest.indexOf("\n", start)) {
        if (oversized) {
          buffer.push(LINE_TOO_LONG);
          count++;
          oversized = false;
        } else await answer(rest.slice(start, newline));
        start = newline + 1;
      }
      rest = rest.slice(start);
      if (rest.length > MAX_LINE_CHARS) {
        oversized = true;
        rest = "";
      }
    }
    rest += decoder.end();
    // A last line without a newline is still a line; nothing after a final newline is.
    if (oversized) {
      buffer.push(LINE_TOO_LONG);
      count++;
    } else if (rest !== "") await answer(rest);
  } finally {
    await flush();
  }
  return count;
}

const EMPTY_LINE = JSON.stringify({ error: "empty line" });
const MAX_LINE_CHARS = 1_000_000;
const LINE_TOO_LONG = JSON.stringify({ error: `line too long: at most ${MAX_LINE_CHARS} characters` });

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
    await answerLines(core, process.stdin, process.stdout, values.json ?? false);
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
