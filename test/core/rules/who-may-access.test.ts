import { describe, expect, it } from "vitest";
import { whoMayAccess } from "../../../src/core/rules/who-may-access.js";
import { ACCESS_IDS, APPLICATION_IDS, type ApplicationId, ROLE_IDS, type RoleId } from "../../../src/core/taxonomy.js";
import { realKnowledge } from "../knowledge/real-knowledge.js";

const kb = realKnowledge();
const access = (application: ApplicationId | null, role: RoleId | null, signals: object = {}) => {
  const result = whoMayAccess(kb, { application, role, ...signals });
  if (!result.ok) throw new Error(`no answer for ${application}/${role}`);
  return result.value;
};
const SPONSORSHIPS = APPLICATION_IDS.filter((id) => id.startsWith("sponsorship-"));
const pairs = ROLE_IDS.flatMap((role) => APPLICATION_IDS.map((application) => [role, application] as const));

describe("whoMayAccess", () => {
  it.each(pairs)("%s on %s: an access id, a reason, and what to do instead unless it is a plain yes", (role, application) => {
    const answer = access(application, role);
    expect(ACCESS_IDS).toContain(answer.access);
    expect(answer.reason).toMatch(/^[a-z][A-Za-z]+$/);
    if (answer.access !== "yes") expect(answer.instead).not.toBeNull();
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.roleDefaulted).toBe(false);
  });

  it.each(pairs)("%s on %s: using someone else's credentials is always no", (role, application) => {
    expect(access(application, role, { credentialSharing: true })).toMatchObject({
      access: "no",
      reason: "credentialSharing",
      instead: "authorizeForms",
    });
  });

  it.each([...APPLICATION_IDS])("%s: employers no; payers and relatives only with authorization; the applicant yes", (application) => {
    expect(access(application, "employer").access).toBe("no");
    expect(access(application, "payer").access).toBe("with-authorization");
    expect(access(application, "family-member").access).toBe("with-authorization");
    expect(access(application, "applicant").access).toBe("yes");
    expect(access(application, "designated-individual").access).toBe("yes");
    expect(access(application, "designated-individual", { authorizationForm: false }).access).toBe("with-authorization");
    expect(access(application, "representative", { authorizationForm: false }).access).toBe("with-authorization");
  });

  it.each(SPONSORSHIPS)("%s: sponsor and sponsored person each see only their own part", (application) => {
    expect(access(application, "sponsor").access).toBe("partial");
    expect(access(application, "applicant", { otherPart: true }).access).toBe("partial");
    expect(access(application, "applicant").access).toBe("yes");
  });

  it.each(SPONSORSHIPS)(
    "%s: a sponsor asking only about their own part may follow it; the other party's part stays partial",
    (application) => {
      expect(access(application, "sponsor", { ownPart: true })).toMatchObject({ access: "yes", reason: "sponsorOwnPart" });
      expect(access(application, "sponsor", { ownPart: true, otherPart: true }).access).toBe("partial");
      expect(access("work-permit", "sponsor", { ownPart: true }).access).toBe("with-authorization");
    },
  );

  it("gives a sponsor nothing on files that are not sponsorships", () => {
    expect(access("work-permit", "sponsor").access).toBe("with-authorization");
  });

  it("lets a representative with IMM 5476 in, except into the client's own PR Portal account", () => {
    expect(access("pr-express-entry", "representative").access).toBe("yes");
    expect(access("pr-confirmation", "representative")).toMatchObject({ access: "no", instead: "clientSignsIn" });
  });

  it("defaults an unstated role to the applicant and says so", () => {
    expect(access("study-permit", null)).toMatchObject({ access: "yes", appliedRole: "applicant", roleDefaulted: true });
  });

  it("answers roles whose rule does not depend on the application, and asks for the application otherwise", () => {
    expect(access(null, "employer").access).toBe("no");
    expect(access(null, "family-member", { credentialSharing: true }).access).toBe("no");
    expect(access(null, null, { credentialSharing: true }).access).toBe("no");
    expect(whoMayAccess(kb, { application: null, role: null })).toEqual({ ok: false, needs: "application" });
    expect(whoMayAccess(kb, { application: null, role: "sponsor" })).toEqual({ ok: false, needs: "application" });
  });

  it("flags the payer rule as an inference IRCC has not stated", () => {
    expect(access("visitor-visa", "payer").unverified).toBe(true);
  });
});
