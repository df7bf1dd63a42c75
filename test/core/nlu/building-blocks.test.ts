import { describe, expect, it } from "vitest";
import { createPatternMatcher } from "../../../src/core/nlu/aho-corasick.js";
import { compileLexicons, compilePhrase, expandAlternatives } from "../../../src/core/nlu/compile-lexicon.js";
import { createLanguageDetector } from "../../../src/core/nlu/detect-language.js";
import { loadDefaultLexicon } from "../../../src/infra/create-core-from-disk.js";
import { createFuzzyIndex, editDistance } from "../../../src/core/nlu/fuzzy-index.js";
import { foldText } from "../../../src/core/nlu/normalize.js";

describe("createPatternMatcher", () => {
  it("finds every occurrence, overlapping and nested ones included", () => {
    const m = createPatternMatcher(["he", "she", "his", "hers"]);
    const found: string[] = [];
    m.scan("ushers", (p, end) => found.push(`${p}@${end}`));
    expect(found.sort()).toEqual(["0@4", "1@4", "3@6"].sort());
  });

  it("finds nothing in unrelated text", () => {
    const found: number[] = [];
    createPatternMatcher(["abc"]).scan("xyz ab bc", (p) => found.push(p));
    expect(found).toEqual([]);
  });
});

describe("foldText", () => {
  it.each([
    ["Reçue  — « Décision »!", "recue decision"],
    ["ＥＴＡ", "eta"],
    ["كندا", "کندا"],
    ["۲۲ ساله", "22 ساله"],
    ["我申请了eTA，怎么查", "我申请了 eta 怎么查"],
    ["GCKey/e-CAS", "gckey e cas"],
  ])("folds %j to %j", (input, output) => {
    expect(foldText(input)).toBe(output);
  });
});

describe("compilePhrase and expandAlternatives", () => {
  it("adds word boundaries unless * or Chinese says otherwise", () => {
    expect(compilePhrase("work permit", 2)?.pattern).toBe(" work permit ");
    expect(compilePhrase("remind*", 2)?.pattern).toBe(" remind");
    expect(compilePhrase("*تذكيرات", 2)?.pattern).toBe("تذکیرات ");
    expect(compilePhrase("多久", 2)?.pattern).toBe("多久");
    expect(compilePhrase("how long^3", 2)?.weight).toBe(3);
  });

  it("expands inflection groups", () => {
    expect(expandAlternatives("дозв{іл,олу} на роботу")).toEqual(["дозвіл на роботу", "дозволу на роботу"]);
  });

  it("rejects a * inside a phrase and a bad weight, at compile time", () => {
    expect(() => compilePhrase("work* permit", 2)).toThrow(/only at the start or end/);
    expect(() => compilePhrase("work permit^x", 2)).toThrow(/bad weight/);
    expect(() => compileLexicons([{ category: "app", lexicon: { x: ["a{b"] }, weight: 1 }])).toThrow(/unclosed/);
  });
});

describe("createFuzzyIndex", () => {
  const vocabulary = ["permit", "tracker", "citizenship", "sponsorship", "reminder", "long"];
  const index = createFuzzyIndex(vocabulary, new Set([...vocabulary, "there", "where"]));

  it.each([
    ["permt", "permit"],
    ["trakcer", "tracker"],
    ["citizenshp", "citizenship"],
    ["sponsorhip", "sponsorship"],
    ["remidner", "reminder"],
    ["lnog", "long"],
  ])("corrects %s to %s", (typo, word) => {
    expect(index.correct(typo)).toBe(word);
  });

  it("leaves known words, short words and far-away words alone", () => {
    expect(index.correct("there")).toBeUndefined();
    expect(index.correct("perm")).toBeUndefined();
    expect(index.correct("banana")).toBeUndefined();
  });

  it("computes the optimal string alignment distance", () => {
    expect(editDistance("abcd", "abdc", 2)).toBe(1);
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("createLanguageDetector", () => {
  const detector = createLanguageDetector(loadDefaultLexicon());
  const detect = (text: string) => detector.detect(text, foldText(text).split(" "));
  it.each([
    ["where is my visa", "en"],
    ["où est ma demande de visa", "fr"],
    ["¿dónde está mi solicitud?", "es"],
    ["onde está o meu pedido?", "pt"],
    ["saan ko makikita ang status ko", "tl"],
    ["mera status kahan dikhega bhai", "hi"],
    ["mera status kithe dikhda hai ji", "pa"],
    ["我的申请", "zh"],
    ["मेरा आवेदन", "hi"],
    ["ਮੇਰੀ ਅਰਜ਼ੀ", "pa"],
    ["میری درخواست کہاں ہے", "ur"],
    ["درخواست من کجاست", "fa"],
    ["أين طلبي", "ar"],
    ["де моя заява", "uk"],
    ["У трекері 'Waiting on you' — що це?", "uk"],
  ])("%s -> %s", (text, lang) => {
    expect(detect(text).lang).toBe(lang);
  });

  it("is not confident without evidence and then keeps the hint", () => {
    const r = detector.detect("eTA ???", ["eta"], "fr");
    expect(r).toEqual({ lang: "fr", confident: false });
  });
});
