import { describe, expect, it } from "vitest";
import {
  botLink,
  type DeepLink,
  deepLinkOf,
  deepLinkPayloadSchema,
  encodeDeepLink,
  parseDeepLink,
  shareLink,
} from "../../src/core/deep-link.js";
import { APPLICATION_IDS, STATUS_IDS } from "../../src/core/taxonomy.js";

const every: DeepLink[] = [
  ...STATUS_IDS.map((status) => ({ kind: "status" as const, status })),
  ...APPLICATION_IDS.flatMap((application) => [
    { kind: "track" as const, application },
    { kind: "time" as const, application },
  ]),
];

describe("deep-link payloads", () => {
  it("round-trips every status and application id within Telegram's 64 characters of [A-Za-z0-9_-]", () => {
    for (const link of every) {
      const payload = encodeDeepLink(link);
      expect(deepLinkPayloadSchema.safeParse(payload).success, payload).toBe(true);
      expect(parseDeepLink(payload)).toEqual(link);
    }
  });

  it("reads the documented examples", () => {
    expect(parseDeepLink("status_cas-decision-made")).toEqual({ kind: "status", status: "cas-decision-made" });
    expect(parseDeepLink("track_sponsorship-spouse")).toEqual({ kind: "track", application: "sponsorship-spouse" });
    expect(parseDeepLink("time_study-permit")).toEqual({ kind: "time", application: "study-permit" });
  });

  it("rejects malformed, unknown and oversized payloads (the caller shows the welcome)", () => {
    for (const bad of [
      "",
      "status",
      "status_",
      "_cas-decision-made",
      "status_not-a-status",
      "track_cas-decision-made",
      "time_sponsorship spouse",
      "status_cas-decision-made/../x",
      "STATUS_cas-decision-made",
      "remind_study-permit",
      `status_${"a".repeat(70)}`,
      "статус_x",
      42,
      undefined,
    ]) {
      expect(parseDeepLink(bad), String(bad)).toBeUndefined();
    }
  });

  it("links a finished answer back to itself, and nothing that still asks for a slot", () => {
    const meta = { role: null, systems: [], access: null, sources: [] } as const;
    expect(deepLinkOf({ ...meta, intent: "status-meaning", application: null, status: "aor", needs: [] })).toEqual({
      kind: "status",
      status: "aor",
    });
    expect(deepLinkOf({ ...meta, intent: "timeline", application: "prtd", status: null, needs: [] })).toEqual({
      kind: "time",
      application: "prtd",
    });
    expect(deepLinkOf({ ...meta, intent: "timeline", application: null, status: null, needs: ["application"] })).toBeUndefined();
    expect(deepLinkOf({ ...meta, intent: "access", application: "prtd", status: null, needs: [] })).toBeUndefined();
  });

  it("builds t.me links and Telegram's share dialog", () => {
    expect(botLink("my_bot", { kind: "status", status: "aor" })).toBe("https://t.me/my_bot?start=status_aor");
    expect(botLink("my_bot")).toBe("https://t.me/my_bot");
    const share = new URL(shareLink("https://t.me/my_bot?start=status_aor"));
    expect(share.origin + share.pathname).toBe("https://t.me/share/url");
    expect(share.searchParams.get("url")).toBe("https://t.me/my_bot?start=status_aor");
  });
});
