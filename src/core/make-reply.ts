import type { Locale } from "./i18n/locales.js";
import type { AnswerMeta, BotReply, Choice, Link } from "./reply.js";
import type { IntentId } from "./taxonomy.js";

export interface ReplyExtras {
  readonly choices?: readonly Choice[];
  readonly links?: readonly Link[];
  readonly personal?: boolean;
  readonly details?: string;
}

/**
 * The one way a {@link BotReply} is built (core, dialogue, adapters' own notices): every field of the
 * `ask --json` contract is always present, with its empty value when the reply has nothing to say.
 */
export function makeReply(lang: Locale, text: string, meta: Partial<AnswerMeta> & { intent: IntentId }, extra: ReplyExtras = {}): BotReply {
  return {
    lang,
    text,
    ...(extra.details ? { details: extra.details } : {}),
    choices: extra.choices ?? [],
    links: extra.links ?? [],
    personal: extra.personal ?? false,
    answer: {
      intent: meta.intent,
      application: meta.application ?? null,
      role: meta.role ?? null,
      status: meta.status ?? null,
      systems: meta.systems ?? [],
      access: meta.access ?? null,
      needs: meta.needs ?? [],
      ...(meta.alternatives ? { alternatives: meta.alternatives } : {}),
      sources: meta.sources ?? [],
    },
  };
}
