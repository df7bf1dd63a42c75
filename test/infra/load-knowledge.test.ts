import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { KnowledgeLoadError, loadKnowledge } from "../../src/infra/load-knowledge.js";
import { DATA_DIR } from "../core/knowledge/real-knowledge.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of data/ in a temp folder, with edits applied to the parsed JSON of some files. */
// biome-ignore lint/suspicious/noExplicitAny: the edits reach into arbitrary JSON on purpose, to break it
function dataCopy(edits: Record<string, (json: Record<string, any>) => void>): string {
  const dir = mkdtempSync(join(tmpdir(), "kb-"));
  dirs.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const json = JSON.parse(readFileSync(path, "utf8"));
    edit(json);
    writeFileSync(path, JSON.stringify(json));
  }
  return dir;
}

function problemsOf(dir: string): readonly string[] {
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeLoadError);
    return (error as KnowledgeLoadError).problems;
  }
  throw new Error("expected the knowledge base to be rejected");
}

describe("loadKnowledge", () => {
  it("loads and indexes the real data", () => {
    const kb = loadKnowledge(DATA_DIR);
    expect(kb.version).toBe("ptime-2026-06-24");
    expect(kb.timelinesByApplication.get("visitor-visa")?.length).toBe(2);
  });

  it("lists every schema problem at once, each with its file and JSON path", () => {
    const dir = dataCopy({
      "applications.json": (j) => {
        delete j.eta;
        j["pr-pnp"].sources = ["http://insecure.example"];
        j["study-permit"].track[0].system = "fax";
      },
      "statuses.json": (j) => {
        j["cas-decision-made"].checked = "2026-02-30";
      },
      "systems.json": (j) => {
        j.cas.extra = true;
      },
      "timelines.json": (j) => {
        j.entries[0].value = { amount: -1, unit: "day" };
        j.entries[1].value = { noData: "unknown" };
      },
    });
    const problems = problemsOf(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^applications\.json: eta: /),
        expect.stringMatching(/^applications\.json: pr-pnp\.sources\.0: expected an https URL/),
        expect.stringMatching(/^applications\.json: study-permit\.track\.0\.system: /),
        expect.stringMatching(/^statuses\.json: cas-decision-made\.checked: expected an ISO date/),
        expect.stringMatching(/^systems\.json: cas: .*extra/),
        expect.stringMatching(/^timelines\.json: entries\.0\.value: expected \{"amount"/),
        expect.stringMatching(/^timelines\.json: entries\.1\.value: expected \{"amount"/),
      ]),
    );
    expect(problems.length).toBeGreaterThanOrEqual(7);
  });

  it("reports a file that is not JSON with its name", () => {
    const dir = dataCopy({});
    writeFileSync(join(dir, "caveats.json"), "{ not json");
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^caveats\.json: /)]);
  });

  it("cross-checks references and the secondary-source flag", () => {
    const dir = dataCopy({
      "applications.json": (j) => {
        j.eta.caveats.push("noSuchCaveat");
      },
      "caveats.json": (j) => {
        j.aorFirst.sources.push("https://blog.example.com/post");
        j.prConfirmationInvite.sources = ["https://www.canada.ca/en.html"];
      },
    });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        'applications.json: eta.caveats.1: unknown caveat "noSuchCaveat" (add it to caveats.json)',
        expect.stringMatching(/^caveats\.json: aorFirst\.secondary: must be true/),
        expect.stringMatching(/^caveats\.json: prConfirmationInvite\.secondary: all sources are official/),
      ]),
    );
  });
});
