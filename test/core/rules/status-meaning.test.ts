import { describe, expect, it } from "vitest";
import { statusMeaning } from "../../../src/core/rules/status-meaning.js";
import { type ApplicationId, STATUS_IDS, type StatusId } from "../../../src/core/taxonomy.js";
import { realKnowledge } from "../knowledge/real-knowledge.js";

const kb = realKnowledge();
const meaning = (status: StatusId, application: ApplicationId | null = null) => {
  const result = statusMeaning(kb, { status, application });
  if (!result.ok) throw new Error(`no answer for ${status}`);
  return result.value;
};

describe("statusMeaning", () => {
  it("asks for the status when it is missing", () => {
    expect(statusMeaning(kb, { status: null, application: "work-permit" })).toEqual({ ok: false, needs: "status" });
  });

  it.each([...STATUS_IDS])("%s: system, IRCC wording when shown, worry rule and sources", (status) => {
    const answer = meaning(status);
    if (answer.fact.labels) {
      expect(answer.fact.labels.en.length).toBeGreaterThan(0);
      expect(answer.fact.labels.fr.length).toBeGreaterThan(0);
    }
    if (answer.fact.worry.kind === "after-days") expect(answer.fact.worry.days).toBeGreaterThan(0);
    expect(answer.sources.length).toBeGreaterThan(0);
    if (answer.processingTime) expect(answer.processingTime.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("compares a long wait with the published time of the application asked about", () => {
    const answer = meaning("tracker-in-progress", "pr-card-renewal");
    expect(answer.timelineApplication).toBe("pr-card-renewal");
    expect(answer.processingTime?.value).toEqual({ amount: 32, unit: "day" });
    expect(meaning("tracker-in-progress").processingTime).toBeNull();
    expect(meaning("pr-portal-photo-accepted").timelineApplication).toBe("pr-card-new");
  });

  it("gives durations only for the applications they concern", () => {
    expect(meaning("cas-decision-made", "citizenship-certificate").durations.map((d) => d.id)).toEqual(["certificateDelivery"]);
    expect(meaning("cas-decision-made", "work-permit").durations).toEqual([]);
    expect(meaning("cit-oath").durations.map((d) => d.id)).toEqual(["ceremonyAfterApproval"]);
  });

  it("never lets a decision label stand for approval", () => {
    expect(meaning("cas-decision-made").fact.worry.kind).toBe("none");
    expect(meaning("tracker-waiting-on-you").fact.worry.kind).toBe("deadline");
  });
});
