import { decodeAction } from "./actions.js";
import { composeAnswer } from "./answers/compose.js";
import type { Question } from "./answers/question.js";
import type { Translator } from "./i18n/translator.js";
import type { KnowledgeBase } from "./knowledge/types.js";
import { type DeepLink, deepLinkOf } from "./deep-link.js";
import { isKnowledgeIntent } from "./intents.js";
import { type Locale, toLocale } from "./i18n/locales.js";
import type { BotReply, Choice } from "./reply.js";
import type { IntentId } from "./taxonomy.js";

/**
 * One answer offered in a platform's inline mode (Telegram `@bot question` in any chat): a title
 * and one-line description for the picker, the short text that is posted, and the deep link that
 * opens the full answer in a private chat with the bot.
 */
export interface InlineAnswer {
  readonly title: string;
  readonly description: string;
  /** The short answer that is posted in the chat: its first paragraphs and its sources line. */
  readonly text: string;
  /** Opens the full answer; undefined opens the bot's welcome. */
  readonly link: DeepLink | undefined;
}

export interface InlineAnswers {
  readonly lang: Locale;
  /** What the query was read as (for counters): the first answer's intent, "help" for the welcome. */
  readonly intent: IntentId;
  readonly answers: readonly InlineAnswer[];
}

/** Longest body of a short answer before its sources paragraph (a post in someone else's chat should stay short). */
const SHORT_BODY_CHARS = 600;
const TITLE_CHARS = 64;
const DESCRIPTION_CHARS = 120;
/** When the question lacks a slot (which application?), this many likely readings are offered instead. */
const MAX_READINGS = 8;

/**
 * Answers for inline mode. Stateless and store-free on purpose: the query comes from any chat, so
 * nothing stored about the asker (language choice, reminders, log) may shape or appear in the
 * results, and nothing about the query is kept. The language is the asker's client language when
 * the bot speaks it, else the language of the text.
 */
/** The part of the core inline mode reads ({@link BotCore} has it). */
export interface InlineSource {
  ask(text: string, options?: { lang?: Locale }): BotReply;
  knowledge(): KnowledgeBase;
  now(): Date;
  readonly defaultLocale: Locale;
  readonly translator: Translator;
}

export function inlineAnswers(core: InlineSource, query: string, languageCode: unknown): InlineAnswers {
  const hinted = toLocale(languageCode);
  const text = query.trim();
  const reply = text ? (hinted ? core.ask(text, { lang: hinted }) : core.ask(text)) : undefined;
  const lang: Locale = reply?.lang ?? hinted ?? core.defaultLocale;
  const t = core.translator.forLocale(lang);
  const welcome: InlineAnswer = {
    title: t("common:inline.welcomeTitle"),
    description: clip(t("common:inline.welcomeDescription"), DESCRIPTION_CHARS),
    text: `${t("common:help.intro")}\n\n${t("common:disclaimer")}`,
    link: undefined,
  };
  if (!reply) return { lang, intent: "help", answers: [welcome] };
  const intent = reply.answer.intent;
  if (!isKnowledgeIntent(intent)) {
    // Help, reminders, language, deletion: personal or chat-only, so inline mode offers the welcome (and the out-of-scope pointers).
    return { lang, intent, answers: intent === "out-of-scope" ? [toInline(reply), welcome] : [welcome] };
  }
  if (reply.answer.needs.length === 0) return { lang, intent, answers: [toInline(reply)] };
  // "How long does it take?" without an application: offer the likely readings, each answered.
  const base: Question = {
    intent,
    application: reply.answer.application,
    role: reply.answer.role,
    status: reply.answer.status,
    country: null,
    quebec: null,
    insideCanada: null,
  };
  const now = core.now();
  // Answers state the age of their figures ("165 days ago"), so cached readings hold for one day and language.
  const slots = `${base.application}|${base.role}|${base.status}|${lang}|${now.toISOString().slice(0, 10)}`;
  const known = readingsCache.get(reply.choices)?.get(slots);
  if (known) return { lang, intent, answers: known };
  const answers: InlineAnswer[] = [];
  for (const choice of reply.choices) {
    if (answers.length >= MAX_READINGS) break;
    const action = decodeAction(choice.data);
    if (action?.type !== "clarify") continue;
    const composed = composeAnswer(core.knowledge(), { ...base, [action.slot]: action.value }, t, { now, lang });
    if (composed.kind !== "answer") continue;
    const answer = {
      ...reply.answer,
      application: composed.application,
      role: composed.role,
      status: composed.status,
      sources: composed.sources,
      needs: [],
    };
    answers.push(toInline({ ...reply, text: composed.text, answer }));
  }
  if (answers.length === 0) return { lang, intent, answers: [welcome] };
  let bySlots = readingsCache.get(reply.choices);
  if (!bySlots) {
    bySlots = new Map();
    readingsCache.set(reply.choices, bySlots);
  }
  if (bySlots.size < MAX_CACHED_READINGS) bySlots.set(slots, answers);
  return { lang, intent, answers };
}

/**
 * The readings offered for an incomplete question ("how long?" → one answer per likely
 * application) depend only on the language's choice list and the slots already known, never on
 * the asker, yet composing eight answers is most of an inline query's cost. They are kept per
 * choice list (the core builds each list once per language) and per known slots, bounded.
 */
const readingsCache = new WeakMap<readonly Choice[], Map<string, readonly InlineAnswer[]>>();
const MAX_CACHED_READINGS = 256;

function toInline(reply: BotReply): InlineAnswer {
  const paragraphs = reply.text.split("\n\n");
  const title = clip(firstLine(reply.text), TITLE_CHARS);
  // The last paragraph carries the disclaimer, sources and check date when the answer states facts: it always stays.
  const sources = reply.answer.sources.length > 0 && paragraphs.length > 1 ? paragraphs.at(-1) : undefined;
  const body: string[] = [];
  let used = 0;
  for (const p of sources ? paragraphs.slice(0, -1) : paragraphs) {
    if (body.length > 0 && used + p.length > SHORT_BODY_CHARS) break;
    body.push(body.length === 0 ? clip(p, SHORT_BODY_CHARS * 2) : p);
    used += p.length;
  }
  const description = clip((paragraphs[1] ?? paragraphs[0] ?? "").replace(/\s+/g, " "), DESCRIPTION_CHARS);
  return {
    title,
    description,
    text: sources ? `${body.join("\n\n")}\n\n${sources}` : body.join("\n\n"),
    link: deepLinkOf(reply.answer),
  };
}

function firstLine(text: string): string {
  const end = text.indexOf("\n");
  return (end < 0 ? text : text.slice(0, end)).trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
