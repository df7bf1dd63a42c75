import type { KnowledgeIntent, Question } from "../answers/question.js";
import type { Locale } from "../i18n/locales.js";

/**
 * What the bot remembers between two messages of one user so that follow-ups work ("and for my
 * husband?") and a clarification answer completes the question. Kept small, in memory only (never
 * in the store), and expires.
 */
export interface ConversationState {
  readonly question: Question | null;
  /** The slot the bot last asked for, if any. */
  readonly pending: "application" | "role" | "status" | null;
  /** A /forget confirmation is waiting. */
  readonly forgetPending: boolean;
  readonly lang: Locale;
  readonly at: number;
}

export interface ConversationStates {
  get(userId: string, nowMs: number): ConversationState | undefined;
  set(userId: string, state: ConversationState): void;
  delete(userId: string): void;
  readonly size: number;
}

/** Expiring LRU of conversation states: at most `max` users, each forgotten after `ttlMs` of silence. */
export function createConversationStates(max = 10_000, ttlMs = 30 * 60_000): ConversationStates {
  const map = new Map<string, ConversationState>();
  return {
    get(userId, nowMs) {
      const state = map.get(userId);
      if (!state) return undefined;
      if (nowMs - state.at > ttlMs) {
        map.delete(userId);
        return undefined;
      }
      return state;
    },
    set(userId, state) {
      map.delete(userId);
      map.set(userId, state);
      if (map.size > max) {
        const oldest = map.keys().next().value;
        if (oldest !== undefined) map.delete(oldest);
      }
    },
    delete(userId) {
      map.delete(userId);
    },
    get size() {
      return map.size;
    },
  };
}

export const KNOWLEDGE_INTENTS: ReadonlySet<string> = new Set<KnowledgeIntent>(["trackable", "access", "timeline", "status-meaning"]);

export function isKnowledgeIntent(intent: string | null): intent is KnowledgeIntent {
  return intent !== null && KNOWLEDGE_INTENTS.has(intent);
}
