import { describe, expect, it } from "vitest";
import { createArabicScriptStemmer } from "../../../src/core/nlu/arabic-script-stems.js";
import { foldText } from "../../../src/core/nlu/normalize.js";
import { createUnderstander } from "../../../src/core/nlu/understand.js";
import { loadDefaultLexicon } from "../../../src/infra/create-core-from-disk.js";

const fold = (words: readonly string[]) => new Set(words.map(foldText));

describe("createArabicScriptStemmer", () => {
  const lexicon = loadDefaultLexicon();
  const stemmer = createArabicScriptStemmer(fold(["تذكير", "همسر", "وضعیت", "زوجتي", "كفالة"]), {
    prefixes: lexicon.attachedPrefixes,
    suffixes: lexicon.attachedSuffixes,
  });
  const stem = (word: string) => stemmer.stem(foldText(word));

  it("removes one attached prefix and one suffix down to a known word", () => {
    expect(stem("التذكيرات")).toBe(foldText("تذكير")); // the + reminder + plural
    expect(stem("همسرمو")).toBe(foldText("همسر")); // spouse + my + object marker
    expect(stem("وضعیتشو")).toBe(foldText("وضعیت")); // status + her + object marker
    expect(stem("بالكفالة")).toBe(foldText("كفالة")); // with-the + sponsorship
  });

  it("leaves known words, unknown stems and other scripts alone", () => {
    expect(stem("زوجتي")).toBeUndefined(); // listed as is: "my wife" keeps its meaning
    expect(stem("كتاب")).toBeUndefined();
    expect(stem("tracker")).toBeUndefined();
    expect(stem("ال")).toBeUndefined();
  });
});

describe("understanding with attached affixes", () => {
  const understand = createUnderstander(loadDefaultLexicon()).understand;

  it.each([
    ["fa", "اسپانسرشیپ همسرمو فرستادم، کجا پیگیری کنم؟", { application: "sponsorship-spouse" }],
    ["ar", "اعرضلي تذكيراتك كلها", { intent: "reminder-list" }],
  ] as const)("[%s] %s", (_lang, text, expected) => {
    expect(understand(text)).toMatchObject(expected);
  });
});

describe("foldText between scripts", () => {
  it("splits Latin and Arabic-script letters typed together, and leaves each script's words whole", () => {
    expect(foldText("visitor recordم")).toBe(`visitor record ${foldText("م")}`);
    expect(foldText("الـPGP")).toBe(`${foldText("ال")} pgp`);
    expect(foldText("همسرم")).toBe(foldText("همسرم"));
    expect(foldText("12سال")).not.toContain(" ");
  });
});
