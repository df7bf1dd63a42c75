import { type Action, decodeAction, encodeAction, MORE_FLAGS, type MoreAction } from "./actions.js";
import { composeAnswer } from "./answers/compose.js";
import type { KnowledgeIntent, Question } from "./answers/question.js";
import type { Clock } from "./clock.js";
import { COMMANDS, type CommandDefinition, type CommandId, canonicalCommand, findCommand } from "./commands/registry.js";
import { DEEP_LINK_INTENTS, parseDeepLink } from "./deep-link.js";
import {
  type ConversationState,
  type ConversationStates,
  createConversationStates,
  isKnowledgeIntent,
} from "./dialogue/conversation-state.js";
import { applicationChoices, roleChoices, statusChoices } from "./dialogue/choices.js";
import { createPendingSchedules, handleReminderIntent, type ReminderIntent, readsAsSchedule } from "./dialogue/reminders.js";
import { formatUserExport } from "./dialogue/my-data.js";
import { DEFAULT_LOCALE, type Locale, resolveLocale, SUPPORTED_LOCALES, toLocale } from "./i18n/locales.js";
import type { Translate, Translator } from "./i18n/translator.js";
import { handleFollow } from "./dialogue/follows.js";
import { followChoice } from "./dialogue/follows.js";
import { currentKnowledge, type KnowledgeSource } from "./knowledge/holder.js";
import { followedLines } from "./ptime/follow-figure.js";
import type { FollowStore } from "./store/follows.js";
import type { KnowledgeBase } from "./knowledge/types.js";
import { type CoreLogger, silentLogger } from "./logger.js";
import type { Understander, Understanding } from "./nlu/understanding.js";
import type { QuestionSignals } from "./rules/signals.js";
import { sanitizeText } from "./privacy/sanitize.js";
import type { ScheduleWords } from "./reminders/schedule-words.js";
import type { AnswerMeta, BotReply, Choice, Link, Slot } from "./reply.js";
import type { BotRequest } from "./request.js";
import { type MaybePromise, StoreWriteError, type UserProfile, type UserStore } from "./store/user-store.js";
import { APPLICATION_IDS, type ApplicationId, type IntentId, ROLE_IDS, type RoleId, STATUS_IDS, type StatusId } from "./taxonomy.js";

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

export interface AskOptions {
  /** Language of the text when known; otherwise it is detected. */
  readonly lang?: Locale;
}

/**
 * The bot core: platform-neutral, I/O only through the injected ports. Adapters turn platform events
 * into {@link BotRequest}s and render the {@link BotReply}.
 */
export interface BotCore {
  /** Answers one user action. Never throws for bad input: every input gets a localized reply. */
  handle(request: BotRequest): Promise<BotReply>;
  /** Stateless, synchronous answer to one question (the `ask` command and `npm run eval`). */
  ask(text: string, options?: AskOptions): BotReply;
  readonly commands: readonly CommandDefinition[];
  readonly translator: Translator;
  readonly deps: CoreDeps;
}

/** Distinct language hints remembered per core (Telegram and Discord send a few dozen). */
const MAX_CACHED_HINTS = 256;

/** Longest message the bot reads; longer ones get a localized "please shorten" reply. */
export const MAX_MESSAGE_CHARS = 2_000;

const COMMAND_INTENTS: Partial<Record<CommandId, IntentId>> = {
  start: "help",
  help: "help",
  track: "trackable",
  access: "access",
  timeline: "timeline",
  status: "status-meaning",
  remind: "reminder-set",
  reminders: "reminder-list",
  language: "language",
  forget: "forget",
};

const OUT_OF_SCOPE_LINKS = {
  help: "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/check-status.html",
  eligibility: "https://www.canada.ca/en/immigration-refugees-citizenship/services/come-canada-tool.html",
  representatives: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigration-citizenship-representative/choose.html",
  cicc: "https://college-ic.ca/protecting-the-public/find-an-immigration-consultant",
};

export function createBotCore(deps: CoreDeps): BotCore {
  const logger = deps.logger ?? silentLogger;
  const defaultLocale = deps.defaultLocale ?? DEFAULT_LOCALE;
  const states: ConversationStates = createConversationStates();
  const knowledge = (): KnowledgeBase => currentKnowledge(deps);
  const pendingSchedules = createPendingSchedules();

  const reply = (
    lang: Locale,
    text: string,
    meta: Partial<AnswerMeta> & { intent: IntentId },
    extra: { choices?: readonly Choice[]; links?: readonly Link[]; personal?: boolean; details?: string } = {},
  ): BotReply => ({
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
  });

  const helpReplies = new Map<Locale, BotReply>();
  const helpReply = (lang: Locale, t: Translate): BotReply => {
    let cached = helpReplies.get(lang);
    if (!cached) {
      cached = buildHelpReply(lang, t);
      helpReplies.set(lang, cached);
    }
    return cached;
  };
  const buildHelpReply = (lang: Locale, t: Translate): BotReply =>
    reply(
      lang,
      `${t("common:help.intro")}\n\n${t("common:help.examples")}\n\n${t("common:disclaimer")}`,
      { intent: "help" },
      {
        choices: (["trackable", "access", "timeline", "status-meaning"] as const).map((intent) => ({
          label: t(`common:intents.${intent}`),
          data: encodeAction({ type: "intent", intent }),
        })),
      },
    );

  /** /help and /commands: every command of the one command table, one localized line each, then the disclaimer. */
  const commandsReplies = new Map<Locale, BotReply>();
  const commandsReply = (lang: Locale, t: Translate): BotReply => {
    let cached = commandsReplies.get(lang);
    if (!cached) {
      const lines = COMMANDS.map((c) => `/${c.id} — ${t(c.descriptionKey)}`).join("\n");
      const help = helpReply(lang, t);
      cached = { ...help, text: `${t("common:help.commandsHeading")}\n${lines}\n\n${t("common:disclaimer")}` };
      commandsReplies.set(lang, cached);
    }
    return cached;
  };

  const outOfScopeReply = (lang: Locale, t: Translate): BotReply =>
    reply(
      lang,
      `${t("common:outOfScope.text")}\n\n${t("common:disclaimer")}`,
      { intent: "out-of-scope", sources: Object.values(OUT_OF_SCOPE_LINKS) },
      {
        links: [
          { label: t("common:outOfScope.links.eligibility"), url: OUT_OF_SCOPE_LINKS.eligibility },
          { label: t("common:outOfScope.links.representatives"), url: OUT_OF_SCOPE_LINKS.representatives },
          { label: t("common:outOfScope.links.cicc"), url: OUT_OF_SCOPE_LINKS.cicc },
        ],
      },
    );

  const errorReply = (lang: Locale, key: string, params?: Record<string, unknown>): BotReply =>
    reply(lang, deps.translator.forLocale(lang)(`errors:${key}`, params), { intent: "help" });

  /** The "More" button under a short answer; its data carries the whole question. */
  const moreChoice = (question: Question, t: Translate): Choice => {
    const q = question as Question & QuestionSignals;
    return {
      label: t("kb:answer.more"),
      data: encodeAction({
        type: "more",
        intent: q.intent,
        application: q.application,
        role: q.role,
        status: q.status,
        country: q.country && /^[A-Z]{2}$/.test(q.country) ? q.country : null,
        flags: Object.fromEntries(MORE_FLAGS.map((f) => [f, q[f] ?? null])) as MoreAction["flags"],
        ...(q.myth ? { myth: q.myth } : {}),
      }),
    };
  };

  /**
   * One "More" button array per composed answer (answers are cached per question, and the button
   * encodes exactly the fields of that cache key), so adapters that lay out keyboards by array
   * identity (Telegram) do it once per answer, not once per request.
   */
  const moreChoices = new WeakMap<object, readonly Choice[]>();
  const moreChoicesFor = (composed: object, question: Question, t: Translate): readonly Choice[] => {
    let choices = moreChoices.get(composed);
    if (!choices) {
      choices = [moreChoice(question, t)];
      moreChoices.set(composed, choices);
    }
    return choices;
  };

  /**
   * Answers a knowledge question or asks for the missing slot. In a chat (`short`) the answer is its
   * first view with one link and a "More" button; `ask` (no buttons to press) gets the whole answer.
   */
  const answerQuestion = (
    lang: Locale,
    question: Question,
    short = true,
    above: string | null = null,
  ): { reply: BotReply; pending: ConversationState["pending"] } => {
    const t = deps.translator.forLocale(lang);
    // Text shown above the answer (a privacy warning) takes its room from the first view.
    const reserve = above ? { lines: above.split("\n").length + 1, chars: [...above].length + 2 } : undefined;
    const composed = composeAnswer(knowledge(), question, t, { now: deps.clock.now(), lang }, reserve);
    if (composed.kind === "needs") {
      const choices =
        composed.slot === "application"
          ? applicationChoices(question.intent, t, { quebec: question.quebec })
          : composed.slot === "status"
            ? statusChoices(question.intent, t)
            : roleChoices(question.intent, t);
      return {
        pending: composed.slot,
        reply: reply(
          lang,
          t(`common:ask.${composed.slot}.${question.intent}`),
          {
            intent: question.intent,
            application: question.application,
            role: question.role,
            status: question.status,
            needs: [composed.slot],
          },
          { choices },
        ),
      };
    }
    // Under a processing-time answer: a button to follow that published time (opt-in change alerts).
    const follow =
      question.intent === "timeline" && composed.application
        ? followChoice(deps, followTarget(composed.application, question.country), t)
        : null;
    const brief = short && composed.details !== "";
    return {
      pending: null,
      reply: reply(
        lang,
        brief ? composed.firstView : composed.text,
        {
          intent: question.intent,
          application: composed.application,
          role: composed.role,
          status: composed.status,
          systems: composed.systems,
          access: composed.access,
          sources: composed.sources,
        },
        brief
          ? {
              links: composed.firstLinks,
              choices: [...moreChoicesFor(composed, question, t), ...(follow ? [follow] : [])],
              details: composed.details,
            }
          : { links: composed.links, ...(follow ? { choices: [follow] } : {}) },
      ),
    };
  };

  /** The country counts only for applications IRCC publishes per country; otherwise following ignores it. */
  const followTarget = (application: ApplicationId, country: string | null) => {
    const code = country && /^[A-Z]{2}$/.test(country) ? country : null;
    const perCountry = code !== null && followedLines(knowledge(), { application, country: null }).some((l) => l.perCountry);
    return { application, country: perCountry ? code : null };
  };

  /**
   * What "More" shows: the whole answer with all its links and sources. Discord expands the message
   * in place; Telegram and the console show it below, so the first view's reader never loses the start.
   */
  const moreReply = (lang: Locale, action: MoreAction, last: Question | null | undefined): BotReply => {
    const t = deps.translator.forLocale(lang);
    const { flags, type: _type, ...slots } = action;
    // The button carries the question's ids, yes/no facts and the myth it corrects; the facts it has no
    // room for (a programme, which party of a sponsorship asks) come from the user's last question when
    // the button is under that answer.
    const same =
      last &&
      last.intent === slots.intent &&
      last.application === slots.application &&
      last.role === slots.role &&
      last.status === slots.status;
    const question = (same ? { ...last, ...slots, ...flags } : { ...slots, ...flags }) as Question;
    const composed = composeAnswer(knowledge(), question, t, { now: deps.clock.now(), lang });
    if (composed.kind === "needs") return errorReply(lang, "staleButton");
    return reply(
      lang,
      composed.text,
      {
        intent: question.intent,
        application: composed.application,
        role: composed.role,
        status: composed.status,
        systems: composed.systems,
        access: composed.access,
        sources: composed.sources,
      },
      { links: composed.links },
    );
  };

  const emptyQuestion = (intent: KnowledgeIntent): Question => ({
    intent,
    application: null,
    role: null,
    status: null,
    country: null,
    quebec: null,
    insideCanada: null,
  });

  /** Builds the question for this message, continuing the previous one for follow-ups and clarifications. */
  const questionFor = (understood: Understanding, previous: ConversationState | undefined): Question | null => {
    let u = understood;
    const prevQ = previous?.question ?? null;
    const pick = <T>(now: T | null, before: T | null | undefined): T | null => now ?? before ?? null;
    // "And for my parents?" after a sponsorship: the relative names the sponsorship, not an outside relative asking.
    const sponsorshipFor =
      prevQ?.application?.startsWith("sponsorship-") && !u.application && u.relation ? SPONSORSHIP_BY_RELATION[u.relation] : undefined;
    if (sponsorshipFor) u = { ...u, application: sponsorshipFor, role: u.role === "family-member" ? null : u.role };
    // "and from India?" right after an answer only adds a country: an intent the trained model guessed
    // for those few words (the lexicon read none) must not start a new question.
    if (prevQ && u.intent !== null && (u.confidence ?? 1) < 1 && !u.application && !u.status && (u.country || u.relation || u.role)) {
      u = { ...u, intent: prevQ.intent, followUp: true };
    }
    if (isKnowledgeIntent(u.intent) && (!u.followUp || !prevQ)) {
      // A fresh question; a clarification answer that the NLU read as a new question of the same intent keeps the old
      // slots, and so does a question that names nothing ("how long?", "who can see it?" right after an answer).
      const bare = !u.application && !u.role && !u.status && !u.country && u.quebec === null && u.insideCanada === null;
      const continuing = prevQ && ((previous?.pending && prevQ.intent === u.intent) || (bare && !u.signals?.credentialSharing));
      return {
        ...(u.signals ?? {}),
        intent: u.intent,
        application: pick(u.application, continuing ? prevQ.application : null),
        role: pick(u.role, continuing ? prevQ.role : null),
        status: pick(u.status, continuing && prevQ.intent === u.intent ? prevQ.status : null),
        country: pick(u.country, continuing ? prevQ.country : null),
        quebec: pick(u.quebec, continuing ? prevQ.quebec : null),
        insideCanada: pick(u.insideCanada, continuing ? prevQ.insideCanada : null),
      };
    }
    if (!prevQ) return null;
    const hasSlot = u.application || u.role || u.status || u.country || u.quebec !== null || u.insideCanada !== null;
    if (!hasSlot && !isKnowledgeIntent(u.intent)) return null;
    if (u.intent !== null && !isKnowledgeIntent(u.intent)) return null;
    // Signals describe one message ("he gave me his password"); a follow-up carries only its own.
    const {
      credentialSharing: _c,
      authorizationForm: _a,
      otherPart: _o,
      ownPart: _p,
      irbReferral: _i,
      sponsorshipParty: _s,
      myth: _m,
      ...carried
    } = prevQ;
    return {
      ...carried,
      ...(u.signals ?? {}),
      intent: isKnowledgeIntent(u.intent) ? u.intent : prevQ.intent,
      application: pick(u.application, prevQ.application),
      role: pick(u.role, prevQ.role),
      status: pick(u.status, prevQ.status),
      country: pick(u.country, prevQ.country),
      quebec: pick(u.quebec, prevQ.quebec),
      insideCanada: pick(u.insideCanada, prevQ.insideCanada),
    };
  };

  const privacyWarning = (u: Understanding, t: Translate): string | null =>
    u.identifiers.length === 0
      ? null
      : t("common:privacy.identifierWarning", { kinds: u.identifiers.map((k) => t(`common:privacy.kinds.${k}`)).join(", ") });

  const withPrivacyWarning = (r: BotReply, u: Understanding, t: Translate): BotReply => {
    const warning = privacyWarning(u, t);
    return warning === null ? r : { ...r, text: `${warning}\n\n${r.text}` };
  };

  /**
   * The understander was unsure between readings ("CAS for my PR card, how long?" — where, or how
   * long?): instead of guessing, ask, with one button per reading. Pressing one answers the same
   * question as if it had been asked unambiguously.
   */
  const askBetweenReadings = (lang: Locale, question: Question, u: Understanding): BotReply | null => {
    // The credential rule is above every other: its answer is never traded for a choice between readings.
    if (question.credentialSharing === true) return null;
    const others = (u.alternatives ?? []).filter((i) => isKnowledgeIntent(i) && i !== question.intent);
    if (others.length === 0) return null;
    const t = deps.translator.forLocale(lang);
    const readings = [question.intent, ...others].slice(0, 3);
    return reply(
      lang,
      t("common:ask.intent"),
      {
        intent: question.intent,
        application: question.application,
        role: question.role,
        status: question.status,
        needs: ["intent"],
        alternatives: readings.slice(1).map((intent) => ({ intent })),
      },
      { choices: readings.map((intent) => ({ label: t(`common:intents.${intent}`), data: encodeAction({ type: "reread", intent }) })) },
    );
  };

  /** A long post's second question ("…and how long will it take?") is offered as a button under the answer to the first. */
  const withSecondQuestion = (r: BotReply, u: Understanding, t: Translate): BotReply =>
    !u.secondary || !isKnowledgeIntent(u.secondary) || r.answer.needs.length > 0
      ? r
      : {
          ...r,
          choices: [
            ...r.choices,
            { label: t(`common:intents.${u.secondary}`), data: encodeAction({ type: "reread", intent: u.secondary }) },
          ],
        };

  /** Stateless understanding + answer, shared by `ask` and the chat path. */
  const answerUnderstood = (
    u: Understanding,
    lang: Locale,
    previous: ConversationState | undefined,
    short = true,
  ): { reply: BotReply; question: Question | null; pending: ConversationState["pending"] } => {
    const t = deps.translator.forLocale(lang);
    const question = questionFor(u, previous);
    if (question) {
      const asked = askBetweenReadings(lang, question, u);
      if (asked) return { reply: withPrivacyWarning(asked, u, t), question, pending: null };
      const { reply: r, pending } = answerQuestion(lang, question, short, privacyWarning(u, t));
      return { reply: withPrivacyWarning(withSecondQuestion(r, u, t), u, t), question, pending };
    }
    let r: BotReply;
    switch (u.intent) {
      case "out-of-scope":
        r = outOfScopeReply(lang, t);
        break;
      case "help":
      case null:
        if (u.smallTalk) {
          r = reply(lang, t(`common:smallTalk.${u.smallTalk}`), { intent: "help" });
          break;
        }
        // Not understood: say so, show what the bot answers, and report it as outside what it can do.
        r =
          u.intent === null
            ? {
                ...helpReply(lang, t),
                text: `${t("common:notUnderstood")}\n\n${t("common:help.examples")}`,
                answer: { ...helpReply(lang, t).answer, intent: "out-of-scope" },
              }
            : helpReply(lang, t);
        break;
      default:
        r = reply(lang, t(`common:chatOnly.${u.intent}`), { intent: u.intent });
    }
    return { reply: withPrivacyWarning(r, u, t), question: null, pending: null };
  };

  /**
   * Platform language hints ("fr", "pt-br", a Discord locale) come from a small set, and mapping one
   * (trim, lowercase, a regex, aliases) was a few percent of a request: each distinct string hint is
   * mapped once. Bounded so that junk hints cannot grow it; past the bound they are mapped each time.
   */
  const hintLocales = new Map<string, Locale | null>();
  const hintedLocale = (hints: readonly unknown[]): Locale => {
    for (const hint of hints) {
      if (typeof hint !== "string") continue;
      let locale = hintLocales.get(hint);
      if (locale === undefined) {
        locale = toLocale(hint) ?? null;
        if (hintLocales.size < MAX_CACHED_HINTS) hintLocales.set(hint, locale);
      }
      if (locale) return locale;
    }
    return defaultLocale;
  };

  /** Requests whose user has a "your reminders were paused" notice waiting (read with the profile, shown once). */
  const noticePending = new WeakSet<BotRequest>();

  const couldNotRead = (error: unknown): undefined => {
    logger.warn({ err: errorMessage(error) }, "core: could not read the user's language; using hints");
    return undefined;
  };

  const ownLocale = (request: BotRequest, own: UserProfile | undefined): Locale | undefined => {
    if (own?.blockedNotice && request.isPrivate) noticePending.add(request);
    return own?.language;
  };

  /** In a group, the group's choice comes first. */
  const groupOrOwnLocale = async (request: BotRequest): Promise<Locale | undefined> => {
    try {
      const own = ownLocale(request, await deps.store.getProfile(request.userId));
      return (await deps.store.getProfile(request.chatId))?.language ?? own;
    } catch (error) {
      return couldNotRead(error);
    }
  };

  /**
   * The user's chosen language. Synchronous in a private chat when the store answers synchronously
   * (the common case), so a message that needs no other I/O is answered without waiting a microtask.
   */
  const storedLocale = (request: BotRequest): MaybePromise<Locale | undefined> => {
    if (!request.isPrivate && request.chatId !== request.userId) return groupOrOwnLocale(request);
    try {
      const own = deps.store.getProfile(request.userId);
      return own instanceof Promise ? own.then((p) => ownLocale(request, p), couldNotRead) : ownLocale(request, own);
    } catch (error) {
      return couldNotRead(error);
    }
  };

  /** Tells a user once, at their next message, that reminders paused because the bot could not reach them. */
  const withBlockedNotice = async (request: BotRequest, r: BotReply): Promise<BotReply> => {
    try {
      await deps.store.setBlockedNotice(request.userId, false);
    } catch (error) {
      logger.warn({ err: errorMessage(error) }, "core: could not clear the paused-reminders notice");
    }
    if (r.text.includes(deps.translator.forLocale(r.lang)("reminders:blockedNotice"))) return r;
    return { ...r, text: `${deps.translator.forLocale(r.lang)("reminders:blockedNotice")}\n\n${r.text}` };
  };

  const languageReply = async (request: BotRequest, lang: Locale, target: Locale | null): Promise<BotReply> => {
    if (!target) {
      const t = deps.translator.forLocale(lang);
      return reply(
        lang,
        t("common:language.choose"),
        { intent: "language", needs: ["language"] },
        {
          choices: SUPPORTED_LOCALES.map((locale) => ({
            label: deps.translator.forLocale(locale)("common:language.name"),
            data: encodeAction({ type: "language", locale }),
          })),
        },
      );
    }
    if (!request.isPrivate) {
      if (!request.canManageChat) return errorReply(lang, "adminOnly");
      await deps.store.setLanguage(request.chatId, target);
    } else {
      await deps.store.setLanguage(request.userId, target);
    }
    const t = deps.translator.forLocale(target);
    return reply(target, t("common:language.changed", { language: t("common:language.name") }), { intent: "language" }, { personal: true });
  };

  const forgetReply = (lang: Locale, t: Translate): BotReply =>
    reply(
      lang,
      t("common:forget.confirm"),
      { intent: "forget" },
      {
        personal: true,
        choices: [
          { label: t("common:forget.yes"), data: encodeAction({ type: "forget", confirm: true }) },
          { label: t("common:forget.no"), data: encodeAction({ type: "forget", confirm: false }) },
        ],
      },
    );

  const runIntent = async (
    request: BotRequest,
    intent: IntentId,
    lang: Locale,
    context: { text: string; understanding: Understanding | null; options?: Readonly<Record<string, string>> },
  ): Promise<BotReply> => {
    const t = deps.translator.forLocale(lang);
    switch (intent) {
      case "language":
        return languageReply(
          request,
          lang,
          // "/language uk", "/language Українська": a code or a language name.
          context.understanding?.targetLocale ?? toLocale(context.options?.language) ?? toLocale(context.text.trim()) ?? null,
        );
      case "forget":
        if (!request.isPrivate) return errorReply(lang, "privateOnly");
        states.set(request.userId, { question: null, pending: null, forgetPending: true, lang, at: deps.clock.now().getTime() });
        return forgetReply(lang, t);
      case "reminder-set":
      case "reminder-list":
      case "reminder-cancel":
        if (!request.isPrivate) return errorReply(lang, "privateOnly");
        return handleReminderIntent({
          intent: intent as ReminderIntent,
          request,
          lang,
          t,
          text: context.text,
          options: context.options ?? {},
          understanding: context.understanding,
          deps,
          pending: pendingSchedules,
        });
      case "help":
        return helpReply(lang, t);
      case "out-of-scope":
        return outOfScopeReply(lang, t);
      default:
        return helpReply(lang, t);
    }
  };

  // The handlers below get the stored language from `handle` and return a reply directly when the
  // answer needs no I/O (most messages): each async layer costs a promise and a microtask per request.

  const handleText = (request: BotRequest & { kind: "text" }, stored: Locale | undefined): BotReply | Promise<BotReply> => {
    // The hints only matter when the user has not chosen a language.
    const hinted = stored ?? hintedLocale(request.localeHints);
    const clean = sanitizeText(request.text);
    if (clean.kind !== "ok") return errorReply(hinted, clean.kind === "tooLong" ? "tooLong" : "empty", { max: MAX_MESSAGE_CHARS });
    const understood = deps.understander.understand(clean.text, hinted);
    if (understood.overBudget) return errorReply(stored ?? hinted, "tooComplex");
    // "every other Friday at 9 Pacific time" alone is a reminder request even without "remind me".
    const answering = pendingSchedules.get(request.userId, deps.clock.now().getTime()) !== undefined;
    const u: Understanding = readsAsSchedule(understood, clean.text, deps.scheduleWords, stored ?? hinted, answering)
      ? { ...understood, intent: "reminder-set" }
      : understood;
    const lang = stored ?? (u.langDetected ? u.lang : hinted);
    const now = deps.clock.now().getTime();
    const previous = states.get(request.userId, now);

    if (previous?.forgetPending && u.intent === null) {
      // Anything but a button press cancels a pending deletion; nothing is deleted by free text.
      states.delete(request.userId);
    }
    if (u.intent && !isKnowledgeIntent(u.intent) && u.intent !== "help" && u.intent !== "out-of-scope") {
      return runIntent(request, u.intent, lang, { text: clean.text, understanding: u }).then((r) =>
        withPrivacyWarning(r, u, deps.translator.forLocale(r.lang)),
      );
    }
    const result = answerUnderstood(u, lang, previous);
    states.set(request.userId, {
      question: result.question ?? previous?.question ?? null,
      pending: result.pending,
      forgetPending: false,
      lang,
      at: now,
    });
    return result.reply;
  };

  const handleCommand = (request: BotRequest & { kind: "command" }, stored: Locale | undefined): BotReply | Promise<BotReply> => {
    const lang = stored ?? hintedLocale(request.localeHints);
    const t = deps.translator.forLocale(lang);
    const command = findCommand(request.command);
    if (!command) return errorReply(lang, "unknownCommand");
    const id = canonicalCommand(request.command);
    if (id === "help") return commandsReply(lang, t);
    if (command.personal && !request.isPrivate) return errorReply(lang, "privateOnly");
    const args = sanitizeText(request.args ?? "");
    const argText = args.kind === "ok" ? args.text : "";
    const options = request.options ?? {};

    if (request.command === "mydata") {
      return deps.store
        .exportUser(request.userId)
        .then((data) => reply(lang, formatUserExport(data, t, lang), { intent: "help" }, { personal: true }));
    }
    if (request.command === "follow" || request.command === "unfollow") {
      const u = argText ? deps.understander.understand(argText, lang) : null;
      // "/follow" right after a processing-time answer follows what that answer was about.
      const previous = request.command === "follow" ? states.get(request.userId, deps.clock.now().getTime())?.question : undefined;
      const fromPrevious = previous?.intent === "timeline" ? previous : null;
      const typed = options.application && isApplicationId(options.application) ? options.application : null;
      const application = typed ?? u?.application ?? fromPrevious?.application ?? null;
      const country = options.country?.toUpperCase().slice(0, 2) ?? u?.country ?? fromPrevious?.country ?? null;
      return handleFollow({
        op: request.command === "follow" ? "add" : "remove",
        userId: request.userId,
        lang,
        t,
        target: application ? followTarget(application, country) : null,
        deps,
      });
    }
    if (request.command === "log" || request.command === "history") {
      return handleReminderIntent({ intent: request.command, request, lang, t, text: argText, options, understanding: null, deps });
    }
    // `/start <payload>` from a deep link opens that answer; a malformed payload gets the welcome below.
    const link = request.command === "start" && request.args ? parseDeepLink(request.args) : undefined;
    if (link) {
      const question = validateQuestion({
        ...emptyQuestion(DEEP_LINK_INTENTS[link.kind]),
        ...(link.kind === "status" ? { status: link.status } : { application: link.application }),
      });
      const { reply: r, pending } = answerQuestion(lang, question);
      states.set(request.userId, { question, pending, forgetPending: false, lang, at: deps.clock.now().getTime() });
      return r;
    }
    const intent = COMMAND_INTENTS[request.command as CommandId] ?? "help";
    if (isKnowledgeIntent(intent)) {
      const u = argText ? deps.understander.understand(argText, lang) : null;
      const question: Question = {
        ...emptyQuestion(intent),
        ...(u?.signals ?? {}),
        // "/track can my consultant use my password": the safety rule answers, whatever the command.
        ...(u?.signals?.credentialSharing === true ? { intent: "access" as const } : {}),
        application: (options.application as ApplicationId | undefined) ?? u?.application ?? null,
        role: (options.role as RoleId | undefined) ?? u?.role ?? null,
        status: (options.status as StatusId | undefined) ?? u?.status ?? null,
        country: options.country?.toUpperCase().slice(0, 2) ?? u?.country ?? null,
        quebec: u?.quebec ?? null,
        insideCanada: u?.insideCanada ?? null,
      };
      const valid = validateQuestion(question);
      const { reply: r, pending } = answerQuestion(lang, valid);
      states.set(request.userId, { question: valid, pending, forgetPending: false, lang, at: deps.clock.now().getTime() });
      return r;
    }
    const u = argText ? deps.understander.understand(argText, lang) : null;
    return runIntent(request, intent, lang, { text: argText, understanding: u, options });
  };

  const handleAction = (request: BotRequest & { kind: "action" }, stored: Locale | undefined): BotReply | Promise<BotReply> => {
    const lang = stored ?? hintedLocale(request.localeHints);
    const t = deps.translator.forLocale(lang);
    const action: Action | undefined = decodeAction(request.data);
    if (!action) return errorReply(lang, "badButton");
    const now = deps.clock.now().getTime();
    switch (action.type) {
      case "intent": {
        if (isKnowledgeIntent(action.intent)) {
          const question = emptyQuestion(action.intent);
          const { reply: r, pending } = answerQuestion(lang, question);
          states.set(request.userId, { question, pending, forgetPending: false, lang, at: now });
          return r;
        }
        return runIntent(request, action.intent, lang, { text: "", understanding: null });
      }
      case "reread": {
        if (!isKnowledgeIntent(action.intent)) return errorReply(lang, "badButton");
        const previous = states.get(request.userId, now);
        const question: Question = previous?.question ? { ...previous.question, intent: action.intent } : emptyQuestion(action.intent);
        const { reply: r, pending } = answerQuestion(lang, question);
        states.set(request.userId, { question, pending, forgetPending: false, lang, at: now });
        return r;
      }
      case "clarify": {
        if (!isKnowledgeIntent(action.intent)) return errorReply(lang, "badButton");
        const previous = states.get(request.userId, now);
        const base = previous?.question?.intent === action.intent ? previous.question : emptyQuestion(action.intent);
        // A button never overrides the safety rule: a choice pressed after a credential question keeps it.
        const credential = previous?.question?.credentialSharing === true ? { credentialSharing: true, intent: "access" as const } : {};
        const question: Question = { ...base, ...credential, [action.slot]: action.value };
        const { reply: r, pending } = answerQuestion(lang, question);
        states.set(request.userId, { question, pending, forgetPending: false, lang, at: now });
        return r;
      }
      case "language":
        return languageReply(request, lang, action.locale);
      case "forget": {
        const previous = states.get(request.userId, now);
        if (!request.isPrivate) return errorReply(lang, "privateOnly");
        if (!action.confirm) {
          states.delete(request.userId);
          return reply(lang, t("common:forget.cancelled"), { intent: "forget" }, { personal: true });
        }
        if (!previous?.forgetPending) return errorReply(lang, "staleButton");
        return deps.store.deleteUser(request.userId).then(() => {
          states.delete(request.userId);
          const fallback = resolveLocale(request.localeHints, defaultLocale);
          return reply(fallback, deps.translator.forLocale(fallback)("common:forget.done"), { intent: "forget" }, { personal: true });
        });
      }
      case "follow":
        if (!request.isPrivate) return errorReply(lang, "privateOnly");
        return handleFollow({
          op: action.op,
          userId: request.userId,
          lang,
          t,
          target: followTarget(action.application, action.country),
          deps,
        });
      case "more":
        return moreReply(lang, action, states.get(request.userId, now)?.question);
      case "reminder":
        if (!request.isPrivate) return errorReply(lang, "privateOnly");
        return handleReminderIntent({
          intent: "reminder-action",
          request,
          lang,
          t,
          text: "",
          options: { op: action.op, reminderId: action.reminderId },
          understanding: null,
          deps,
        });
      case "schedule":
        if (!request.isPrivate) return errorReply(lang, "privateOnly");
        return handleReminderIntent({
          intent: "reminder-action",
          request,
          lang,
          t,
          text: "",
          options: {},
          understanding: null,
          deps,
          scheduleAction: action,
          pending: pendingSchedules,
        });
    }
  };

  return {
    commands: COMMANDS,
    translator: deps.translator,
    deps,
    async handle(request) {
      let stored: Locale | undefined;
      try {
        const read = storedLocale(request);
        stored = read instanceof Promise ? await read : read;
        const pending =
          request.kind === "text"
            ? handleText(request, stored)
            : request.kind === "command"
              ? handleCommand(request, stored)
              : handleAction(request, stored);
        const r = pending instanceof Promise ? await pending : pending;
        return noticePending.has(request) ? await withBlockedNotice(request, r) : r;
      } catch (error) {
        logger.error({ err: errorMessage(error), kind: request.kind, platform: request.platform }, "core: request failed");
        // A change the store could not make durable: say it was not saved (never "done").
        if (error instanceof StoreWriteError) return errorReply(stored ?? resolveLocale(request.localeHints, defaultLocale), "notSaved");
        return errorReply(resolveLocale(request.localeHints, defaultLocale), "generic");
      }
    },
    ask(text, options = {}) {
      const clean = sanitizeText(text);
      const hint = options.lang ?? defaultLocale;
      if (clean.kind !== "ok") return errorReply(hint, clean.kind === "tooLong" ? "tooLong" : "empty", { max: MAX_MESSAGE_CHARS });
      const u = deps.understander.understand(clean.text, options.lang);
      if (u.overBudget) return errorReply(hint, "tooComplex");
      const lang = options.lang ?? (u.langDetected ? u.lang : defaultLocale);
      if (u.intent && !isKnowledgeIntent(u.intent) && u.intent !== "help" && u.intent !== "out-of-scope") {
        const t = deps.translator.forLocale(lang);
        const meta = { intent: u.intent, needs: u.intent === "language" && !u.targetLocale ? (["language"] as Slot[]) : [] };
        return withPrivacyWarning(reply(lang, t(`common:chatOnly.${u.intent}`), meta), u, t);
      }
      return answerUnderstood(u, lang, undefined, false).reply;
    },
  };
}

const SPONSORSHIP_BY_RELATION: Readonly<Record<string, ApplicationId>> = {
  spouse: "sponsorship-spouse",
  child: "sponsorship-dependent-child",
  parent: "sponsorship-parents",
  other: "sponsorship-other-relative",
};

function validateQuestion(question: Question): Question {
  // Options typed on Discord are ids from autocomplete, but a user can type anything: drop unknown ids.
  return {
    ...question,
    application: question.application && isApplicationId(question.application) ? question.application : null,
    role: question.role && isRoleId(question.role) ? question.role : null,
    status: question.status && isStatusId(question.status) ? question.status : null,
    country: question.country && /^[A-Z]{2}$/.test(question.country) ? question.country : null,
  };
}

const APPLICATION_SET: ReadonlySet<string> = new Set(APPLICATION_IDS);
const ROLE_SET: ReadonlySet<string> = new Set(ROLE_IDS);
const STATUS_SET: ReadonlySet<string> = new Set(STATUS_IDS);
const isApplicationId = (v: string): v is ApplicationId => APPLICATION_SET.has(v);
const isRoleId = (v: string): v is RoleId => ROLE_SET.has(v);
const isStatusId = (v: string): v is StatusId => STATUS_SET.has(v);

function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
