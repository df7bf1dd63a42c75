import { describe, expect, it } from "vitest";
import { whereToTrack } from "../../../src/core/rules/where-to-track.js";
import { APPLICATION_IDS, type ApplicationId, ROLE_IDS } from "../../../src/core/taxonomy.js";
import { realKnowledge } from "../knowledge/real-knowledge.js";

const kb = realKnowledge();
const query = (application: ApplicationId | null, extra: object = {}) => ({
  application,
  role: null,
  insideCanada: null,
  quebec: null,
  ...extra,
});
const track = (application: ApplicationId, extra: object = {}) => {
  const result = whereToTrack(kb, query(application, extra));
  if (!result.ok) throw new Error(`no answer for ${application}`);
  return result.value;
};
const systemsOf = (application: ApplicationId, extra: object = {}) => track(application, extra).systems.map((s) => s.system);

describe("whereToTrack", () => {
  it("asks for the application when it is missing", () => {
    expect(whereToTrack(kb, query(null))).toEqual({ ok: false, needs: "application" });
  });

  it.each([...APPLICATION_IDS])("%s: ordered systems, caveats and dated sources", (application) => {
    const answer = track(application);
    expect(answer.systems.length).toBeGreaterThan(0);
    if (answer.systems.some((s) => s.system === "none")) expect(answer.systems).toEqual([{ system: "none", unverified: false }]);
    for (const { system } of answer.systems) expect(answer.notSystems).not.toContain(system);
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const caveats = answer.caveats.map((c) => c.id);
    const trackers = answer.systems.filter((s) => !s.unverified && (s.system === "ircc-tracker" || s.system === "citizenship-tracker"));
    // The account-based trackers show nothing before the AOR and need the email on file.
    if (trackers.length > 0) expect(caveats).toEqual(expect.arrayContaining(["aorFirst", "trackerEmail"]));
    // CAS drops files after a decision: say when.
    if (answer.systems.some((s) => s.system === "cas")) expect(caveats.some((id) => id.startsWith("casRemoval"))).toBe(true);
  });

  it.each([...ROLE_IDS])("adds the caveats of the stated role %s, and none for an unstated role", (role) => {
    const stated = track("sponsorship-spouse", { role }).caveats.map((c) => c.id);
    const unstated = track("sponsorship-spouse").caveats.map((c) => c.id);
    for (const id of kb.files.access.roleCaveats[role] ?? []) expect(stated).toContain(id);
    expect(new Set(stated).size).toBe(stated.length);
    expect(stated.length).toBeGreaterThanOrEqual(unstated.length);
  });

  it.each([
    "citizenship-certificate",
    "citizenship-adoption",
    "citizenship-renunciation",
    "citizenship-resumption",
    "citizenship-search",
    "citizenship-caf",
  ] as const)("%s is outside the citizenship tracker and goes to CAS", (application) => {
    const answer = track(application);
    expect(answer.systems[0]?.system).toBe("cas");
    expect(answer.notSystems).toContain("citizenship-tracker");
    expect(answer.caveats.map((c) => c.id)).toContain("citizenshipTrackerExclusions");
  });

  it.each(["verification-of-status", "document-replacement", "document-amendment"] as const)(
    "%s is not trackable online, not even in CAS",
    (application) => {
      const answer = track(application);
      expect(answer.systems.map((s) => s.system)).toEqual(["none"]);
      expect(answer.notSystems).toContain("cas");
      expect(answer.caveats.find((c) => c.id === "adminNotTrackable")?.fact.unverified).toBe(true);
    },
  );

  it("separates Quebec selection (Arrima) from the federal PR stage after the CSQ", () => {
    expect(systemsOf("quebec-selection")).toEqual(["quebec-arrima"]);
    expect(track("quebec-selection").notSystems).toContain("cas");
    expect(systemsOf("pr-quebec-federal")).not.toContain("quebec-arrima");
    expect(track("pr-quebec-federal").notSystems).toContain("quebec-arrima");
  });

  it("routes grants of citizenship to the citizenship tracker and permits to the IRCC tracker", () => {
    for (const app of ["citizenship-grant-adult", "citizenship-grant-minor"] as const)
      expect(systemsOf(app)[0]).toBe("citizenship-tracker");
    for (const app of [
      "visitor-visa",
      "study-permit",
      "work-permit",
      "pr-express-entry",
      "sponsorship-spouse",
      "sponsorship-dependent-child",
    ] as const) {
      expect(systemsOf(app)[0]).toBe("ircc-tracker");
    }
    expect(systemsOf("study-permit-extension")).toEqual(["ircc-account"]);
    expect(systemsOf("eta")).toEqual(["eta-status"]);
    expect(systemsOf("pr-confirmation")).toEqual(["pr-portal"]);
  });

  it("drops the IRCC Portal for a study permit applied for from inside Canada, keeps it when unknown", () => {
    expect(systemsOf("study-permit")).toContain("ircc-portal");
    expect(systemsOf("study-permit", { insideCanada: false })).toContain("ircc-portal");
    expect(systemsOf("study-permit", { insideCanada: true })).not.toContain("ircc-portal");
  });

  it("puts IRB My Case first once a refugee claim is referred, and leaves it out before", () => {
    expect(systemsOf("refugee-claim")).toEqual(["ircc-portal", "irb-my-case"]);
    expect(systemsOf("refugee-claim", { irbReferral: true })).toEqual(["irb-my-case", "ircc-portal"]);
    expect(systemsOf("refugee-claim", { irbReferral: false })).toEqual(["ircc-portal"]);
  });

  it("marks tracker coverage IRCC has not confirmed", () => {
    expect(track("sponsorship-parents").systems).toContainEqual({ system: "ircc-tracker", unverified: true });
    expect(track("sponsorship-parents").unverified).toBe(true);
  });
});
