import { describe, expect, it } from "vitest";
import { createUnderstander } from "../../../src/core/nlu/understand.js";
import { loadDefaultLexicon } from "../../../src/infra/create-core-from-disk.js";

const understander = createUnderstander(loadDefaultLexicon());

/** Misspelt questions (Latin and Cyrillic scripts): intent and application must survive the typos. */
const TYPOS: readonly [string, string, string | null][] = [
  ["how lnog does a wrok permit take", "timeline", "work-permit"],
  ["wher can i chek my studdy permit", "trackable", "study-permit"],
  ["whta does 'waiting on you' mean", "status-meaning", null],
  ["remnid me every monday", "reminder-set", null],
  ["stop remindng me", "reminder-cancel", null],
  ["delet all my data", "forget", null],
  ["i want to delte my informations", "forget", null],
  ["combien de temps pour le permis de travial", "timeline", "work-permit"],
  ["cuanto tarda el permiso de trabjo", "timeline", "work-permit"],
  ["quanto tempo demora a cidadnia", "timeline", "citizenship-grant-adult"],
  ["скільки часу займає громадянсво", "timeline", "citizenship-grant-adult"],
  ["gaano katagal ang spousal sponsorsip", "timeline", "sponsorship-spouse"],
  ["citizenshp certificat processing time", "timeline", "citizenship-certificate"],
  ["how long is the proccesing time for a visiter visa", "timeline", "visitor-visa"],
  ["where do i trak my express entery application", "trackable", "pr-express-entry"],
  ["how long for a sudy permit extention", "timeline", "study-permit-extension"],
  ["wat is the procesing time for PGWP", "timeline", "work-permit"],
];

describe("typo tolerance", () => {
  it.each(TYPOS)("%s", (text, intent, application) => {
    const u = understander.understand(text);
    expect(u.intent).toBe(intent);
    if (application) expect(u.application).toBe(application);
  });

  it("does not turn correct common words into lexicon words", () => {
    expect(understander.understand("is there any news").intent).toBeNull();
    expect(understander.understand("here is my question").intent).toBeNull();
  });
});
