import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BotCore } from "../../src/core/bot-core.js";
import type { CommandId } from "../../src/core/commands/registry.js";
import type { Locale } from "../../src/core/i18n/locales.js";
import type { BotReply } from "../../src/core/reply.js";
import type { BotRequest } from "../../src/core/request.js";
import { APPLICATION_IDS, ROLE_IDS, STATUS_IDS } from "../../src/core/taxonomy.js";
import { PROJECT_ROOT } from "../../src/infra/create-core-from-disk.js";

/** Countries with per-country processing times worth covering (and whose names differ by language). */
export const SAMPLE_COUNTRIES = ["IN", "BR", "EG", "PH", "CN", "UA", "IR", "PK", "NG", "MX"] as const;
/** Applications asked about with every role. */
const ACCESS_APPLICATIONS = ["sponsorship-spouse", "study-permit", "pr-express-entry", "citizenship-grant-adult", "visitor-visa"] as const;

export interface LabelledReply {
  readonly label: string;
  readonly reply: BotReply;
}

const base = (lng: Locale) =>
  ({ platform: "console", userId: `u-${lng}`, chatId: `u-${lng}`, isPrivate: true, localeHints: [lng] }) as const;

const command = (lng: Locale, id: CommandId, options: Record<string, string>): BotRequest => ({
  ...base(lng),
  kind: "command",
  command: id,
  args: "",
  options,
});

/** The shared development set's questions in one language (free text, through the understander). */
export function devQuestions(lng: Locale): string[] {
  const file = join(PROJECT_ROOT, "..", "shared", "eval", "dev.jsonl");
  if (!existsSync(file)) return []; // a clone without the shared folder: the command-built replies still cover every id
  const lines = readFileSync(file, "utf8").split("\n");
  return lines
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { text: string; lang: string })
    .filter((q) => q.lang === lng)
    .map((q) => q.text);
}

/** The answer suite's questions that repeat a popular claim (case ids "myth-…"), in one language. */
export function mythQuestions(lng: Locale): string[] {
  const file = join(PROJECT_ROOT, "test", "answers", `${lng}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { id: string; q: string })
    .filter((c) => c.id.startsWith("myth-"))
    .map((c) => c.q);
}

/**
 * Every kind of knowledge reply in one language, built through the real core as a user would get
 * them: every status meaning, where to track every application, every application's timeline (and
 * per-country timelines), who may see a file for every role, and the dev set's free-text questions.
 * Replies that ask for a missing slot are left out: they are questions, not knowledge.
 */
export async function knowledgeReplies(core: BotCore, lng: Locale): Promise<LabelledReply[]> {
  const requests: [string, BotRequest][] = [];
  for (const status of STATUS_IDS) requests.push([`status ${status}`, command(lng, "status", { status })]);
  for (const application of APPLICATION_IDS) {
    requests.push([`track ${application}`, command(lng, "track", { application })]);
    requests.push([`timeline ${application}`, command(lng, "timeline", { application })]);
  }
  for (const application of ["visitor-visa", "study-permit", "work-permit", "sponsorship-spouse"] as const) {
    for (const country of SAMPLE_COUNTRIES) {
      requests.push([`timeline ${application} ${country}`, command(lng, "timeline", { application, country })]);
    }
  }
  for (const role of ROLE_IDS) {
    for (const application of ACCESS_APPLICATIONS)
      requests.push([`access ${role} ${application}`, command(lng, "access", { role, application })]);
  }
  let n = 0;
  for (const text of devQuestions(lng)) {
    requests.push([`text ${text}`, { ...base(lng), userId: `t-${lng}-${n}`, chatId: `t-${lng}-${n++}`, kind: "text", text }]);
  }
  // Corrections of popular claims (data/myths.json), asked as the answer suite asks them.
  for (const text of mythQuestions(lng)) {
    requests.push([`myth ${text}`, { ...base(lng), userId: `m-${lng}-${n}`, chatId: `m-${lng}-${n++}`, kind: "text", text }]);
  }
  const out: LabelledReply[] = [];
  for (const [label, request] of requests) {
    const reply = await core.handle(request);
    const intent = reply.answer.intent;
    const knowledge = intent === "trackable" || intent === "access" || intent === "timeline" || intent === "status-meaning";
    if (knowledge && reply.answer.needs.length === 0) out.push({ label, reply });
  }
  return out;
}
