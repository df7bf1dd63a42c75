import { describe, expect, it } from "vitest";
import { createHybridUnderstander } from "../../../../src/core/nlu/model/hybrid-understander.js";
import type { FieldModel } from "../../../../src/core/nlu/model/linear-model.js";
import type { Understander, Understanding } from "../../../../src/core/nlu/understanding.js";
import type { IntentId } from "../../../../src/core/taxonomy.js";
import { BLANK_UNDERSTANDING } from "../../../helpers/understanding.js";

/** A model whose every feature votes with the given weights: its output does not depend on the text. */
function constantModel(labels: string[], logits: number[]): FieldModel {
  const buckets = 16;
  return { labels, buckets, weights: new Float32Array(buckets * labels.length), bias: Float32Array.from(logits) };
}

/** Thresholds spelled out, so the tests do not move when the tuned defaults do. */
const T = { overrideIntent: 0.85, fillIntent: 0.6, fillSlot: 0.6, offer: 0.4 };
const LONG = "where can i follow my file please";

const lexiconSaying = (u: Partial<Understanding>): Understander => ({ understand: () => ({ ...BLANK_UNDERSTANDING, ...u }) });

describe("hybrid understander", () => {
  const intents = ["access", "timeline", "trackable"];

  it("keeps the lexicon's structured intents (reminders, language, forget) whatever the model says", () => {
    const model = { buckets: 16, fields: { intent: constantModel(intents, [0, 10, 0]) } };
    const u = createHybridUnderstander(lexiconSaying({ intent: "reminder-cancel", reminderOp: "pause" }), model).understand("x");
    expect(u.intent).toBe("reminder-cancel");
    expect(u.reminderOp).toBe("pause");
  });

  it("fills an intent the lexicon could not read when the model is confident, and not when it is unsure", () => {
    const sure = { buckets: 16, fields: { intent: constantModel(intents, [0, 5, 0]) } };
    expect(createHybridUnderstander(lexiconSaying({ intent: null }), sure, T).understand("x").intent).toBe("timeline");
    const unsure = { buckets: 16, fields: { intent: constantModel(intents, [0, 0.05, 0]) } };
    expect(createHybridUnderstander(lexiconSaying({ intent: null }), unsure, T).understand("x").intent).toBeNull();
  });

  it("overrides the lexicon only when the model is very sure of another intent", () => {
    const lex = lexiconSaying({ intent: "trackable" as IntentId });
    const mild = { buckets: 16, fields: { intent: constantModel(intents, [0, 1.5, 0]) } };
    expect(createHybridUnderstander(lex, mild, T).understand("x").intent).toBe("trackable");
    const strong = { buckets: 16, fields: { intent: constantModel(intents, [0, 8, 0]) } };
    expect(createHybridUnderstander(lex, strong, T).understand("x").intent).toBe("timeline");
  });

  it("offers the runner-up readings when the lexicon found nothing and the model is only fairly sure", () => {
    const split = { buckets: 16, fields: { intent: constantModel(intents, [-3, 1, 1.1]) } };
    const u = createHybridUnderstander(lexiconSaying({ intent: null }), split, T).understand("x");
    expect(u.intent).toBe("trackable");
    expect(u.confidence).toBeLessThan(T.fillIntent);
    expect(u.alternatives).toEqual(["timeline"]);
  });

  it("asks between the lexicon's reading and the model's when the model fairly strongly disagrees", () => {
    const disagree = { buckets: 16, fields: { intent: constantModel(intents, [0, 2.3, 0]) } };
    const u = createHybridUnderstander(lexiconSaying({ intent: "trackable" }), disagree, T).understand("x");
    expect(u.intent).toBe("trackable");
    expect(u.alternatives).toEqual(["timeline"]);
    const agree = { buckets: 16, fields: { intent: constantModel(intents, [0, 0, 0.2]) } };
    expect(createHybridUnderstander(lexiconSaying({ intent: "trackable" }), agree, T).understand("x").alternatives).toEqual([]);
  });

  it("keeps a short message's slots empty: it leans on the conversation", () => {
    const model = {
      buckets: 16,
      fields: { intent: constantModel(intents, [0, 0, 5]), application: constantModel(["study-permit", "work-permit"], [0, 6]) },
    };
    expect(createHybridUnderstander(lexiconSaying({ intent: "trackable" }), model, T).understand("and who sees it").application).toBeNull();
  });

  it("fills an empty application for an intent that needs one, and leaves a found one alone", () => {
    const model = {
      buckets: 16,
      fields: { intent: constantModel(intents, [0, 0, 5]), application: constantModel(["study-permit", "work-permit"], [0, 6]) },
    };
    expect(createHybridUnderstander(lexiconSaying({ intent: "trackable" }), model, T).understand(LONG).application).toBe("work-permit");
    expect(
      createHybridUnderstander(lexiconSaying({ intent: "trackable", application: "study-permit" }), model, T).understand(LONG).application,
    ).toBe("study-permit");
  });
});
