import { countryName } from "../i18n/country-names.js";
import type { Locale } from "../i18n/locales.js";
import type { Translate } from "../i18n/translator.js";
import { isOfficialSource, type PtimeValue } from "../knowledge/schema.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import { mergeProvenance, type Provenance } from "../rules/provenance.js";
import type { RuleResult } from "../rules/result.js";
import type { QuestionSignals } from "../rules/signals.js";
import { type StatusAnswer, statusMeaning } from "../rules/status-meaning.js";
import { mainPublishedLine, type TimelineAnswer, type TimelineLine, timeline } from "../rules/timeline.js";
import { type TrackAnswer, whereToTrack } from "../rules/where-to-track.js";
import { type AccessAnswer, whoMayAccess } from "../rules/who-may-access.js";
import type { Link } from "../reply.js";
import type { AccessId, SystemId } from "../taxonomy.js";
import { describeAge, formatIsoDate, isStale, PROCESSING_TIMES_URL, STALE_AFTER_DAYS } from "../ptime/age.js";
import { type Block, FIRST_VIEW, splitFirstView } from "./first-view.js";
import type { Composed, Question } from "./question.js";

/** Official pages linked from answers that are tools rather than facts. */
const IMM5476_URL = "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/imm5476.html";
const IMM5475_URL = "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/imm5475.html";

/** At most this many source URLs are printed in the text; all official ones are in `sources`. */
const MAX_SOURCES_IN_TEXT = 3;
/** Cache size per (knowledge base, locale): questions repeat a lot and answers are pure. */
const CACHE_LIMIT = 4_096;

interface Body {
  readonly text: string;
  /** The same answer as paragraphs marked for the short first view (see first-view.ts). */
  readonly blocks: readonly Block[];
  readonly systems: readonly SystemId[];
  readonly access: AccessId | null;
  readonly links: readonly Link[];
  /** How many links the first view keeps (default one). */
  readonly firstLinks?: number;
  readonly provenance: Provenance;
}

/** When and in which language an answer is read: figures say how old they are on that day. */
export interface AnswerContext {
  readonly now: Date;
  readonly lang: Locale;
}

const NO_DATA_KEYS = { "not-enough-data": "notEnoughData", "not-available": "notAvailable" } as const;

/** "15 months", "Part 1: 5 months", "IRCC: not enough data". */
export function formatValue(value: PtimeValue, t: Translate): string {
  if ("noData" in value) return t(`kb:timeline.noData.${NO_DATA_KEYS[value.noData]}`);
  const amount = t(`kb:units.${value.unit}`, { count: value.amount });
  return value.part ? t("kb:timeline.part", { part: value.part, value: amount }) : amount;
}

/** "IRCC has not confirmed this: …" for facts the fact sheet marks unverified. */
const hedge = (text: string, unverified: boolean | undefined, t: Translate): string =>
  unverified ? t("kb:answer.unverified", { text }) : text;

export function lineLabel(line: TimelineLine, kb: KnowledgeBase, t: Translate, locale: Locale): string {
  const conditions: string[] = [];
  if (line.insideCanada !== null) conditions.push(t(`kb:timeline.conditions.${line.insideCanada ? "insideCanada" : "outsideCanada"}`));
  if (line.quebec !== null) conditions.push(t(`kb:timeline.conditions.${line.quebec ? "quebec" : "notQuebec"}`));
  if (line.country) conditions.push(countryName(line.country, locale, kb.countries[line.country]));
  const base = line.variant
    ? t(`kb:timeline.variants.${line.variant}`)
    : t(line.kind === "service-standard" ? "kb:timeline.standard" : "kb:timeline.main");
  return conditions.length > 0 ? t("kb:timeline.labelWithConditions", { label: base, conditions: conditions.join(", ") }) : base;
}

/** IRCC's newest snapshot date in the data in use (a published line older than it is no longer in IRCC's files). */
const latestSnapshot = (kb: KnowledgeBase): string | undefined => kb.files.timelines.snapshots.at(-1);

/** "as of 20 May 2026, 199 days ago"; a service standard's date is when the bot's source was checked. */
export function lineAge(line: TimelineLine, t: Translate, context: AnswerContext): string {
  if (line.kind === "service-standard") return t("ptime:checked", { date: formatIsoDate(line.asOf, context.lang) });
  return describeAge(line.asOf, context.now, context.lang, t);
}

/** A published line older than IRCC's newest snapshot: IRCC stopped publishing it (the figure is its last one). */
export const isDropped = (line: TimelineLine, kb: KnowledgeBase): boolean => {
  const latest = latestSnapshot(kb);
  return line.kind !== "service-standard" && latest !== undefined && line.asOf < latest;
};

function formatLine(line: TimelineLine, kb: KnowledgeBase, t: Translate, context: AnswerContext): string {
  const value = line.value ? formatValue(line.value, t) : t(line.country ? "kb:timeline.noData.notAvailable" : "kb:timeline.perCountry");
  return t("ptime:line", {
    label: lineLabel(line, kb, t, context.lang),
    value,
    kind: t(`kb:timeline.kinds.${line.kind}`),
    age: lineAge(line, t, context),
  });
}

/** Sources line(s): official pages first; non-government pages only when nothing official backs the answer. */
function footer(provenance: Provenance, t: Translate): string {
  const official = provenance.sources.filter(isOfficialSource);
  const shown = (official.length > 0 ? official : provenance.sources).slice(0, MAX_SOURCES_IN_TEXT);
  const lines: string[] = [];
  if (provenance.secondary) lines.push(t("kb:answer.secondary"));
  lines.push(t("kb:answer.footer", { date: provenance.checked }), ...shown);
  return lines.join("\n");
}

const bullets = (items: readonly string[]): string => items.map((item) => `• ${item}`).join("\n");

function trackBody(kb: KnowledgeBase, answer: TrackAnswer, t: Translate): Body {
  const app = t(`kb:applications.${answer.application}.name`);
  const parts: string[] = [t("kb:answer.trackHeading", { application: app })];
  const blocks: Block[] = [{ text: parts[0] ?? "", place: "answer" }];
  parts.push(
    bullets(
      answer.systems.map(({ system, unverified }) => {
        const name = unverified
          ? t("kb:answer.systemUnverified", { system: t(`kb:systems.${system}.name`) })
          : t(`kb:systems.${system}.name`);
        return t("kb:answer.systemLine", { system: name, explanation: t(`kb:systems.${system}.explanation`) });
      }),
    ),
  );
  blocks.push({ text: parts[1] ?? "", place: "answer", list: true });
  if (answer.notSystems.length > 0) {
    parts.push(t("kb:answer.notHere", { systems: answer.notSystems.map((s) => t(`kb:systems.${s}.name`)).join(", ") }));
    blocks.push({ text: parts.at(-1) ?? "", place: "first" });
  }
  if (answer.caveats.length > 0) {
    parts.push(
      `${t("kb:answer.goodToKnow")}\n${bullets(answer.caveats.map((c) => hedge(t(`kb:caveats.${c.id}`, c.fact.params), c.fact.unverified, t)))}`,
    );
    blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  }
  parts.push(footer(answer, t));
  blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  const links = answer.systems.map(({ system }) => ({
    label: system === "none" ? t("kb:links.webForm") : t(`kb:systems.${system}.name`),
    url: kb.systems[system].url,
  }));
  return { text: parts.join("\n\n"), blocks, systems: answer.systems.map((s) => s.system), access: null, links, provenance: answer };
}

function accessBody(kb: KnowledgeBase, answer: AccessAnswer, question: Question, t: Translate): Body {
  const about: string[] = [];
  if (question.role) about.push(t(`kb:roles.${question.role}.name`));
  if (answer.application) about.push(t(`kb:applications.${answer.application}.name`));
  const head = t(`kb:access.${answer.access}.answer`);
  const parts: string[] = [about.length > 0 ? t("kb:answer.accessAbout", { answer: head, about: about.join(" · ") }) : head];
  parts.push(hedge(t(`kb:accessReasons.${answer.reason}`), answer.unverified, t));
  if (answer.instead) parts.push(t("kb:answer.instead", { text: t(`kb:accessInstead.${answer.instead}`) }));
  // The answer and the legitimate route when there is one always show; why is cut to fit between them.
  const blocks: Block[] = parts.map((text, i) => (i === 1 ? { text, place: "first", cut: true } : { text, place: "answer" }));
  parts.push(footer(answer, t));
  blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  // Each "instead" route links the form it names: IMM 5475 to receive information, IMM 5476 to act as representative.
  const links: Link[] = answer.instead ? formLinks(answer.instead, t) : [];
  if (answer.application && answer.access !== "no") {
    const first = kb.applications[answer.application].track[0]?.system;
    if (first && first !== "none") links.push({ label: t(`kb:systems.${first}.name`), url: kb.systems[first].url });
  }
  return { text: parts.join("\n\n"), blocks, systems: [], access: answer.access, links, provenance: answer };
}

/** The form each "instead" text names: IMM 5475 to receive information, IMM 5476 to act as representative. */
function formLinks(instead: string, t: Translate): Link[] {
  const imm5475 = { label: t("kb:links.imm5475"), url: IMM5475_URL };
  const imm5476 = { label: t("kb:links.imm5476"), url: IMM5476_URL };
  switch (instead) {
    case "authorizeForms":
      return [imm5475, imm5476];
    case "otherPartConsent":
    case "askPrincipal":
    case "askApplicant":
      return [imm5475];
    default:
      // "Your client signs in to their own account" names no form: no form link.
      return [];
  }
}

/**
 * Someone else's password, GCKey, sign-in partner or account login: always the never-share answer
 * and the legitimate route (IMM 5476 for a representative, IMM 5475 for anyone else, each person's
 * own account), whatever the intent, role or application the rest of the message suggests.
 */
function credentialBody(kb: KnowledgeBase, question: Question, t: Translate): Body {
  const rule = kb.files.access.credentialSharing;
  const provenance = mergeProvenance([rule]);
  const about: string[] = [];
  if (question.role) about.push(t(`kb:roles.${question.role}.name`));
  if (question.application) about.push(t(`kb:applications.${question.application}.name`));
  const head = t("kb:credential.answer");
  const parts = [
    about.length > 0 ? t("kb:answer.accessAbout", { answer: head, about: about.join(" · ") }) : head,
    t(`kb:accessReasons.${rule.reason}`),
    t("kb:credential.route"),
    footer(provenance, t),
  ];
  // The first view is the never-share answer and the whole legitimate route with both forms' links
  // (safety first: nothing of it may be cut); why, and the sources, are behind More.
  const blocks: Block[] = [
    { text: parts[0] ?? "", place: "answer" },
    { text: parts[2] ?? "", place: "answer" },
    { text: parts[1] ?? "", place: "details" },
    { text: parts[3] ?? "", place: "details" },
  ];
  // Both forms stay in the first view: the route names both, and which one applies depends on who asks.
  return { text: parts.join("\n\n"), blocks, systems: [], access: "no", links: formLinks("authorizeForms", t), firstLinks: 2, provenance };
}

/** The correction of a popular claim (data/myths.json), with the figures it rests on and its official sources. */
function mythBody(kb: KnowledgeBase, id: string, t: Translate): Body {
  const fact = kb.files.myths[id] as { sources: string[]; checked: string; unverified?: boolean; secondary?: boolean };
  const provenance = mergeProvenance([fact]);
  const params: Record<string, unknown> = {};
  const links: Link[] = [];
  if (id === "prCardRenewalNotFaster") {
    const value = (line: TimelineLine | null): string => (line?.value ? formatValue(line.value, t) : t("kb:timeline.noData.notAvailable"));
    const newCard = mainPublishedLine(kb, "pr-card-new");
    const renewal = mainPublishedLine(kb, "pr-card-renewal");
    params.newCard = value(newCard);
    params.renewal = value(renewal);
    params.date = [newCard?.asOf, renewal?.asOf].filter(Boolean).sort().at(-1) ?? kb.timelinesChecked;
    links.push({ label: t("kb:links.processingTimes"), url: PROCESSING_TIMES_URL });
  }
  // The tracker shows no processing times: the correction points to where IRCC publishes them.
  if (id === "trackerNoTimesInterviews") links.push({ label: t("kb:links.processingTimes"), url: PROCESSING_TIMES_URL });
  if (id === "boc15Days" || id === "asylumRiskDocs30Days") params.days = kb.durations.get("bocPortOfEntry")?.max ?? 15;
  // "A PR card within a week of the photo" (2020 wording) is answered with IRCC's latest published figure.
  if (id === "prCardOneWeek") {
    const newCard = mainPublishedLine(kb, "pr-card-new");
    params.newCard = newCard?.value ? formatValue(newCard.value, t) : t("kb:timeline.noData.notAvailable");
    params.date = newCard?.asOf ?? kb.timelinesChecked;
    links.push({ label: t("kb:links.processingTimes"), url: PROCESSING_TIMES_URL });
  }
  // The correction's own official page, one tap away in the first view (never a community page or a data file).
  const page = fact.sources.find((url) => !fact.secondary && !url.startsWith("https://github.com/") && !url.endsWith(".json"));
  if (links.length === 0 && page) links.push({ label: t("kb:links.officialSource"), url: page });
  const correction = hedge(t(`kb:myths.${id}`, params), fact.unverified, t);
  const source = footer(provenance, t);
  const blocks: Block[] = [
    { text: correction, place: "answer" },
    { text: source, place: "details" },
  ];
  return { text: [correction, source].join("\n\n"), blocks, systems: [], access: null, links, provenance };
}

function timelineBody(kb: KnowledgeBase, answer: TimelineAnswer, t: Translate, context: AnswerContext): Body {
  const parts: string[] = [t("kb:timeline.heading", { application: t(`kb:applications.${answer.application}.name`) })];
  const items = answer.lines.map((line) => formatLine(line, kb, t, context));
  for (const d of answer.durations) items.push(hedge(t(`kb:durations.${d.id}`, { min: d.min, max: d.max }), d.unverified, t));
  // A programme the data has no figure for says so, instead of showing other programmes' figures.
  if (answer.programmeMissing) {
    parts.push(t("kb:timeline.noProgrammeFigure", { programme: t(`kb:timeline.variants.${answer.programmeMissing}`) }));
  } else parts.push(items.length > 0 ? bullets(items) : t("kb:timeline.noPublished"));
  const blocks: Block[] = [
    { text: parts[0] ?? "", place: "answer" },
    { text: parts[1] ?? "", place: "answer", list: items.length > 0 && !answer.programmeMissing },
  ];
  if (answer.countryNeeded) {
    parts.push(t("kb:timeline.countryNeeded"));
    blocks.push({ text: parts.at(-1) ?? "", place: "first" });
  }
  const published = answer.lines.filter((l) => l.kind !== "service-standard").map((l) => l.asOf);
  const newest = published.length > 0 ? [...published].sort().at(-1) : undefined;
  const latest = latestSnapshot(kb);
  if (latest && answer.lines.some((l) => isDropped(l, kb))) {
    parts.push(t("ptime:dropped", { date: formatIsoDate(latest, context.lang) }));
    blocks.push({ text: parts.at(-1) ?? "", place: "first" });
  }
  if (newest && isStale(newest, context.now)) {
    // Plainly stale: say so next to the figures and point to IRCC's live tool, whose figure is today's.
    parts.push(t("ptime:stale", { days: STALE_AFTER_DAYS, url: PROCESSING_TIMES_URL }));
    blocks.push({ text: parts.at(-1) ?? "", place: "first" });
  } else if (answer.lines.length > 0) {
    parts.push(t("kb:timeline.mayBeOutdated"));
    // The short warning stays next to the figures; the full one opens the details.
    blocks.push(
      { text: t("kb:timeline.mayBeOutdatedShort"), place: "first", summary: true },
      { text: parts.at(-1) ?? "", place: "details" },
    );
  }
  parts.push(footer(answer, t));
  blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  return {
    text: parts.join("\n\n"),
    blocks,
    systems: [],
    access: null,
    links: [{ label: t("kb:links.processingTimes"), url: PROCESSING_TIMES_URL }],
    provenance: answer,
  };
}

function statusBody(kb: KnowledgeBase, answer: StatusAnswer, t: Translate, context: AnswerContext): Body {
  const { fact, status } = answer;
  const name = t(`kb:statuses.${status}.name`);
  const parts: string[] = [
    fact.system ? t("kb:answer.statusHeading", { status: name, system: t(`kb:systems.${fact.system}.name`) }) : name,
  ];
  if (fact.labels) {
    const label = t("kb:answer.statusLabel", { en: fact.labels.en, fr: fact.labels.fr });
    parts[0] = `${parts[0]}\n${fact.labelFrUnverified ? `${label} ${t("kb:answer.labelFrUnverified")}` : label}`;
  }
  parts.push(t("kb:answer.meaning", { text: hedge(t(`kb:statuses.${status}.meaning`), fact.unverified, t) }));
  parts.push(t("kb:answer.next", { text: t(`kb:statuses.${status}.next`) }));
  const blocks: Block[] = parts.map((text, i) => (i < 2 ? { text, place: "answer" } : { text, place: "first", cut: true }));
  let worry = t(`kb:statuses.${status}.worry`, { days: fact.worry.days });
  if (answer.processingTime && answer.timelineApplication) {
    worry = `${worry} ${t("ptime:worry", {
      application: t(`kb:applications.${answer.timelineApplication}.name`),
      value: answer.processingTime.value ? formatValue(answer.processingTime.value, t) : t("kb:timeline.noData.notAvailable"),
      kind: t(`kb:timeline.kinds.${answer.processingTime.kind}`),
      age: lineAge(answer.processingTime, t, context),
    })}`;
  }
  parts.push(t("kb:answer.worry", { text: worry }));
  blocks.push({ text: parts.at(-1) ?? "", place: "first", cut: true });
  if (answer.durations.length > 0) {
    parts.push(bullets(answer.durations.map((d) => hedge(t(`kb:durations.${d.id}`, { min: d.min, max: d.max }), d.unverified, t))));
    blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  }
  parts.push(footer(answer, t));
  blocks.push({ text: parts.at(-1) ?? "", place: "details" });
  const links: Link[] =
    fact.system && fact.system !== "none" ? [{ label: t(`kb:systems.${fact.system}.name`), url: kb.systems[fact.system].url }] : [];
  return { text: parts.join("\n\n"), blocks, systems: [], access: null, links, provenance: answer };
}

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

const cacheKey = (q: Question & QuestionSignals): string =>
  `${q.intent}|${q.application}|${q.role}|${q.status}|${q.country}|${q.quebec}|${q.insideCanada}|${q.credentialSharing ?? null}|${q.authorizationForm ?? null}|${q.otherPart ?? null}|${q.ownPart ?? null}|${q.irbReferral ?? null}|${q.sponsorshipParty ?? null}|${q.programme ?? null}|${q.myth ?? null}`;

const caches = new WeakMap<KnowledgeBase, WeakMap<Translate, Map<string, Composed>>>();
const memoized = new WeakMap<Translate, Translate>();
/** Distinct translated strings per locale; bounded by the catalogue and the data's values. */
const TEXT_CACHE_LIMIT = 20_000;

/**
 * i18next interpolation and plurals cost tens of microseconds per call; the answers use a few hundred
 * distinct (key, params) pairs per locale, so each is translated once and then read from a map.
 */
function memoizeTranslate(t: Translate): Translate {
  let fast = memoized.get(t);
  if (fast) return fast;
  const texts = new Map<string, string>();
  fast = (key, params) => {
    let id = key;
    if (params) for (const name in params) id += `\u0000${name}=${String(params[name])}`;
    let text = texts.get(id);
    if (text === undefined) {
      text = t(key, params);
      if (texts.size >= TEXT_CACHE_LIMIT) texts.clear();
      texts.set(id, text);
    }
    return text;
  };
  memoized.set(t, fast);
  return fast;
}

function cacheFor(kb: KnowledgeBase, t: Translate): Map<string, Composed> {
  let byLocale = caches.get(kb);
  if (!byLocale) {
    byLocale = new WeakMap();
    caches.set(kb, byLocale);
  }
  let cache = byLocale.get(t);
  if (!cache) {
    cache = new Map();
    byLocale.set(t, cache);
  }
  return cache;
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
