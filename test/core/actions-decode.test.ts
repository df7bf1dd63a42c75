import { describe, expect, it } from "vitest";
import { decodeAction } from "../../src/core/actions.js";

/** The decoder picks one schema per code letter; data that names no real shape must not reach one. */
describe("decodeAction shape selection", () => {
  it.each([
    "1|c|access|toString|study-permit",
    "1|c|access|__proto__|study-permit",
    "1|c|access|constructor|applicant",
    "1|c|access|a|applicant",
    "1|c|access|r|study-permit",
    "1|z|x",
  ])("rejects %j", (data) => {
    expect(decodeAction(data)).toBeUndefined();
  });

  it("validates each slot against its own values", () => {
    expect(decodeAction("1|c|access|r|applicant")).toEqual({ type: "clarify", intent: "access", slot: "role", value: "applicant" });
    expect(decodeAction("1|c|status-meaning|s|aor")).toEqual({ type: "clarify", intent: "status-meaning", slot: "status", value: "aor" });
  });
});
