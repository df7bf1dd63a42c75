import { describe, expect, it } from "vitest";
import { withLongPostReading } from "../../../src/core/nlu/long-post.js";
import type { Understander, Understanding } from "../../../src/core/nlu/understanding.js";
import { BLANK_UNDERSTANDING } from "../../helpers/understanding.js";

const story = "We applied for my husband's spousal sponsorship in March, biometrics were done in April and we got the AOR in June.";

/** Reads a sentence by its question word, the way a real understander would read these short questions. */
const inner: Understander = {
  understand(text) {
    const u: Partial<Understanding> = text.includes("spousal") ? { application: "sponsorship-spouse" } : {};
    if (text === story) return { ...BLANK_UNDERSTANDING, ...u };
    const lower = text.toLowerCase();
    const intent = lower.startsWith("where")
      ? "trackable"
      : lower.startsWith("how long") || lower.startsWith("and how long")
        ? "timeline"
        : null;
    return { ...BLANK_UNDERSTANDING, ...u, intent: text.length > 150 ? null : intent };
  },
};

describe("long posts", () => {
  it("reads the intent from the first question when the whole post gives none, keeps the story's application, and keeps a second question", () => {
    const u = withLongPostReading(inner).understand(`${story} Where do I see the progress now? And how long will it take?`);
    expect(u.intent).toBe("trackable");
    expect(u.application).toBe("sponsorship-spouse");
    expect(u.secondary).toBe("timeline");
  });

  it("leaves short messages and posts without a question alone", () => {
    const reader = withLongPostReading(inner);
    expect(reader.understand("Where do I see it? How long?").secondary).toBeUndefined();
    expect(reader.understand(`${story} ${story}`).intent).toBeNull();
  });
});
