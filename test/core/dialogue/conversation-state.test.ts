import { describe, expect, it } from "vitest";
import { type ConversationState, createConversationStates } from "../../../src/core/dialogue/conversation-state.js";

const state = (at: number): ConversationState => ({ question: null, pending: null, forgetPending: false, lang: "en", at });

describe("conversation states", () => {
  it("never holds more than max users and evicts the least recently set first", () => {
    const states = createConversationStates(10, 60_000);
    for (let i = 0; i < 10; i++) states.set(`u${i}`, state(0));
    states.set("u0", state(1)); // u0 is now the most recent
    states.set("u10", state(1)); // over the limit: the oldest tenth (u1) goes
    expect(states.size).toBeLessThanOrEqual(10);
    expect(states.get("u1", 1)).toBeUndefined();
    expect(states.get("u0", 1)).toBeDefined();
    expect(states.get("u10", 1)).toBeDefined();
    for (let i = 11; i < 1_000; i++) {
      states.set(`u${i}`, state(2));
      expect(states.size).toBeLessThanOrEqual(10);
    }
    expect(states.get("u999", 2)).toBeDefined();
    expect(states.get("u0", 2)).toBeUndefined();
  });

  it("evicts a batch at once so a full map does not pay for an eviction on every insert", () => {
    const states = createConversationStates(100, 60_000);
    for (let i = 0; i <= 100; i++) states.set(`u${i}`, state(0));
    expect(states.size).toBe(90);
    for (let i = 101; i < 111; i++) states.set(`u${i}`, state(0));
    expect(states.size).toBe(100);
  });

  it("forgets a user after the time to live", () => {
    const states = createConversationStates(10, 1_000);
    states.set("u", state(0));
    expect(states.get("u", 1_000)).toBeDefined();
    expect(states.get("u", 1_001)).toBeUndefined();
    expect(states.size).toBe(0);
  });
});
