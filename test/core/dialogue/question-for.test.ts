import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/core/answers/question.js";
import type { ConversationState } from "../../../src/core/dialogue/conversation-state.js";
import { commandQuestion, emptyQuestion, questionFor, validateQuestion } from "../../../src/core/dialogue/question-for.js";
import type { Understanding } from "../../../src/core/nlu/understanding.js";
import { BLANK_UNDERSTANDING } from "../../helpers/understanding.js";

const u = (over: Partial<Understanding>): Understanding => ({ ...BLANK_UNDERSTANDING, ...over });
const stateAfter = (question: Question, pending: ConversationState["pending"] = null): ConversationState => ({
  question,
  pending,
  forgetPending: false,
  lang: "en",
  at: 0,
});

describe("follow-up merging (questionFor)", () => {
  it("starts a fresh question when nothing came before, and none for a message that says nothing", () => {
    expect(questionFor(u({ intent: "timeline", application: "study-permit" }), undefined)).toMatchObject({
      intent: "timeline",
      application: "study-permit",
    });
    expect(questionFor(u({}), undefined)).toBeNull();
  });

  it("reads 'and for my parents?' after a sponsorship as the parents' sponsorship", () => {
    const previous = stateAfter({ ...emptyQuestion("timeline"), application: "sponsorship-spouse" });
    expect(questionFor(u({ relation: "parent", followUp: true }), previous)).toMatchObject({
      intent: "timeline",
      application: "sponsorship-parents",
    });
  });

  it("keeps the slots of a bare question right after an answer, but not the last message's signals", () => {
    const previous = stateAfter({ ...emptyQuestion("access"), application: "work-permit", credentialSharing: true } as Question);
    const next = questionFor(u({ intent: "timeline" }), previous);
    expect(next).toMatchObject({ intent: "timeline", application: "work-permit" });
    const followUp = questionFor(u({ country: "IN" }), previous);
    expect(followUp).toMatchObject({ intent: "access", application: "work-permit", country: "IN" });
    expect(followUp).not.toHaveProperty("credentialSharing");
  });

  it("lets a model-guessed intent on a few words only add a country to the previous question", () => {
    const previous = stateAfter({ ...emptyQuestion("timeline"), application: "study-permit" });
    expect(questionFor(u({ intent: "access", confidence: 0.6, country: "PH" }), previous)).toMatchObject({
      intent: "timeline",
      application: "study-permit",
      country: "PH",
    });
  });
});

describe("command questions", () => {
  it("drops unknown ids typed as options and lets the credential rule win whatever the command", () => {
    expect(validateQuestion({ ...emptyQuestion("trackable"), application: "nope" as never, country: "india" })).toMatchObject({
      application: null,
      country: null,
    });
    expect(commandQuestion("trackable", u({ signals: { credentialSharing: true } }), { application: "study-permit" })).toMatchObject({
      intent: "access",
      application: "study-permit",
    });
    expect(commandQuestion("timeline", null, { country: "ph" })).toMatchObject({ intent: "timeline", country: "PH" });
  });
});
