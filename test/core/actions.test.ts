import { describe, expect, it } from "vitest";
import { type Action, decodeAction, encodeAction, MAX_ACTION_BYTES } from "../../src/core/actions.js";
import { APPLICATION_IDS, INTENT_IDS } from "../../src/core/taxonomy.js";

describe("button data", () => {
  const samples: Action[] = [
    { type: "clarify", intent: "status-meaning", slot: "application", value: "sponsorship-dependent-child" },
    { type: "clarify", intent: "access", slot: "role", value: "designated-individual" },
    { type: "clarify", intent: "status-meaning", slot: "status", value: "account-additional-documents" },
    { type: "intent", intent: "timeline" },
    { type: "language", locale: "pa" },
    { type: "reminder", op: "snooze", reminderId: "r_123abc" },
    { type: "forget", confirm: true },
    {
      type: "more",
      intent: "status-meaning",
      application: "sponsorship-other-relative",
      role: "designated-individual",
      status: "account-additional-documents",
      country: "BR",
      flags: {
        quebec: true,
        insideCanada: false,
        credentialSharing: null,
        authorizationForm: false,
        otherPart: null,
        ownPart: true,
        irbReferral: null,
      },
    },
    {
      type: "more",
      intent: "trackable",
      application: null,
      role: null,
      status: null,
      country: null,
      flags: {
        quebec: null,
        insideCanada: null,
        credentialSharing: null,
        authorizationForm: null,
        otherPart: null,
        ownPart: null,
        irbReferral: null,
      },
    },
    {
      // The longest myth id with the longest other fields: the correction's More must fit 64 bytes.
      type: "more",
      intent: "status-meaning",
      application: "sponsorship-other-relative",
      role: "designated-individual",
      status: "account-additional-documents",
      country: "BR",
      flags: {
        quebec: true,
        insideCanada: false,
        credentialSharing: false,
        authorizationForm: false,
        otherPart: true,
        ownPart: true,
        irbReferral: false,
      },
      myth: "adminRequestsOtherDepartments",
    },
  ];

  it.each(samples)("round-trips %o", (action) => {
    const data = encodeAction(action);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_ACTION_BYTES);
    expect(decodeAction(data)).toEqual(action);
  });

  it("fits Telegram's 64 bytes for the longest intent and application ids", () => {
    const longestIntent = [...INTENT_IDS].sort((a, b) => b.length - a.length)[0]!;
    for (const value of APPLICATION_IDS) {
      expect(() => encodeAction({ type: "clarify", intent: longestIntent, slot: "application", value })).not.toThrow();
    }
  });

  it.each([
    "",
    "garbage",
    "0|i|help",
    "1|i|hack",
    "1|c|access|a|not-an-application",
    "1|c|access|x|study-permit",
    "1|l|xx",
    "1|l|../../etc",
    "1|r|explode|r1",
    "1|r|stop|bad id with spaces",
    "1|f|maybe",
    "1|m|9||||-------",
    "1|m|0|zz|||-------",
    "1|m|0||||br|-------",
    "1|m|0||||-------",
    "1|m|0|||||--x----",
    "1|m|0||||||-------",
    "1|i|help|extra",
    "x".repeat(500),
    undefined,
    42,
  ])("rejects forged or stale data %j", (data) => {
    expect(decodeAction(data)).toBeUndefined();
  });
});
