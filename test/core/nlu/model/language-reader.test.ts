import { describe, expect, it } from "vitest";
import { createHybridUnderstander } from "../../../../src/core/nlu/model/hybrid-understander.js";
import type { FieldModel } from "../../../../src/core/nlu/model/linear-model.js";
import type { Understander, Understanding } from "../../../../src/core/nlu/understanding.js";
import { createDefaultUnderstander } from "../../../../src/infra/create-core-from-disk.js";
import { BLANK_UNDERSTANDING } from "../../../helpers/understanding.js";

const LANGS = ["hi", "ur"];
/** A model with only a language field, whose every reading is the same: bias towards Urdu by `logit`. */
const modelSaying = (logit: number) => {
  const lang: FieldModel = { labels: LANGS, buckets: 16, weights: new Float32Array(16 * 2), bias: Float32Array.from([0, logit]) };
  return { buckets: 16, fields: { lang } };
};
/** The hybrid understander over a fake lexicon, with only the language field in its model. */
const withModelLanguage = (lexicon: Understander, model: ReturnType<typeof modelSaying> | { buckets: number; fields: object }) =>
  createHybridUnderstander(lexicon, model);
const detector = (over: Partial<Understanding>): Understander => ({
  understand: () => ({ ...BLANK_UNDERSTANDING, lang: "hi", langDetected: true, intent: "trackable", ...over }),
});
const ROMAN = "bhai mera status kahan check hota hai";

describe("language read by the model", () => {
  it("replaces the word lists' language in Latin or Arabic script from 0.5, and marks it detected", () => {
    expect(withModelLanguage(detector({}), modelSaying(3)).understand(ROMAN).lang).toBe("ur");
    expect(withModelLanguage(detector({}), modelSaying(-3)).understand(ROMAN).lang).toBe("hi");
    const unsure = withModelLanguage(detector({ langDetected: false }), modelSaying(3)).understand(ROMAN);
    expect([unsure.lang, unsure.langDetected]).toEqual(["ur", true]);
  });

  it("keeps a native script's language, a language request's, an over-budget reading and the user's choice unless very sure", () => {
    expect(withModelLanguage(detector({}), modelSaying(3)).understand("मेरा स्टेटस कहाँ है").lang).toBe("hi");
    expect(withModelLanguage(detector({ intent: "language" }), modelSaying(3)).understand(ROMAN).lang).toBe("hi");
    expect(withModelLanguage(detector({ overBudget: true }), modelSaying(3)).understand(ROMAN).lang).toBe("hi");
    // The detector was unsure and fell back on the chosen language (the hint): 0.95 replaces it, 0.8 does not.
    const chosen = detector({ langDetected: false });
    expect(withModelLanguage(chosen, modelSaying(3)).understand(ROMAN, "hi").lang).toBe("ur");
    expect(withModelLanguage(chosen, modelSaying(1.4)).understand(ROMAN, "hi").lang).toBe("hi");
  });

  it("keeps the word lists' language when the model has no language field (an older model file)", () => {
    expect(withModelLanguage(detector({}), { buckets: 16, fields: {} }).understand(ROMAN).lang).toBe("hi");
  });

  it("replies to romanized writing in its own language with the shipped model", () => {
    const bot = createDefaultUnderstander();
    const cases: [string, string][] = [
      ["assalam o alaikum, mera spouse visa ka status kahan pata chalay ga? bohat pareshan hun", "ur"],
      ["yaar mera work permit kab tak aayega, 4 mahine ho gaye", "hi"],
      ["salam, momken a3ref el file beta3 mrati wesel le fen?", "ar"],
      ["salam, parvande-ye eghamat-e man koja sabt mishe? kheili negaranam", "fa"],
      ["sat sri akal ji, mera PR card kado tak aauga?", "pa"],
    ];
    for (const [text, lang] of cases) expect(bot.understand(text).lang, text).toBe(lang);
  });
});
