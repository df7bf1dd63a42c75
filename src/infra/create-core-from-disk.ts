import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BotCore, createBotCore } from "../core/bot-core.js";
import { type Clock, systemClock } from "../core/clock.js";
import type { Locale } from "../core/i18n/locales.js";
import { createTranslator } from "../core/i18n/translator.js";
import type { KnowledgeSource } from "../core/knowledge/holder.js";
import type { KnowledgeBase } from "../core/knowledge/types.js";
import type { CoreLogger } from "../core/logger.js";
import { createHybridUnderstander } from "../core/nlu/model/hybrid-understander.js";
import type { NluModel } from "../core/nlu/model/nlu-model.js";
import { withLongPostReading } from "../core/nlu/long-post.js";
import type { FollowStore } from "../core/store/follows.js";
import type { NluLexicon } from "../core/nlu/lexicon.js";
import { createUnderstander } from "../core/nlu/understand.js";
import type { Understander } from "../core/nlu/understanding.js";
import { createMemoryUserStore } from "../core/store/memory-user-store.js";
import type { UserStore } from "../core/store/user-store.js";
import { loadKnowledge } from "./load-knowledge.js";
import { loadLexicon } from "./load-lexicon.js";
import { loadLocales } from "./load-locales.js";
import { loadNluModel } from "./nlu-model-file.js";
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
  /** The trained model's folder (data/nlu/model); set to null to run the lexicon alone. */
  readonly modelDir?: string | null;
  /** Wraps the loaded knowledge base in a source the core reads at each request (the running bot's refreshable holder). */
  readonly knowledgeSource?: (initial: KnowledgeBase) => KnowledgeSource;
  /** Enables /follow and the follow button (the lowdb store implements it). */
  readonly follows?: FollowStore;
}

/** Models already read, by folder: the files are read-only while the process runs, and tests build many cores. */
const loadedModels = new Map<string, NluModel | null>();
function loadedModel(dir: string): NluModel | null {
  if (!loadedModels.has(dir)) loadedModels.set(dir, loadNluModel(dir));
  return loadedModels.get(dir) ?? null;
}

/** The understander's phrases and word lists (data/nlu/<lng>/ and data/nlu/shared/), read and validated once per process. */
export function loadDefaultLexicon(): NluLexicon {
  return loadLexicon(join(PROJECT_ROOT, "data", "nlu"));
}

/** The understander the bot runs: the lexicon, combined with the trained model when one is present. */
export function createDefaultUnderstander(modelDir: string | null = join(PROJECT_ROOT, "data", "nlu", "model")): Understander {
  const lexicon = createUnderstander(loadDefaultLexicon());
  const model = modelDir === null ? null : loadedModel(modelDir);
  return withLongPostReading(model ? createHybridUnderstander(lexicon, model) : lexicon);
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
    ...(options.knowledgeSource ? { knowledgeSource: options.knowledgeSource(knowledge) } : {}),
    ...(options.follows ? { follows: options.follows } : {}),
    translator,
    understander: options.understander ?? createDefaultUnderstander(options.modelDir),
    store: options.store ?? createMemoryUserStore(),
    clock: options.clock ?? systemClock,
    scheduleWords: loadScheduleWords(dataDir),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.defaultLocale ? { defaultLocale: options.defaultLocale } : {}),
  });
}
