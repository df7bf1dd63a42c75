import { describe, expect, it } from "vitest";
import { fnv1a } from "../../../../src/core/nlu/model/features.js";
import { lexiconFeatures, lexiconReadings } from "../../../../src/core/nlu/model/lexicon-features.js";
import type { Understanding } from "../../../../src/core/nlu/understanding.js";
import { BLANK_UNDERSTANDING } from "../../../helpers/understanding.js";

const base: Understanding = BLANK_UNDERSTANDING;

describe("lexiconFeatures", () => {
  it("hashes exactly the reading strings the model was trained on, without building them", () => {
    const cases: Understanding[] = [
      base,
      { ...base, intent: "timeline", application: "work-permit" },
      { ...base, intent: "access", role: "sponsor", status: "cas-decision-made", followUp: true, quebec: true, country: "IN" },
      { ...base, intent: "access", signals: { credentialSharing: true, sponsorshipParty: true } },
    ];
    for (const u of cases) {
      const expected = lexiconReadings(u).map((reading) => fnv1a(reading, 0x2545f491) & 0xffff);
      const got: number[] = [];
      lexiconFeatures(u, 1 << 16, got);
      expect(got).toEqual(expected);
    }
  });
});
