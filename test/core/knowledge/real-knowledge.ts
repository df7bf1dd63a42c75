import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTranslator, type Translator } from "../../../src/core/i18n/translator.js";
import type { KnowledgeBase } from "../../../src/core/knowledge/types.js";
import { loadKnowledge } from "../../../src/infra/load-knowledge.js";
import { loadLocales } from "../../../src/infra/load-locales.js";

/** Repository root, where data/ and locales/ live. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const DATA_DIR = join(ROOT, "data");

let kb: KnowledgeBase | undefined;
let translator: Translator | undefined;

/** The real knowledge base from data/ (loaded once per test file). */
export function realKnowledge(): KnowledgeBase {
  kb ??= loadKnowledge(DATA_DIR);
  return kb;
}

export function realTranslator(): Translator {
  translator ??= createTranslator(loadLocales(join(ROOT, "locales")));
  return translator;
}
