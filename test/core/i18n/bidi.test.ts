import bidiModule, { type Bidi } from "bidi-js";
import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../../src/core/bot-core.js";
import type { Locale } from "../../../src/core/i18n/locales.js";
import { isolateLtrRuns } from "../../../src/core/i18n/translator.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { knowledgeReplies, type LabelledReply } from "../../helpers/knowledge-replies.js";

// bidi-js is CommonJS with an ES-style type declaration: under NodeNext its default import is the module object.
const bidiFactory = ((bidiModule as unknown as { default?: () => Bidi }).default ?? bidiModule) as unknown as () => Bidi;
const bidi = bidiFactory();
const ISOLATES = /[\u2066-\u2069]/g;

/** How a right-to-left paragraph is displayed: the Unicode Bidirectional Algorithm's visual order, mirrored brackets applied. */
function visual(line: string): string {
  return bidi.getReorderedString(line, bidi.getEmbeddingLevels(line, "rtl")).replace(ISOLATES, "");
}

/** Problems a reader would see in one displayed line: brackets that do not pair, Latin runs out of order. */
function displayProblems(line: string): string[] {
  const shown = visual(line);
  const problems: string[] = [];
  const pairs: Record<string, string> = { ")": "(", "]": "[" };
  const stack: string[] = [];
  for (const char of shown) {
    if (char === "(" || char === "[") stack.push(char);
    else if (char in pairs) {
      if (stack.pop() !== pairs[char]) {
        problems.push(`bracket out of order: ${shown}`);
        break;
      }
    }
  }
  if (stack.length > 0 && problems.length === 0) problems.push(`bracket never closed: ${shown}`);
  // Each run of Latin words (with the spaces and marks inside it) must be displayed as typed.
  const logical = line.replace(ISOLATES, "");
  for (const run of logical.match(/[\p{Script=Latin}0-9][\p{Script=Latin}0-9 .'’-]*[\p{Script=Latin}0-9]/gu) ?? []) {
    if (!shown.includes(run)) problems.push(`"${run}" scrambled: ${shown}`);
  }
  return problems;
}

describe("isolateLtrRuns", () => {
  it("keeps brackets with the left-to-right run they belong to", () => {
    expect(isolateLtrRuns("حالة طلب العميل (CAS)")).toBe("حالة طلب العميل \u2068(CAS)\u2069");
    expect(isolateLtrRuns("المصادر (بتاريخ 2026-06-25):")).toBe("المصادر (بتاريخ \u20682026-06-25\u2069):");
    expect(isolateLtrRuns("بالفرنسية: « Décision rendue »")).toBe("بالفرنسية: « \u2068Décision rendue\u2069 »");
  });

  it("leaves text inside existing isolates alone and is idempotent", () => {
    const once = isolateLtrRuns("فرم IMM 5476 و \u2068(CAS)\u2069 و IRCC");
    expect(once).toBe("فرم \u2068IMM 5476\u2069 و \u2068(CAS)\u2069 و \u2068IRCC\u2069");
    expect(isolateLtrRuns(once)).toBe(once);
  });

  it("the display check catches the old bug (isolate starting at the first letter)", () => {
    expect(displayProblems("حالة طلب العميل (\u2068CAS)\u2069").length).toBeGreaterThan(0);
    expect(displayProblems("بالفرنسية: « Dé\u2068cision rendue\u2069 »").length).toBeGreaterThan(0);
    expect(displayProblems(isolateLtrRuns("حالة طلب العميل (CAS)"))).toEqual([]);
  });
});

describe.each(["ar", "fa", "ur"] as const)("%s replies displayed right to left", (lng: Locale) => {
  let core: BotCore;
  let replies: LabelledReply[];
  beforeAll(async () => {
    core = await createCoreFromDisk();
    replies = await knowledgeReplies(core, lng);
  });

  it("every knowledge reply (first view, details, links) shows paired brackets and Latin runs in order", () => {
    expect(replies.length).toBeGreaterThan(150);
    const problems: string[] = [];
    for (const { label, reply } of replies) {
      const texts = [reply.text, reply.details ?? "", ...reply.links.map((l) => l.label), ...reply.choices.map((c) => c.label)];
      for (const text of texts) {
        for (const line of text.split("\n")) for (const p of displayProblems(line)) problems.push(`${label}: ${p}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
