import { buildKnowledgeBase } from "./build.js";
import type { TimelinesFile } from "./schema.js";
import type { KnowledgeBase } from "./types.js";
import { crossCheckKnowledge } from "./validate.js";

/** Where the core reads the knowledge base from at each request, so new processing times apply without a restart. */
export interface KnowledgeSource {
  current(): KnowledgeBase;
}

/** A {@link KnowledgeSource} whose content can be replaced whole (one reference swap: a request sees old or new, never a mix). */
export interface KnowledgeHolder extends KnowledgeSource {
  swap(next: KnowledgeBase): void;
}

export function createKnowledgeHolder(initial: KnowledgeBase): KnowledgeHolder {
  let kb = initial;
  return {
    current: () => kb,
    swap(next) {
      kb = next;
    },
  };
}

/**
 * The knowledge base with other published processing times: the same cross-file checks as at start
 * (every variant named in the catalogue's ids, every application known…), then the indexes rebuilt.
 * Returns the problems instead when the new file would not have passed the loader.
 */
export function withTimelines(
  kb: KnowledgeBase,
  timelines: TimelinesFile,
): { ok: true; kb: KnowledgeBase } | { ok: false; problems: string[] } {
  const files = { ...kb.files, timelines };
  const problems = crossCheckKnowledge(files);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, kb: buildKnowledgeBase(files) };
}

/** The knowledge base a request should read: the injected source's current one, else the fixed one. */
export const currentKnowledge = (deps: { readonly knowledge: KnowledgeBase; readonly knowledgeSource?: KnowledgeSource }): KnowledgeBase =>
  deps.knowledgeSource?.current() ?? deps.knowledge;
