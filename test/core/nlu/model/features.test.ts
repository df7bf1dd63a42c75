import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FeatureBuffer, fnv1a, hashFeatures, MAX_WORD_CHARS, MAX_WORDS } from "../../../../src/core/nlu/model/features.js";

/** The plain definition the model was trained with: split, cut, pad with "<" ">", hash every piece. */
function reference(folded: string, mask: number): number[] {
  const out: number[] = [];
  const words = folded.length === 0 ? [] : folded.split(" ", MAX_WORDS);
  let previous = 0;
  words.forEach((raw, w) => {
    const word = raw.slice(0, MAX_WORD_CHARS);
    const wordHash = fnv1a(word, 0x9e3779b1);
    out.push(wordHash & mask);
    if (w > 0) out.push((Math.imul(previous ^ wordHash, 0x27d4eb2d) ^ 0x85ebca6b) & mask);
    previous = wordHash;
    const padded = `<${word}>`;
    for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) out.push(fnv1a(padded, 0x811c9dc5 + n, i, i + n) & mask);
  });
  return out;
}

const features = (folded: string, mask = 0xffff): number[] => {
  const out: number[] = [];
  hashFeatures(folded, mask, out);
  return out;
};

describe("hashFeatures", () => {
  it("gives exactly the buckets of the plain definition (the trained model depends on them)", () => {
    for (const text of ["", " ", "a", "where can i track my pgwp", "a  b", " x ", "ок дякую", "我的申请 进度", "x".repeat(100)]) {
      expect(features(text)).toEqual(reference(text, 0xffff));
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "é", "ж", "ب", "中", " ", "<", ">", "1"), maxLength: 120 }), (text) => {
        expect(features(text, 0xff)).toEqual(reference(text, 0xff));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it("reads at most MAX_WORDS words of at most MAX_WORD_CHARS letters: a long message costs a bounded amount", () => {
    expect(features("w ".repeat(5_000)).length).toBe(features("w ".repeat(MAX_WORDS)).length);
    expect(features("x".repeat(5_000))).toEqual(features("x".repeat(MAX_WORD_CHARS)));
  });
});

describe("FeatureBuffer", () => {
  it("holds what hashFeatures appends, grows past its first size, and empties without losing its storage", () => {
    const buffer = new FeatureBuffer();
    const long = "where can i track my pgwp application ".repeat(40).trim();
    hashFeatures(long, 0xffff, buffer);
    expect(Array.from(buffer.values.subarray(0, buffer.length))).toEqual(features(long));
    const storage = buffer.values;
    buffer.clear();
    hashFeatures("pr card", 0xffff, buffer);
    expect(buffer.values).toBe(storage);
    expect(Array.from(buffer.values.subarray(0, buffer.length))).toEqual(features("pr card"));
  });
});
