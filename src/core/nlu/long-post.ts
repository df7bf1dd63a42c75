import type { IntentId } from "../taxonomy.js";
import type { Understander, Understanding } from "./understanding.js";

/** Intents a post's question sentences are read for (the others are commands in disguise and read whole). */
const QUESTION_INTENTS: ReadonlySet<IntentId> = new Set<IntentId>(["trackable", "access", "timeline", "status-meaning"]);

/** A post this long, in two sentences or more, is read question by question. */
const MIN_POST_CHARS = 140;
const MAX_SENTENCES = 40;

/** Sentence ends in the twelve languages' scripts: . ! ? and the Arabic, Urdu, Devanagari and CJK marks, or a line break. */
const SENTENCE_END = /(?<=[.!?؟۔।。！？])\s+|\n+/u;
const ASKS = /[?؟？]\s*$/u;

/**
 * Real forum posts tell a story before they ask ("Applied in March, biometrics done in April, got
 * the AOR in June… Where do I see the progress now? And how long will it take?"). The story's facts
 * (programme, role, "I'm the sponsor") decide what the question means, so the post is read whole
 * first; its question sentences are then read one by one: when the whole post gave no reading, the
 * first question decides it, and a question of another kind than the answer's is kept as
 * `secondary`, for the dialogue to offer after the answer. Reading only the question sentence was
 * tried and lost the story's role and programme on one line in twenty of the tuned sets. Work is
 * linear in the post: at most 40 sentences are looked at.
 */
export function withLongPostReading(inner: Understander): Understander {
  return {
    understand(text, hint) {
      const whole = inner.understand(text, hint);
      if (text.length < MIN_POST_CHARS || whole.overBudget) return whole;
      if (whole.intent !== null && !QUESTION_INTENTS.has(whole.intent)) return whole;
      const questions = text
        .split(SENTENCE_END, MAX_SENTENCES)
        .map((s) => s.trim())
        .filter((s) => ASKS.test(s));
      if (questions.length === 0 || (questions.length === 1 && whole.intent !== null)) return whole;
      let main: IntentId | null = whole.intent;
      let first: Understanding | null = null;
      let secondary: IntentId | null = null;
      for (const question of questions) {
        const read = inner.understand(question, whole.lang);
        if (read.intent === null || !QUESTION_INTENTS.has(read.intent)) continue;
        if (main === null) {
          main = read.intent;
          first = read;
        } else if (read.intent !== main) {
          secondary = read.intent;
          break;
        }
      }
      if (main === whole.intent && secondary === null) return whole;
      return {
        ...whole,
        intent: main,
        application: whole.application ?? first?.application ?? null,
        status: whole.status ?? first?.status ?? null,
        role: whole.role ?? first?.role ?? null,
        ...(first ? { confidence: first.confidence ?? 0, alternatives: first.alternatives ?? [] } : {}),
        secondary,
      };
    },
  };
}
