import { describe, expect, it } from "vitest";
import {
  buildLexicon,
  foldedPhraseProblems,
  LexiconError,
  type LexiconFile,
  phraseProblems,
} from "../../../src/core/nlu/lexicon-schema.js";

const file = (source: LexiconFile["source"], kind: LexiconFile["kind"], content: unknown): LexiconFile => ({
  source,
  kind,
  path: `data/nlu/${source}/${kind}.json`,
  content,
});

function problemsOf(files: LexiconFile[]): readonly string[] {
  try {
    buildLexicon(files);
  } catch (error) {
    if (error instanceof LexiconError) return error.problems;
    throw error;
  }
  return [];
}

describe("phraseProblems", () => {
  it.each([
    ["how long^3", []],
    ["^bhai", []],
    ["remind*", []],
    ["*تذكيرات", []],
    ["дозв{іл,олу} на роботу^2.5", []],
  ])("accepts %s", (phrase, expected) => {
    expect(phraseProblems(phrase)).toEqual(expected);
  });

  it.each([
    ["", "empty phrase"],
    ["   ", "empty phrase"],
    [" how long", "leading or trailing space"],
    ["how long|combien", '"|" is not allowed'],
    ["how long^x", 'bad weight "^x"'],
    ["how long^", 'bad weight "^"'],
    ["how^long^2", '"^" only anchors'],
    ["how^long", 'bad weight "^long"'],
    ["re*mind", '"*" only at the start or end'],
    ["дозв{іл,олу на роботу", "unbalanced"],
  ])("rejects %j", (phrase, message) => {
    expect(phraseProblems(phrase).join("; ")).toContain(message);
  });
});

describe("buildLexicon", () => {
  it("merges the shared folder first, then the languages in the project's order, ids in the understander's order", () => {
    const lexicon = buildLexicon([
      file("fr", "applications", { "work-permit": ["permis de travail"], "study-permit": ["permis d etudes"] }),
      file("en", "applications", { "work-permit": ["work permit"] }),
      file("shared", "applications", { "work-permit": ["pgwp^2"] }),
      file("en", "words", { functionWords: ["the", "is"], negationsBefore: ["not"] }),
      file("fr", "words", { functionWords: ["le"], negationsBefore: ["pas"] }),
      file("uk", "words", { latinLookAlikes: { a: "а" } }),
    ]);
    expect(Object.keys(lexicon.phrases.applications)).toEqual(["study-permit", "work-permit"]);
    expect(lexicon.phrases.applications["work-permit"]).toEqual(["pgwp^2", "work permit", "permis de travail"]);
    expect(lexicon.phrases.intents).toEqual({});
    expect(lexicon.functionWords.en).toEqual(["the", "is"]);
    expect(lexicon.functionWords.tl).toEqual([]);
    expect(lexicon.negationsBefore).toEqual(["not", "pas"]);
    expect(lexicon.latinLookAlikes).toEqual({ a: "а" });
  });

  it("lists every problem at once, each with its file, id and phrase", () => {
    const problems = problemsOf([
      file("en", "intents", {
        timeline: ["how long^3", "how long^3", "", "a|b", "how^long"],
        "not-an-intent": ["what"],
        access: [],
      }),
      file("en", "applications", { "work-permit": ["work permit^2"], "fake-permit": ["fake"] }),
      file("en", "cues", { "no-such-cue": ["x"] }),
      file("en", "statuses", { "label:received": ["received"], "tracker-received": ["received^2"] }),
      file("en", "roles", "not an object"),
      file("en", "words", { functionWords: ["ok", " bad"], unknownList: ["x"] }),
    ]);
    const expected = [
      'data/nlu/en/intents.json: timeline: "how long^3": duplicate phrase',
      'data/nlu/en/intents.json: timeline: "": empty phrase',
      'data/nlu/en/intents.json: timeline: "a|b": "|" is not allowed',
      'data/nlu/en/intents.json: timeline: "how^long": bad weight "^long"',
      "data/nlu/en/intents.json: not-an-intent: unknown intents id",
      "data/nlu/en/intents.json: access: empty list",
      "data/nlu/en/applications.json: fake-permit: unknown applications id",
      "data/nlu/en/cues.json: no-such-cue: unknown cues id",
      "data/nlu/en/roles.json: file:",
      "data/nlu/en/words.json: functionWords.1:",
      "data/nlu/en/words.json: file:",
    ];
    for (const line of expected)
      expect(
        problems.some((p) => p.startsWith(line)),
        line,
      ).toBe(true);
    // The two status ids are both known (a shared label and a taxonomy status): no problem for them.
    expect(problems.some((p) => p.includes("statuses.json"))).toBe(false);
    expect(problems).toHaveLength(expected.length);
  });

  it("finds, once phrases are folded, repeats within a file and one phrase weighing differently in two files", () => {
    const files = [
      file("en", "intents", { timeline: ["how long^3", "HOW LONG^3", "¿?", "reçue", "recue"] }),
      file("en", "applications", { "work-permit": ["work permit^2"] }),
      file("fr", "applications", { "work-permit": ["Work Permit^3", "permis de travail"] }),
    ];
    expect(() => buildLexicon(files)).not.toThrow();
    expect(foldedPhraseProblems(files)).toEqual([
      'data/nlu/en/intents.json: timeline: "HOW LONG^3": duplicate phrase once folded',
      'data/nlu/en/intents.json: timeline: "¿?": nothing left to match after folding',
      'data/nlu/en/intents.json: timeline: "recue": duplicate phrase once folded',
      'data/nlu/fr/applications.json: work-permit: "Work Permit^3": weight 3 differs from "work permit^2" (2) in data/nlu/en/applications.json; the same phrase must weigh the same',
    ]);
  });

  it("says where a typo in a known kind of id comes from and fails before anything is compiled", () => {
    expect(() => buildLexicon([file("en", "systems", { trackr: ["tracker"] })])).toThrow(
      /data\/nlu\/en\/systems\.json: trackr: unknown systems id/,
    );
  });
});
