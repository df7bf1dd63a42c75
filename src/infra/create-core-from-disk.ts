import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BotCore, createBotCore } from "../core/bot-core.js";
import { type Clock, systemClock } from "../core/clock.js";
import type { Locale } from "../core/i18n/locales.js";
import { createTranslator } from "../core/i18n/translator.js";
import type { CoreLogger } from "../core/logger.js";
import { createUnderstander } from "../core/nlu/understand.js";
import type { Understander } from "../core/nlu/understanding.js";
import { createMemoryUserStore } from "../core/store/memory-user-store.js";
import type { UserStore } from "../core/store/user-store.js";
import { loadKnowledge } from "./load-knowledge.js";
import { loadLocales } from "./load-locales.js";
import { loadScheduleWords } from "./load-schedule-words.js";

/** The repository root (two levels above this file), where data/ and locales/ live. */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface CoreFromDiskOptions {
  readonly store?: UserStore;
  readonly clock?: Clock;
  readonly logger?: CoreLogger;
  readonly defaultLocale?: Locale;
  /** Replaces the compiled understander (tests that script the NLU's output). */
  readonly understander?: Understander;
  /** Defaults to the repository's data/ and locales/. */
  readonly dataDir?: string;
  readonly localesDir?: string;
}

/**
 * Loads and validates the knowledge base and the locale catalogues, compiles the understander and
 * returns a ready core. Used by main.ts, the `ask` CLI, the eval and the benchmarks, so they all
 * run the same bot. Without a store it uses the in-memory one (nothing persists).
 */
export async function createCoreFromDisk(options: CoreFromDiskOptions = {}): Promise<BotCore> {
  const dataDir = options.dataDir ?? join(PROJECT_ROOT, "data");
  const knowledge = loadKnowledge(dataDir);
  const translator = createTranslator(loadLocales(options.localesDir ?? join(PROJECT_ROOT, "locales")));
  return createBotCore({
    knowledge,
    translator,
    understander: options.understander ?? createUnderstander(),
    store: options.store ?? createMemoryUserStore(),
    clock: options.clock ?? systemClock,
    scheduleWords: loadScheduleWords(dataDir),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.defaultLocale ? { defaultLocale: options.defaultLocale } : {}),
  });
}
