import type { Translate } from "../i18n/translator.js";
import { isOfficialSource } from "../knowledge/schema.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import type { RuleResult } from "../rules/result.js";
import type { QuestionSignals } from "../rules/signals.js";
import { statusMeaning } from "../rules/status-meaning.js";
import { timeline } from "../rules/timeline.js";
import { whereToTrack } from "../rules/where-to-track.js";
import { whoMayAccess } from "../rules/who-may-access.js";
import { accessBody, credentialBody } from "./access-body.js";
import { CACHE_LIMIT, cacheFor, cacheKey, memoizeTranslate } from "./answer-cache.js";
import { FIRST_VIEW, splitFirstView } from "./first-view.js";
import type { AnswerContext, Body } from "./format.js";
import { mythBody } from "./myth-body.js";
import type { Composed, Question } from "./question.js";
import { statusBody } from "./status-body.js";
import { timelineBody } from "./timeline-body.js";
import { trackBody } from "./track-body.js";

export { type AnswerContext, formatValue, isDropped, lineAge, lineLabel } from "./format.js";

/** Room taken above the first view by text the caller adds (a privacy warning). */
export interface Reserve {
  readonly lines: number;
  readonly chars: number;
}
const NO_RESERVE: Reserve = { lines: 0, chars: 0 };

function compute(
  kb: KnowledgeBase,
  question: Question & QuestionSignals,
  t: Translate,
  context: AnswerContext,
  reserve: Reserve,
): Composed {
  const locale = context.lang;
  let result: RuleResult<Body> | undefined;
  // The safety rule comes before every other rule: no intent, role or application can turn it into a yes.
  if (question.credentialSharing === true) result = { ok: true, value: credentialBody(kb, question, t) };
  else if (question.myth && kb.files.myths[question.myth]) result = { ok: true, value: mythBody(kb, question.myth, t) };
  else
    switch (question.intent) {
      case "trackable": {
        const r = whereToTrack(kb, { ...question, irbReferral: question.irbReferral ?? null });
        result = r.ok ? { ok: true, value: trackBody(kb, r.value, t) } : r;
        break;
      }
      case "access": {
        const r = whoMayAccess(kb, question);
        result = r.ok ? { ok: true, value: accessBody(kb, r.value, question, t) } : r;
        break;
      }
      case "timeline": {
        const r = timeline(kb, question);
        result = r.ok ? { ok: true, value: timelineBody(kb, r.value, t, context) } : r;
        break;
      }
      case "status-meaning": {
        const r = statusMeaning(kb, question);
        result = r.ok ? { ok: true, value: statusBody(kb, r.value, t, context) } : r;
        break;
      }
    }
  if (!result.ok) return { kind: "needs", slot: result.needs };
  const body = result.value;
  // First view: the text, one official link and the "More" button, within FIRST_VIEW together.
  const firstLinks = body.links.slice(0, body.firstLinks ?? 1);
  const labels = [...firstLinks.map((l) => l.label), t("kb:answer.more")];
  const budget = {
    lines: FIRST_VIEW.lines - labels.length - reserve.lines,
    chars: FIRST_VIEW.chars - labels.reduce((sum, label) => sum + [...label].length, 0) - reserve.chars,
  };
  const split = splitFirstView(body.blocks, budget, locale);
  return {
    kind: "answer",
    text: body.text,
    firstView: split.first,
    details: split.details,
    firstLinks,
    systems: body.systems,
    access: body.access,
    application: question.application,
    // Only the role the user stated: a defaulted "applicant" is an assumption, not the asker's role.
    role: question.role,
    status: question.status,
    sources: body.provenance.sources.filter(isOfficialSource),
    links: body.links,
  };
}

/**
 * Composes the localized answer to one knowledge question from the rules engine's result: plain text
 * (short paragraphs, "• " bullets) using only the `kb` catalogue, ending with the official sources and
 * the date they were checked, plus the structured fields of the `ask --json` contract. Returns the slot
 * to ask for when the rules need one. Pure and synchronous; answers are memoized per knowledge base and
 * translate function (one per locale) and day, since `ask --stdin` sees the same questions again and again.
 * Optional {@link QuestionSignals} on the question refine access and refugee answers. `context` says when and in which
 * language the answer is read (figures state their age; country names come from ICU in that language); `reserve`
 * is the room a caller's own text above the answer takes from the first view.
 */
export function composeAnswer(
  kb: KnowledgeBase,
  question: Question,
  t: Translate,
  context: AnswerContext,
  reserve: Reserve = NO_RESERVE,
): Composed {
  const q = question as Question & QuestionSignals;
  const cache = cacheFor(kb, t);
  // Answers state the age of their figures, so they are cached per day (and language, for dates).
  const day = `${cacheKey(q)}|${context.lang}|${context.now.toISOString().slice(0, 10)}`;
  const key = reserve === NO_RESERVE ? day : `${day}|${reserve.lines}|${reserve.chars}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const composed = compute(kb, q, memoizeTranslate(t), context, reserve);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, composed);
  return composed;
}
