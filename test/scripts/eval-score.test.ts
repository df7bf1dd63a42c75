import { describe, expect, it } from "vitest";
import type { AnswerMeta } from "../../src/core/reply.js";
import { createReport, formatReport, parseEvalSet, percent, scoreAnswer } from "../../scripts/eval-score.js";

const answer = (overrides: Partial<AnswerMeta>): AnswerMeta => ({
  intent: "trackable",
  application: null,
  role: null,
  status: null,
  systems: [],
  access: null,
  needs: [],
  sources: [],
  ...overrides,
});

describe("scoreAnswer", () => {
  it("checks only the fields the line names; system is the first system, not_system must be absent", () => {
    const meta = answer({ application: "study-permit", systems: ["ircc-tracker", "ircc-account"] });
    expect(
      scoreAnswer({ intent: "trackable", application: "study-permit", system: "ircc-tracker", not_system: "cas" }, meta).every((r) => r.ok),
    ).toBe(true);
    const wrong = scoreAnswer({ intent: "trackable", system: "ircc-account", not_system: "ircc-tracker" }, meta);
    expect(wrong.filter((r) => !r.ok).map((r) => r.field)).toEqual(["system", "not_system"]);
  });

  it("compares needs as sets and nulls exactly", () => {
    expect(
      scoreAnswer({ intent: "timeline", needs: ["application"] }, answer({ intent: "timeline", needs: ["application"] })).every(
        (r) => r.ok,
      ),
    ).toBe(true);
    expect(scoreAnswer({ intent: "timeline", needs: ["application"] }, answer({ intent: "timeline" })).some((r) => !r.ok)).toBe(true);
    expect(scoreAnswer({ intent: "access", access: "no" }, answer({ intent: "access", access: null }))[1]?.ok).toBe(false);
  });
});

describe("parseEvalSet and the report", () => {
  it("lists every malformed line at once", () => {
    const text = [
      '{"id":"a","text":"x","lang":"en","expect":{"intent":"help"}}',
      "{not json",
      '{"id":"b","text":"y","lang":"en","expect":{"intnt":"help"}}',
    ].join("\n");
    expect(() => parseEvalSet(text, "set.jsonl")).toThrow(/set\.jsonl:2: not valid JSON[\s\S]*set\.jsonl:3/);
  });

  it("tallies by language, intent and field and prints failures when verbose", () => {
    const lines = parseEvalSet(
      [
        '{"id":"a","text":"hi","lang":"en","expect":{"intent":"help"}}',
        '{"id":"b","text":"salut","lang":"fr","expect":{"intent":"help"}}',
      ].join("\n"),
      "x",
    );
    const report = createReport();
    report.add(lines[0]!, scoreAnswer(lines[0]!.expect, answer({ intent: "help" })), "en");
    report.add(lines[1]!, scoreAnswer(lines[1]!.expect, answer({ intent: "trackable" })), "en");
    expect(percent(report.overall)).toBe(50);
    expect(report.byLanguage.get("fr")).toEqual({ correct: 0, total: 1 });
    expect(report.languageDetected).toEqual({ correct: 1, total: 2 });
    // Right fields in the wrong language is not what the user needs: "both" counts only the first line.
    report.add(lines[1]!, scoreAnswer(lines[1]!.expect, answer({ intent: "help" })), "en");
    expect(report.withReplyLanguage).toEqual({ correct: 1, total: 3 });
    const text = formatReport(report, true);
    expect(text).toMatch(/both\s+1\/3/);
    expect(text).toContain("failing lines");
    expect(text).toContain('intent: expected "help", got "trackable"');
  });
});
