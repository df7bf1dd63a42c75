import { describe, expect, it } from "vitest";
import { createUnderstander } from "../../../src/core/nlu/understand.js";
import { createDefaultUnderstander, loadDefaultLexicon } from "../../../src/infra/create-core-from-disk.js";

const lexicon = createUnderstander(loadDefaultLexicon());
const myth = (text: string): string | null => lexicon.understand(text).signals?.myth ?? null;

describe("claims popular articles get wrong (data/myths.json)", () => {
  it.each([
    ["Is it true that CAS updates in real time?", "casRealTime"],
    ["Does CAS update every day?", "casRealTime"],
    ["Can I watch my Express Entry application move through the CAS stages?", "expressEntryCas"],
    ["Does CAS show both parts of our spousal sponsorship to the whole family?", "casSponsorshipSplit"],
    ["Is it true that Quebec applications cannot use CAS?", "quebecCas"],
    ["I read the AOR always comes within 2-4 weeks, is that right?", "aor2to4Weeks"],
    ["Someone said the acknowledgment of receipt comes in 2 to 4 weeks", "aor2to4Weeks"],
    ["Can I upload my documents in the application status tracker?", "trackerNoUpload"],
    ["Can I sign in to the citizenship tracker with the same login as my GCKey?", "trackerOwnLogin"],
    ["Does the tracker only need the application number from my payment receipt?", "trackerNumberOnAor"],
    ["Will the citizenship tracker show my interview appointment?", "trackerNoTimesInterviews"],
    ["CAS says Decision made, will the official letter come within 1-2 weeks?", "decisionNotice1to2Weeks"],
  ])("%s → %s", (text, id) => {
    expect(myth(text)).toBe(id);
  });

  // The same systems and applications in ordinary questions: no correction of a claim nobody made.
  it.each([
    "What does In process mean in CAS?",
    "I live in Quebec, what does Decision made mean in CAS?",
    "My CSQ application from Quebec, where do I check it?",
    "I uploaded my documents, how long until the tracker updates?",
    "How do I create a citizenship tracker account?",
    "Where do I find my application number for the tracker?",
    "When will I get the AOR for my spousal sponsorship?",
    "It has been 4 weeks since I applied and still no AOR",
    "My AOR came after 24 weeks, is that normal?",
    "Decision made 12 weeks ago and no letter yet, what now?",
    "Can my wife see our spousal sponsorship in CAS?",
    "How long does Express Entry take?",
    "Dans ce cas, combien de temps pour une demande au Québec ?",
    "Good day po sa lahat. Nag submit kami ng spousal sponsorship, saan po ba dapat mag check, sa CAS o sa tracker?",
  ])("%s → no myth", (text) => {
    expect(myth(text)).toBeNull();
  });

  it("never outranks the credential rule", () => {
    const u = lexicon.understand("Can my consultant sign in to the tracker with the same login as my GCKey?");
    expect(u.signals?.credentialSharing).toBe(true);
  });

  it("the trained model does not move a myth reading", () => {
    const u = createDefaultUnderstander().understand("Does the tracker only need the application number from my payment receipt?");
    expect(u.signals?.myth).toBe("trackerNumberOnAor");
    expect(u.alternatives).toEqual([]);
  });
});
