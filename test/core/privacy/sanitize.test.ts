import { describe, expect, it } from "vitest";
import { sanitizeText } from "../../../src/core/privacy/sanitize.js";

describe("sanitizeText", () => {
  it.each([
    ["  How long   does it take?  ", "How long does it take?"],
    ["plain ascii", "plain ascii"],
    ["tab\there\nand  line", "tab here and line"],
    ["bell\u0007 and del\u007f", "bell and del"],
    ["zero\u200Bwidth \u202Ebidi", "zero width bidi"],
    ["cafe\u0301 combin\u00e9", "caf\u00e9 combin\u00e9"],
    ["lone \uD800 surrogate", "lone surrogate"],
    ["emoji \uD83D\uDE00 kept", "emoji \uD83D\uDE00 kept"],
  ])("cleans %j the same way on the ASCII and the general path", (input, expected) => {
    expect(sanitizeText(input)).toEqual({ kind: "ok", text: expected });
  });

  it("refuses empty, non-string and huge input", () => {
    expect(sanitizeText("   ")).toEqual({ kind: "empty" });
    expect(sanitizeText("\u200B\u0000")).toEqual({ kind: "empty" });
    expect(sanitizeText(undefined)).toEqual({ kind: "empty" });
    expect(sanitizeText("a".repeat(2_001))).toEqual({ kind: "tooLong" });
    expect(sanitizeText("a ".repeat(1_000))).toEqual({ kind: "ok", text: "a ".repeat(1_000).trim() });
  });
});
