import { describe, expect, it } from "vitest";
import { displayWidth, wrapText } from "../../../src/adapters/console/wrap-text.js";

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe("wrapText", () => {
  it("breaks only between words and keeps every word whole", () => {
    const text = "Never share your GCKey password or sign-in details with anyone, not even a consultant or family member.";
    for (const width of [20, 24, 33, 40, 57]) {
      const wrapped = wrapText(text, width);
      expect(words(wrapped)).toEqual(words(text));
      for (const line of wrapped.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(wrapped).toContain("password");
    }
  });

  it("keeps short lines and existing line breaks as they are", () => {
    expect(wrapText("a b\n\nc", 80)).toBe("a b\n\nc");
  });

  it("indents a continued bullet or numbered choice under its text", () => {
    expect(wrapText("• alpha beta gamma delta epsilon zeta", 20)).toBe("• alpha beta gamma\n  delta epsilon zeta");
    expect(wrapText("  1. alpha beta gamma delta epsilon", 20)).toBe("  1. alpha beta\n     gamma delta\n     epsilon");
  });

  it("never cuts a URL or a word longer than the line", () => {
    const url = "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/check-processing-times.html";
    expect(wrapText(`Sources: ${url} end`, 30)).toBe(`Sources:\n${url}\nend`);
  });

  it("counts Chinese characters as two columns and breaks between Chinese words, not inside them", () => {
    const text = "您的申请已经收到，请耐心等待移民局的进一步通知，不要重复提交材料。";
    const wrapped = wrapText(text, 20);
    expect(wrapped.replace(/\n/g, "")).toBe(text);
    for (const line of wrapped.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    // Punctuation stays with the word before it.
    for (const line of wrapped.split("\n")) expect(line).not.toMatch(/^[，。]/);
  });

  it("ignores isolates and combining marks when measuring", () => {
    expect(displayWidth("\u2068IRCC\u2069")).toBe(4);
    expect(displayWidth("é")).toBe(1);
  });
});
