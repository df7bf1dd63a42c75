import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/core/commands/registry.js";
import { CHAT_INTENTS, isChatIntent, isKnowledgeIntent, KNOWLEDGE_INTENT_IDS, KNOWLEDGE_INTENTS } from "../../src/core/intents.js";
import { INTENT_IDS } from "../../src/core/taxonomy.js";

describe("intents: the one place that says what kind each intent is", () => {
  it("puts every taxonomy intent in exactly one kind: knowledge, chat, or fixed text (help, out-of-scope)", () => {
    for (const intent of INTENT_IDS) {
      const kinds = [isKnowledgeIntent(intent), isChatIntent(intent), intent === "help" || intent === "out-of-scope"].filter(Boolean);
      expect(kinds, intent).toHaveLength(1);
    }
    expect(KNOWLEDGE_INTENTS.size + CHAT_INTENTS.size + 2).toBe(INTENT_IDS.length);
    expect(new Set(KNOWLEDGE_INTENT_IDS)).toEqual(KNOWLEDGE_INTENTS);
  });

  it("answers no for nothing understood and for unknown names", () => {
    expect(isKnowledgeIntent(null)).toBe(false);
    expect(isChatIntent(undefined)).toBe(false);
    expect(isKnowledgeIntent("constructor")).toBe(false);
  });

  it("gives every command of the table an intent and a handler that fit together", () => {
    for (const command of COMMANDS) {
      expect(INTENT_IDS, command.id).toContain(command.intent);
      if (command.handler === "knowledge") expect(isKnowledgeIntent(command.intent), command.id).toBe(true);
      if (command.handler === "intent") expect(isChatIntent(command.intent), command.id).toBe(true);
    }
  });
});
