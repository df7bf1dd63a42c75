import { describe, expect, it } from "vitest";
import { makeReply } from "../../src/core/make-reply.js";

describe("makeReply", () => {
  it("fills every contract field with its empty value", () => {
    expect(makeReply("fr", "Bonjour", { intent: "help" })).toEqual({
      lang: "fr",
      text: "Bonjour",
      choices: [],
      links: [],
      personal: false,
      answer: { intent: "help", application: null, role: null, status: null, systems: [], access: null, needs: [], sources: [] },
    });
  });

  it("keeps what it is given and leaves out empty optional parts (details, alternatives)", () => {
    const r = makeReply(
      "en",
      "short",
      { intent: "timeline", application: "work-permit", needs: ["intent"], alternatives: [{ intent: "access" }] },
      { details: "long", personal: true, choices: [{ label: "More", data: "1|m" }] },
    );
    expect(r).toMatchObject({
      details: "long",
      personal: true,
      answer: { application: "work-permit", alternatives: [{ intent: "access" }] },
    });
    expect(makeReply("en", "x", { intent: "help" }, { details: "" })).not.toHaveProperty("details");
    expect(makeReply("en", "x", { intent: "help" }).answer).not.toHaveProperty("alternatives");
  });
});
