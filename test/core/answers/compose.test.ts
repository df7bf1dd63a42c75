import { describe, expect, it } from "vitest";
import type { Composed, KnowledgeIntent, Question } from "../../../src/core/answers/question.js";
import { composeAnswer } from "../../../src/core/answers/compose.js";
import { isOfficialSource } from "../../../src/core/knowledge/schema.js";
import type { QuestionSignals } from "../../../src/core/rules/signals.js";
import { APPLICATION_IDS, ROLE_IDS, STATUS_IDS } from "../../../src/core/taxonomy.js";
import { realKnowledge, realTranslator } from "../knowledge/real-knowledge.js";

const kb = realKnowledge();
/** The day after IRCC's newest snapshot in data/ (24 June 2026): figures are fresh, except lines IRCC dropped. */
const NOW = new Date("2026-06-25T12:00:00Z");
const translator = realTranslator();
const ask = (lang: "en" | "fr", question: Partial<Question & QuestionSignals> & { intent: KnowledgeIntent }): Composed =>
  composeAnswer(
    kb,
    { application: null, role: null, status: null, country: null, quebec: null, insideCanada: null, ...question } as Question,
    translator.forLocale(lang),
    { now: NOW, lang },
  );
const answerOf = (composed: Composed) => {
  if (composed.kind !== "answer") throw new Error(`asked for ${composed.slot}`);
  return composed;
};

/** Discord caps a message at 2,000 characters; answers leave room for the ~200-character privacy warning bot-core may prepend. */
const MAX_CHARS = 1_800;

const CASES: readonly (readonly [string, Partial<Question & QuestionSignals> & { intent: KnowledgeIntent }])[] = [
  ...APPLICATION_IDS.flatMap((application) => [
    [`trackable ${application}`, { intent: "trackable" as const, application }] as const,
    [`timeline ${application}`, { intent: "timeline" as const, application }] as const,
    [`access ${application}`, { intent: "access" as const, application }] as const,
  ]),
  ...ROLE_IDS.map(
    (role) => [`access ${role} on a study permit`, { intent: "access" as const, application: "study-permit" as const, role }] as const,
  ),
  ...STATUS_IDS.map((status) => [`status ${status}`, { intent: "status-meaning" as const, status }] as const),
];

describe.each(["en", "fr"] as const)("composeAnswer (%s)", (lang) => {
  const checkedWord = lang === "en" ? "checked on" : "vérifiées le";

  it.each(CASES)("%s: complete text ending with its sources and checked date", (_name, question) => {
    const answer = answerOf(ask(lang, question));
    expect(answer.text).not.toMatch(/kb:|\{\{|\}\}|undefined|null|NaN/);
    expect(answer.text.length).toBeLessThan(MAX_CHARS);
    expect(answer.text).toContain(checkedWord);
    expect(answer.text.trimEnd().split("\n").at(-1)).toMatch(/^https:\/\//);
    expect(answer.text).not.toMatch(/\*\*|__|<\/?[a-z]+>/);
    expect(answer.sources.length).toBeGreaterThan(0);
    for (const url of answer.sources) expect(isOfficialSource(url)).toBe(true);
    for (const link of answer.links) expect(link.url).toMatch(/^https:\/\//);
  });

  it("never presents itself as IRCC", () => {
    const text = answerOf(ask(lang, { intent: "trackable", application: "work-permit" })).text;
    expect(text).toContain(lang === "en" ? "not IRCC" : "pas IRCC");
  });

  it("asks for the missing slot instead of guessing", () => {
    expect(ask(lang, { intent: "trackable" })).toEqual({ kind: "needs", slot: "application" });
    expect(ask(lang, { intent: "timeline" })).toEqual({ kind: "needs", slot: "application" });
    expect(ask(lang, { intent: "status-meaning", application: "work-permit" })).toEqual({ kind: "needs", slot: "status" });
    expect(ask(lang, { intent: "access" })).toEqual({ kind: "needs", slot: "application" });
  });

  it("returns the systems best first, and only ['none'] for requests nothing tracks", () => {
    expect(answerOf(ask(lang, { intent: "trackable", application: "citizenship-certificate" })).systems).toEqual(["cas"]);
    expect(answerOf(ask(lang, { intent: "trackable", application: "document-amendment" })).systems).toEqual(["none"]);
    expect(answerOf(ask(lang, { intent: "access", application: "work-permit", role: "employer" })).systems).toEqual([]);
  });

  it("reports the stated role, never the defaulted applicant", () => {
    expect(answerOf(ask(lang, { intent: "access", application: "study-permit" })).role).toBeNull();
    expect(answerOf(ask(lang, { intent: "access", application: "study-permit", role: "payer" }))).toMatchObject({
      role: "payer",
      access: "with-authorization",
    });
    expect(answerOf(ask(lang, { intent: "access", role: "family-member", credentialSharing: true }))).toMatchObject({
      access: "no",
      application: null,
    });
  });

  it("shows IRCC's own on-screen wording in both languages", () => {
    const text = answerOf(ask(lang, { intent: "status-meaning", status: "cit-physical-presence" })).text;
    expect(text).toContain("Physical presence");
    expect(text).toContain("Présence effective");
  });

  it("words unverified facts as unconfirmed", () => {
    const text = answerOf(ask(lang, { intent: "trackable", application: "verification-of-status" })).text;
    expect(text).toContain(lang === "en" ? "IRCC has not confirmed this" : "IRCC ne l'a pas confirmé");
  });

  it("dates every processing time and says it may be out of date", () => {
    const text = answerOf(ask(lang, { intent: "timeline", application: "sponsorship-spouse", quebec: false, insideCanada: false })).text;
    expect(text).toMatch(
      lang === "en"
        ? /15 months \(IRCC's estimate for new applications; as of 20 May 2026, 36 days ago\)/
        : /15 mois \(estimation d'IRCC pour les nouvelles demandes\u00a0; au 20 mai 2026, il y a 36 jours\)/,
    );
    expect(text).toContain(
      lang === "en" ? "IRCC's latest data, of 24 June 2026, no longer lists" : "Les dernières données d'IRCC, du 24 juin 2026",
    );
    // Every spousal line is from 20 May: more than 30 days old, so the reply says so and links IRCC's tool.
    expect(text).toContain("check-processing-times.html");
    const fresh = answerOf(ask(lang, { intent: "timeline", application: "pr-card-new" })).text;
    expect(fresh).toContain(lang === "en" ? "as of 24 June 2026, 1 day ago" : "au 24 juin 2026, il y a 1 jour");
    expect(fresh).toContain(lang === "en" ? "may be out of date" : "peuvent donc être périmés");
  });

  it("gives the figure for the country asked about, and asks for the country otherwise", () => {
    const india = answerOf(ask(lang, { intent: "timeline", application: "study-permit", country: "IN" })).text;
    expect(india).toContain(lang === "en" ? "4 weeks" : "4 semaines");
    expect(india).toContain(lang === "en" ? "India" : "Inde");
    const any = answerOf(ask(lang, { intent: "timeline", application: "study-permit" })).text;
    expect(any).toContain(lang === "en" ? "tell me the country" : "dites-moi de quel pays");
  });
});

describe("composeAnswer in French", () => {
  it("is a translation, not the English text", () => {
    for (const [, question] of CASES) {
      const en = answerOf(ask("en", question)).text;
      const fr = answerOf(ask("fr", question)).text;
      expect(fr).not.toBe(en);
    }
  });

  it("answers the same structured fields in both languages", () => {
    for (const [, question] of CASES) {
      const { text: _en, links: _l1, firstView: _v1, details: _d1, firstLinks: _f1, ...en } = answerOf(ask("en", question));
      const { text: _fr, links: _l2, firstView: _v2, details: _d2, firstLinks: _f2, ...fr } = answerOf(ask("fr", question));
      expect(fr).toEqual(en);
    }
  });
});

describe("composeAnswer memoization", () => {
  it("returns the same answer object for a repeated question, separately per language", () => {
    const first = ask("en", { intent: "trackable", application: "eta" });
    expect(ask("en", { intent: "trackable", application: "eta" })).toBe(first);
    expect(ask("fr", { intent: "trackable", application: "eta" })).not.toBe(first);
    expect(ask("en", { intent: "trackable", application: "eta", insideCanada: true })).not.toBe(first);
  });
});
