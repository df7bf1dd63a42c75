import { describe, expect, it } from "vitest";
import { splitMessage } from "../../../src/adapters/telegram/split-message.js";

describe("splitMessage", () => {
  it("keeps a short text whole", () => {
    expect(splitMessage("hello", 4096)).toEqual(["hello"]);
    expect(splitMessage("", 4096)).toEqual([""]);
  });

  it("cuts at the last paragraph break that fits, then at a line break, then at a space", () => {
    expect(splitMessage("aaaa bbbb\n\ncccc", 12)).toEqual(["aaaa bbbb", "cccc"]);
    expect(splitMessage("aaaa bbbb\ncccc", 12)).toEqual(["aaaa bbbb", "cccc"]);
    expect(splitMessage("aaaa bbbb cccc", 12)).toEqual(["aaaa bbbb", "cccc"]);
  });

  it("hard-cuts a word longer than the limit without breaking a surrogate pair", () => {
    const parts = splitMessage(`${"x".repeat(9)}😀${"y".repeat(5)}`, 10);
    expect(parts.every((p) => p.length <= 10)).toBe(true);
    expect(parts.join("")).toBe(`${"x".repeat(9)}😀${"y".repeat(5)}`);
    expect(parts[0]).toBe("x".repeat(9));
  });

  it("never exceeds the limit and loses no words on long mixed text", () => {
    const text = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? `para ${i}\n\n` : i % 5 === 0 ? `line ${i}\n` : `word${i} `)).join(
      "",
    );
    const parts = splitMessage(text, 300);
    expect(parts.every((p) => p.length <= 300 && p.length > 0)).toBe(true);
    expect(parts.join(" ").split(/\s+/).filter(Boolean)).toEqual(text.split(/\s+/).filter(Boolean));
  });
});
