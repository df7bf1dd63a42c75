import { describe, expect, it } from "vitest";
import { createUnderstander } from "../../../src/core/nlu/understand.js";
import { loadDefaultLexicon } from "../../../src/infra/create-core-from-disk.js";
import { HELD_OUT_CASES } from "./held-out-cases.js";
import { HELD_OUT_CASES_2 } from "./held-out-cases-2.js";
import {
  FORGET_AND_LANGUAGE_CASES,
  HELD_OUT_CASES_3,
  LABEL_CASES,
  ONLINE_SELF_CASES,
  REMINDER_CASES,
  ROLE_CASES,
  SCOPE_CASES,
} from "./held-out-cases-3.js";

const understander = createUnderstander(loadDefaultLexicon());

describe("understander on held-out questions in twelve languages", () => {
  it.each([
    ...HELD_OUT_CASES,
    ...HELD_OUT_CASES_2,
    ...HELD_OUT_CASES_3,
    ...ONLINE_SELF_CASES,
    ...SCOPE_CASES,
    ...REMINDER_CASES,
    ...ROLE_CASES,
    ...LABEL_CASES,
    ...FORGET_AND_LANGUAGE_CASES,
  ])("[%s] %s", (lang, text, expected) => {
    const u = understander.understand(text);
    expect(u).toMatchObject(expected);
    expect(u.lang).toBe(lang);
  });

  it("covers every language with several cases", () => {
    const perLanguage = new Map<string, number>();
    for (const [lang] of HELD_OUT_CASES) perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + 1);
    expect([...perLanguage.keys()].sort()).toEqual(["ar", "en", "es", "fa", "fr", "hi", "pa", "pt", "tl", "uk", "ur", "zh"]);
    for (const count of perLanguage.values()) expect(count).toBeGreaterThanOrEqual(4);
  });
});
