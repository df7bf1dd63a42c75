import type { Clock } from "./clock.js";
import type { Locale } from "./i18n/locales.js";
import type { Translator } from "./i18n/translator.js";
import type { KnowledgeSource } from "./knowledge/holder.js";
import type { KnowledgeBase } from "./knowledge/types.js";
import type { CoreLogger } from "./logger.js";
import type { Understander } from "./nlu/understanding.js";
import type { ScheduleWords } from "./reminders/schedule-words.js";
import type { FollowStore } from "./store/follows.js";
import type { UserStore } from "./store/user-store.js";

/**
 * The ports the core is built from. In a module of its own so that the dialogue and handler files
 * can name it without importing bot-core.ts (which imports them).
 */
export interface CoreDeps {
  readonly knowledge: KnowledgeBase;
  /** When given, every request reads the knowledge base here (processing times refreshed without a restart); `knowledge` is then only the first value. */
  readonly knowledgeSource?: KnowledgeSource;
  readonly translator: Translator;
  readonly understander: Understander;
  readonly store: UserStore;
  /** Follows of published processing times (change alerts); without it /follow says the feature is unavailable. */
  readonly follows?: FollowStore;
  readonly clock: Clock;
  readonly logger?: CoreLogger;
  /** Reply language when neither the user's choice, the message nor the platform decides. */
  readonly defaultLocale?: Locale;
  /** Schedule and date words of every language (data/schedule-words); without them reminders read only digits and IANA zones. */
  readonly scheduleWords?: ScheduleWords;
}
