import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LexiconError } from "../../src/core/nlu/lexicon-schema.js";
import { createUnderstander } from "../../src/core/nlu/understand.js";
import { loadLexicon } from "../../src/infra/load-lexicon.js";

const NLU = join(import.meta.dirname, "../../data/nlu");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), "nlu-lexicon-"));
  dirs.push(dir);
  const nlu = join(dir, "data", "nlu");
  mkdirSync(nlu, { recursive: true });
  for (const source of ["shared", "en", "fr", "es", "pt", "zh", "hi", "pa", "ur", "ar", "fa", "tl", "uk"]) {
    cpSync(join(NLU, source), join(nlu, source), { recursive: true });
  }
  return nlu;
}

describe("loadLexicon", () => {
  it("loads the repository's files: thousands of phrases in every kind, word lists of the Latin-script languages", () => {
    const lexicon = loadLexicon(NLU);
    const count = (table: object) => Object.values(table).reduce((n, list: string[]) => n + list.length, 0);
    expect(count(lexicon.phrases.intents)).toBeGreaterThan(1000);
    expect(count(lexicon.phrases.applications)).toBeGreaterThan(1000);
    expect(count(lexicon.phrases.cues)).toBeGreaterThan(2000);
    for (const words of Object.values(lexicon.functionWords)) expect(words.length).toBeGreaterThan(20);
    expect(lexicon.negationsBefore).toContain("not");
    expect(lexicon.latinLookAlikes.i).toBe("і");
    expect(loadLexicon(NLU)).toBe(lexicon);
  });

  it("gives the understander its phrases: a phrase added to a file is understood", () => {
    const nlu = copyOfData();
    const path = join(nlu, "en", "intents.json");
    const text = "zorblax quux, my work permit";
    expect(createUnderstander(loadLexicon(NLU), { budgetMs: 60_000 }).understand(text).intent).toBeNull();
    writeFileSync(path, JSON.stringify({ timeline: ["zorblax quux^3"] }));
    const u = createUnderstander(loadLexicon(nlu), { budgetMs: 60_000 }).understand(text);
    expect(u.intent).toBe("timeline");
    expect(u.application).toBe("work-permit");
  });

  it("fails at start-up listing every problem: unknown file, bad JSON, unknown id, bad phrase", () => {
    const nlu = copyOfData();
    writeFileSync(join(nlu, "fr", "intent.json"), "{}");
    writeFileSync(join(nlu, "es", "cues.json"), "{ not json");
    writeFileSync(join(nlu, "pt", "roles.json"), JSON.stringify({ lawyer: ["advogado"], sponsor: ["patrocinador|fiador"] }));
    let error: unknown;
    try {
      loadLexicon(nlu);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LexiconError);
    const problems = (error as LexiconError).problems;
    expect(problems).toEqual([
      expect.stringMatching(/^data\/nlu\/fr\/intent\.json: unexpected file/),
      expect.stringMatching(/^data\/nlu\/es\/cues\.json: /),
      expect.stringMatching(/^data\/nlu\/pt\/roles\.json: lawyer: unknown roles id/),
      expect.stringMatching(/^data\/nlu\/pt\/roles\.json: sponsor: "patrocinador\|fiador": "\|" is not allowed/),
    ]);
    expect((error as Error).message).toContain("4 problem(s)");
  });
});
