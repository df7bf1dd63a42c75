import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { BotCore } from "../../src/core/bot-core.js";
import { createMemoryUserStore } from "../../src/core/store/memory-user-store.js";
import { createCoreFromDisk, PROJECT_ROOT } from "../../src/infra/create-core-from-disk.js";
import { createReport, parseEvalSet, scoreAnswer } from "../../scripts/eval-score.js";

/**
 * The frozen sets as regression checks: every held-out and blind set in test/fixtures must score at least
 * what test/fixtures/floors.json records, fully right and reply language, as `npm run eval` scores them
 * (no language hint). A floor is raised by hand when a set improves, never lowered to let a change pass.
 * Floors are counts of lines, not percentages, so one line lost fails.
 */
const FIXTURES = join(PROJECT_ROOT, "test", "fixtures");
const FLOORS: Record<string, { fullyRight: number; replyLanguage: number }> = JSON.parse(
  readFileSync(join(FIXTURES, "floors.json"), "utf8"),
).sets;
const SETS = readdirSync(FIXTURES).filter((f) => /^(heldout|blind)(-\d+)?\.jsonl$/.test(f));

let core: BotCore;
beforeAll(async () => {
  core = await createCoreFromDisk({ store: createMemoryUserStore() });
});

describe("frozen evaluation sets", () => {
  it("has a floor for every held-out and blind set, and a set for every floor", () => {
    expect(SETS.length).toBeGreaterThanOrEqual(20);
    expect([...SETS].sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(SETS)("%s scores no lower than its floor", (file) => {
    const lines = parseEvalSet(readFileSync(join(FIXTURES, file), "utf8"), file);
    const report = createReport();
    for (const line of lines) {
      const reply = core.ask(line.text, {});
      report.add(line, scoreAnswer(line.expect, reply.answer), reply.lang);
    }
    const floor = FLOORS[file];
    expect(report.overall.correct, `${file}: fully right`).toBeGreaterThanOrEqual(floor?.fullyRight ?? Number.POSITIVE_INFINITY);
    expect(report.languageDetected.correct, `${file}: reply language`).toBeGreaterThanOrEqual(
      floor?.replyLanguage ?? Number.POSITIVE_INFINITY,
    );
  });
});
