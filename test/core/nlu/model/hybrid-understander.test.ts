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
const T = {
  overrideIntent: 0.85,
  overrideMargin: 0,
  firmLead: Number.POSITIVE_INFINITY,
  fillIntent: 0.6,
  fillSlot: 0.6,
  offer: 0.4,
  overrideSlot: 2,
  reminderOperation: 0.5,
  minWordsToFill: 6,
  fillRole: 0.6,
  overrideRole: 2,
};
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

  it("corrects the lexicon's 'set a reminder' into listing or stopping when the model is fairly sure, and only then", () => {
    const ops = ["reminder-cancel", "reminder-list", "reminder-set", "timeline"];
    const listing = { buckets: 16, fields: { intent: constantModel(ops, [0, 3, 0, 0]) } };
    const unsure = { buckets: 16, fields: { intent: constantModel(ops, [0, 0.4, 0, 0]) } };
    const elsewhere = { buckets: 16, fields: { intent: constantModel(ops, [0, 0, 0, 9]) } };
    const lexicon = lexiconSaying({ intent: "reminder-set" });
    expect(createHybridUnderstander(lexicon, listing, T).understand("how many reminders do i have").intent).toBe("reminder-list");
    expect(createHybridUnderstander(lexicon, unsure, T).understand("how many reminders do i have").intent).toBe("reminder-set");
    // Only between reminder operations: a structured reading never turns into a knowledge question.
    expect(createHybridUnderstander(lexicon, elsewhere, T).understand("how many reminders do i have").intent).toBe("reminder-set");
    // A cancel the lexicon read stays a cancel: only "set" is corrected.
    expect(createHybridUnderstander(lexiconSaying({ intent: "reminder-cancel" }), listing, T).understand("stop them all").intent).toBe(
      "reminder-cancel",
    );
  });

  it("replaces a slot the lexicon found only when the model is at least overrideSlot sure", () => {
    const model = {
      buckets: 16,
      fields: { intent: constantModel(intents, [0, 0, 5]), application: constantModel(["study-permit", "work-permit"], [0, 6]) },
    };
    const lexicon = lexiconSaying({ intent: "trackable", application: "study-permit" });
    expect(createHybridUnderstander(lexicon, model, T).understand(LONG).application).toBe("study-permit");
    expect(createHybridUnderstander(lexicon, model, { ...T, overrideSlot: 0.9 }).understand(LONG).application).toBe("work-permit");
    // Not in a short message, which leans on the conversation.
    expect(createHybridUnderstander(lexicon, model, { ...T, overrideSlot: 0.9 }).understand("and that one").application).toBe(
      "study-permit",
    );
  });

  it("leaves a lexicon reading far ahead of its next one, or built on a party of a split file, to the lexicon", () => {
    const sure = { buckets: 16, fields: { intent: constantModel(intents, [9, 0, 0]) } };
    const firmT = { ...T, firmLead: 3 };
    expect(createHybridUnderstander(lexiconSaying({ intent: "trackable", intentLead: 1 }), sure, firmT).understand(LONG).intent).toBe(
      "access",
    );
    const firm = createHybridUnderstander(lexiconSaying({ intent: "trackable", intentLead: 3 }), sure, firmT).understand(LONG);
    expect(firm.intent).toBe("trackable");
    expect(firm.alternatives).toEqual([]);
    const toTrack = { buckets: 16, fields: { intent: constantModel(intents, [0, 0, 9]) } };
    const party = lexiconSaying({ intent: "access", intentLead: 1, signals: { sponsorshipParty: true } });
    expect(createHybridUnderstander(party, toTrack, firmT).understand(LONG).intent).toBe("access");
  });

  it("fills the asker's role for the questions whose answer may depend on it, only when the model is fairly sure", () => {
    const roles = ["applicant", "sponsor"];
    const sure = { buckets: 16, fields: { intent: constantModel(intents, [0, 0, 5]), role: constantModel(roles, [4, 0]) } };
    const unsure = { buckets: 16, fields: { intent: constantModel(intents, [0, 0, 5]), role: constantModel(roles, [0.2, 0]) } };
    expect(createHybridUnderstander(lexiconSaying({ intent: "trackable" }), sure, T).understand(LONG).role).toBe("applicant");
    expect(
      createHybridUnderstander(lexiconSaying({ intent: "trackable" }), unsure, { ...T, fillSlot: 0.4 }).understand(LONG).role,
    ).toBeNull();
    const helpModel = { buckets: 16, fields: { intent: constantModel(["help", "trackable"], [5, 0]), role: constantModel(roles, [4, 0]) } };
    expect(createHybridUnderstander(lexiconSaying({ intent: "help" }), helpModel, T).understand(LONG).role).toBeNull();
  });

  it("replaces a role the lexicon read only when the model is very sure, and never the reading of a credential or a sponsorship party", () => {
    const roles = ["applicant", "family-member"];
    const model = (roleLogits: number[]) => ({
      buckets: 16,
      fields: { intent: constantModel(intents, [0, 0, 5]), role: constantModel(roles, roleLogits) },
    });
    const overriding = { ...T, overrideRole: 0.7 };
    const wife = lexiconSaying({ intent: "trackable", role: "family-member" });
    // "My wife sponsored me, where do I follow my part?": the lexicon reads the wife, the model the asker.
    expect(createHybridUnderstander(wife, model([5, 0]), overriding).understand(LONG).role).toBe("applicant");
    expect(createHybridUnderstander(wife, model([0.5, 0]), overriding).understand(LONG).role).toBe("family-member");
    expect(createHybridUnderstander(wife, model([5, 0]), T).understand(LONG).role).toBe("family-member");
    expect(createHybridUnderstander(wife, model([5, 0]), overriding).understand("my part?").role).toBe("family-member");
    const party = lexiconSaying({ intent: "trackable", role: "family-member", signals: { sponsorshipParty: true } });
    expect(createHybridUnderstander(party, model([5, 0]), overriding).understand(LONG).role).toBe("family-member");
  });

  it("reads a loaded int8 model exactly as its float twin (the packed scorer against the definition)", () => {
    const labels = ["status-meaning", "timeline", "trackable"];
    const buckets = 1 << 10;
    const int8 = new Int8Array(buckets * labels.length).map((_, i) => ((i * 97) % 255) - 127);
    const scale = 0.02;
    const loaded: FieldModel = { labels, buckets, weights: int8, weightScale: scale, bias: Float32Array.from([0.1, 0, -0.1]) };
    const twin: FieldModel = { ...loaded, weights: Float32Array.from(int8, (w) => w * scale), weightScale: 1 };
    const lexicon = lexiconSaying({ intent: null });
    const a = createHybridUnderstander(lexicon, { buckets, fields: { intent: loaded } }, T);
    const b = createHybridUnderstander(lexicon, { buckets, fields: { intent: twin } }, T);
    for (const text of [LONG, "how long", "what does decision made mean for my spouse file", "x ".repeat(300)]) {
      const [ua, ub] = [a.understand(text), b.understand(text)];
      expect(ua.intent).toBe(ub.intent);
      expect(ua.confidence).toBeCloseTo(ub.confidence ?? 0, 6);
    }
  });
});
