/**
 * The knowledge base, loaded from data/*.json and validated with zod (knowledge/schema.ts).
 * Owned by the knowledge-base work; the dialogue only passes it to `composeAnswer`.
 */
export interface KnowledgeBase {
  readonly version: string;
}
