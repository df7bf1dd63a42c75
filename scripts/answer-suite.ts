import { decodeAction } from "../src/core/actions.js";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { BotCore } from "../src/core/bot-core.js";
import { isLocale, type Locale, SUPPORTED_LOCALES } from "../src/core/i18n/locales.js";
import type { BotReply } from "../src/core/reply.js";
import type { BotRequest } from "../src/core/request.js";

/**
 * The answer suite (test/answers/<lang>.jsonl): question → reply checks, run through the whole bot
 * (understanding, dialogue, rules, answers, catalogues) as a user would meet it. Each case says what
 * the reply must and must not contain: catalogue texts by key (in the reply's language), regexes,
 * link URLs, the structured answer fields, and for non-English replies no English words outside
 * URLs and official labels. Earlier turns (`before`) are sent first by the same user, so follow-ups
 * are checked with their context.
 */
const caseSchema = z.strictObject({
  id: z.string().min(1),
  q: z.string(),
  /** Send as this command with `q` as its arguments ("help", "language"…). */
  command: z
    .string()
    .regex(/^[a-z0-9_]{1,32}$/)
    .optional(),
  /** Earlier messages of the same conversation. */
  before: z.array(z.string().min(1)).optional(),
  expect: z
    .strictObject({
      intent: z.string().optional(),
      application: z.string().nullable().optional(),
      role: z.string().nullable().optional(),
      access: z.string().nullable().optional(),
      status: z.string().nullable().optional(),
      lang: z.string().optional(),
      needs: z.array(z.string()).optional(),
    })
    .default({}),
  /** Catalogue keys whose text (in the reply's language, without parameters) must / must not appear. */
  mustKey: z.array(z.string()).default([]),
  mustNotKey: z.array(z.string()).default([]),
  /** Regexes (case-insensitive, Unicode) the reply text must / must not match. */
  must: z.array(z.string()).default([]),
  mustNot: z.array(z.string()).default([]),
  /** Substrings of link URLs the reply must carry. */
  links: z.array(z.string()).default([]),
  /** Defaults to true for every language but English: no English words outside URLs and official labels. */
  noEnglish: z.boolean().optional(),
});
export type AnswerCase = z.infer<typeof caseSchema>;

export interface CaseResult {
  readonly lang: Locale;
  readonly id: string;
  readonly problems: readonly string[];
}

/** English words that never belong in a reply written in another language. */
const ENGLISH = /\b(the|your|you|and|with|when|which|only|not|from|this|that)\b/i;

export function loadSuite(dir: string): Map<Locale, AnswerCase[]> {
  const suite = new Map<Locale, AnswerCase[]>();
  const errors: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
    const lang = file.slice(0, -".jsonl".length);
    if (!isLocale(lang)) continue;
    const cases: AnswerCase[] = [];
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (line.trim() === "") return;
        const parsed = caseSchema.safeParse(JSON.parse(line));
        if (parsed.success) cases.push(parsed.data);
        else errors.push(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      });
    suite.set(lang, cases);
  }
  if (errors.length > 0) throw new Error(`answer suite: bad cases\n${errors.join("\n")}`);
  return suite;
}

/** Official labels (IRCC's on-screen English and French wording) that replies quote on purpose. */
function officialLabels(core: BotCore): string[] {
  const labels: string[] = ["IRCC", "GCKey", "CAS", "IEC", "PGP", "RNIP", "IMM 5475", "IMM 5476", "BOC", "AOR", "PR", "eTA"];
  for (const fact of Object.values(core.knowledge().files.statuses)) {
    const l = (fact as { labels?: { en: string; fr: string } }).labels;
    if (l) labels.push(l.en, l.fr);
  }
  return labels.sort((a, b) => b.length - a.length);
}

function check(core: BotCore, lang: Locale, c: AnswerCase, reply: BotReply, labels: readonly string[]): string[] {
  const problems: string[] = [];
  const t = core.translator.forLocale(reply.lang);
  for (const [field, want] of Object.entries(c.expect)) {
    const got = field === "lang" ? reply.lang : (reply.answer as unknown as Record<string, unknown>)[field];
    if (JSON.stringify(got) !== JSON.stringify(want))
      problems.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  // "a|b": either key will do (a figure's warning is "may be out of date" or, past 30 days, "stale");
  // a text with parameters is matched up to its first one.
  const shows = (key: string) => reply.text.includes((t(key).split("{{")[0] ?? "").trim());
  for (const key of c.mustKey) if (!key.split("|").some(shows)) problems.push(`missing ${key}`);
  for (const key of c.mustNotKey) if (reply.text.includes(t(key))) problems.push(`must not contain ${key}`);
  for (const re of c.must) if (!new RegExp(re, "iu").test(reply.text)) problems.push(`does not match /${re}/`);
  for (const re of c.mustNot) if (new RegExp(re, "iu").test(reply.text)) problems.push(`matches /${re}/`);
  const urls = reply.links.map((l) => l.url).join("\n");
  for (const url of c.links) if (!urls.includes(url) && !reply.text.includes(url)) problems.push(`no link ${url}`);
  if (c.noEnglish ?? lang !== "en") {
    let text = reply.text.replace(/https?:\/\/\S+/g, " ").replace(/\/[a-z_]+/g, " ");
    for (const label of labels) text = text.split(label).join(" ");
    const m = ENGLISH.exec(text);
    if (m) problems.push(`English word "${m[0]}" in: …${text.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
  }
  return problems;
}

/** The suite reads answers on a fixed day: figures state their age, and a check must not change with the calendar. */
export const SUITE_CLOCK = { now: () => new Date("2026-12-06T12:00:00Z") };

/** Runs every case; each case is its own user, so conversations never mix. */
export async function runSuite(core: BotCore, suite: Map<Locale, AnswerCase[]>): Promise<CaseResult[]> {
  const labels = officialLabels(core);
  const results: CaseResult[] = [];
  for (const lang of SUPPORTED_LOCALES) {
    for (const c of suite.get(lang) ?? []) {
      const base = {
        platform: "console",
        userId: `suite:${lang}:${c.id}`,
        chatId: `suite:${lang}:${c.id}`,
        isPrivate: true,
        localeHints: [lang],
      } as const;
      for (const text of c.before ?? []) await core.handle({ ...base, kind: "text", text });
      const request: BotRequest = c.command
        ? { ...base, kind: "command", command: c.command as never, args: c.q }
        : { ...base, kind: "text", text: c.q };
      const shown = await core.handle(request);
      // A chat answer comes short first; its checks read the whole answer, as a user gets it with one
      // press of More (the first view's own limits are tested in test/core/answers/first-view.test.ts).
      const more = shown.choices.find((choice) => decodeAction(choice.data)?.type === "more");
      const whole = more ? await core.handle({ ...base, kind: "action", data: more.data }) : undefined;
      const reply: BotReply = whole
        ? { ...shown, text: whole.text, links: whole.links, choices: shown.choices.filter((choice) => choice !== more) }
        : shown;
      results.push({ lang, id: c.id, problems: check(core, lang, c, reply, labels) });
    }
  }
  return results;
}

/** "lang  passed/total  %" per language, then the total. */
export function formatTable(results: readonly CaseResult[]): string {
  const rows: string[] = ["lang  passed/total      %"];
  let passed = 0;
  for (const lang of SUPPORTED_LOCALES) {
    const mine = results.filter((r) => r.lang === lang);
    const ok = mine.filter((r) => r.problems.length === 0).length;
    passed += ok;
    rows.push(`${lang.padEnd(4)}  ${`${ok}/${mine.length}`.padStart(12)}  ${mine.length ? ((100 * ok) / mine.length).toFixed(1) : "-"}`);
  }
  rows.push(`all   ${`${passed}/${results.length}`.padStart(12)}  ${results.length ? ((100 * passed) / results.length).toFixed(1) : "-"}`);
  return rows.join("\n");
}
