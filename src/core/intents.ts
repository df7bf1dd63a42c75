import type { KnowledgeIntent } from "./answers/question.js";
import type { IntentId } from "./taxonomy.js";

/**
 * The one place that says what kind each intent is:
 * - knowledge intents are answered from data/ (stateless: the `ask` command answers them too);
 * - chat intents do something for the user in a chat (reminders, language, deletion), so `ask`
 *   only says they need a chat;
 * - help and out-of-scope are answered with fixed text.
 */
/** In the order the help offers them. */
export const KNOWLEDGE_INTENT_IDS = ["trackable", "access", "timeline", "status-meaning"] as const satisfies readonly KnowledgeIntent[];
export const KNOWLEDGE_INTENTS: ReadonlySet<string> = new Set<KnowledgeIntent>(KNOWLEDGE_INTENT_IDS);

export type ChatIntent = "reminder-set" | "reminder-list" | "reminder-cancel" | "language" | "forget";
export const CHAT_INTENTS: ReadonlySet<string> = new Set<ChatIntent>([
  "reminder-set",
  "reminder-list",
  "reminder-cancel",
  "language",
  "forget",
]);

export function isKnowledgeIntent(intent: string | null | undefined): intent is KnowledgeIntent {
  return intent != null && KNOWLEDGE_INTENTS.has(intent);
}

export function isChatIntent(intent: string | null | undefined): intent is ChatIntent {
  return intent != null && CHAT_INTENTS.has(intent);
}

/** Reminder intents: personal, private chats only. */
export function isReminderIntent(intent: IntentId): intent is "reminder-set" | "reminder-list" | "reminder-cancel" {
  return intent === "reminder-set" || intent === "reminder-list" || intent === "reminder-cancel";
}
