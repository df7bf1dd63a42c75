import type { CoreDeps } from "../core-deps.js";
import { type ConversationStates, createConversationStates } from "../dialogue/conversation-state.js";
import { createPendingSchedules, type PendingSchedules } from "../dialogue/pending-schedules.js";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import { currentKnowledge } from "../knowledge/holder.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import { type CoreLogger, silentLogger } from "../logger.js";

/** What every handler of one core shares: its ports and its small in-memory conversation state. */
export interface CoreContext {
  readonly deps: CoreDeps;
  readonly logger: CoreLogger;
  readonly defaultLocale: Locale;
  readonly states: ConversationStates;
  readonly pendingSchedules: PendingSchedules;
  knowledge(): KnowledgeBase;
  t(lang: Locale): Translate;
  now(): number;
}

export function createCoreContext(deps: CoreDeps): CoreContext {
  return {
    deps,
    logger: deps.logger ?? silentLogger,
    defaultLocale: deps.defaultLocale ?? DEFAULT_LOCALE,
    states: createConversationStates(),
    pendingSchedules: createPendingSchedules(),
    knowledge: () => currentKnowledge(deps),
    t: (lang) => deps.translator.forLocale(lang),
    now: () => deps.clock.now().getTime(),
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
