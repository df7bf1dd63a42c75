import { COMMANDS, type CommandDefinition } from "./commands/registry.js";
import type { CoreDeps } from "./core-deps.js";
import { waitLine } from "./dialogue/status-log.js";
import { handleAction } from "./handlers/action.js";
import { handleCommand } from "./handlers/command.js";
import { errorMessage } from "./handlers/context.js";
import type { LocaleRequest } from "./handlers/locale-for.js";
import { createCoreParts } from "./handlers/parts.js";
import { handleText, MAX_MESSAGE_CHARS } from "./handlers/text.js";
import type { Locale } from "./i18n/locales.js";
import type { Translate, Translator } from "./i18n/translator.js";
import { isChatIntent } from "./intents.js";
import type { KnowledgeBase } from "./knowledge/types.js";
import { makeReply } from "./make-reply.js";
import { warmScheduleWords } from "./reminders/schedule-words.js";
import type { BotReply, Slot } from "./reply.js";
import type { BotRequest } from "./request.js";
import { sanitizeText } from "./privacy/sanitize.js";
import { type Reminder, type StatusLogEntry, StoreWriteError } from "./store/user-store.js";

export type { CoreDeps } from "./core-deps.js";
export type { LocaleRequest } from "./handlers/locale-for.js";
export { MAX_MESSAGE_CHARS };

export interface AskOptions {
  /** Language of the text when known; otherwise it is detected. */
  readonly lang?: Locale;
}

/** What a reminder's "where am I in the wait" line is computed from (the scheduler's `waitLine` option). */
export interface WaitLineInput {
  readonly reminder: Reminder;
  readonly log: readonly StatusLogEntry[];
  readonly now: number;
  readonly t: Translate;
  readonly lang: Locale;
}

/**
 * The bot core: platform-neutral, I/O only through the injected ports. Adapters turn platform events
 * into {@link BotRequest}s and render the {@link BotReply}; everything a user sees is decided here,
 * its language included. A dispatcher: the handlers live in handlers/, the conversations in dialogue/.
 */
export interface BotCore {
  /** Answers one user action. Never throws for bad input: every input gets a localized reply. */
  handle(request: BotRequest): Promise<BotReply>;
  /** Stateless, synchronous answer to one question (the `ask` command and `npm run eval`). */
  ask(text: string, options?: AskOptions): BotReply;
  /** The reply language for this user and chat (for an adapter's own notices: rate limits, errors, autocomplete). */
  localeFor(request: LocaleRequest): Promise<Locale>;
  /** The knowledge base answers are read from now. */
  knowledge(): KnowledgeBase;
  /** The core's clock (answers state the age of their figures). */
  now(): Date;
  /** The line under a reminder that shows where the user is in the wait (undefined when there is no figure). */
  waitLine(input: WaitLineInput): Promise<string | undefined>;
  /** Compiles what the first message in each language would otherwise pay for (schedule patterns). */
  warmUp(): void;
  readonly defaultLocale: Locale;
  readonly commands: readonly CommandDefinition[];
  readonly translator: Translator;
}

export function createBotCore(deps: CoreDeps): BotCore {
  const core = createCoreParts(deps);
  const { ctx, replies, locales } = core;

  const dispatch = (request: BotRequest, stored: Locale | undefined): BotReply | Promise<BotReply> =>
    request.kind === "text"
      ? handleText(core, request, stored)
      : request.kind === "command"
        ? handleCommand(core, request, stored)
        : handleAction(core, request, stored);

  return {
    commands: COMMANDS,
    translator: deps.translator,
    defaultLocale: ctx.defaultLocale,
    async handle(request) {
      let stored: Locale | undefined;
      try {
        const read = locales.stored(request);
        stored = read instanceof Promise ? await read : read;
        const pending = dispatch(request, stored);
        const r = pending instanceof Promise ? await pending : pending;
        const shown = locales.withPausedNotice(request, r);
        return shown instanceof Promise ? await shown : shown;
      } catch (error) {
        ctx.logger.error({ err: errorMessage(error), kind: request.kind, platform: request.platform }, "core: request failed");
        // A change the store could not make durable: say it was not saved (never "done").
        if (error instanceof StoreWriteError) return replies.error(stored ?? locales.hinted(request.localeHints), "notSaved");
        return replies.error(locales.hinted(request.localeHints), "generic");
      }
    },
    ask(text, options = {}) {
      const clean = sanitizeText(text);
      const hint = options.lang ?? ctx.defaultLocale;
      if (clean.kind !== "ok") return replies.error(hint, clean.kind === "tooLong" ? "tooLong" : "empty", { max: MAX_MESSAGE_CHARS });
      const u = deps.understander.understand(clean.text, options.lang);
      if (u.overBudget) return replies.error(hint, "tooComplex");
      const lang = options.lang ?? (u.langDetected ? u.lang : ctx.defaultLocale);
      if (isChatIntent(u.intent)) {
        // Chat intents change something for a user: `ask` only says they need a chat.
        const t = ctx.t(lang);
        const meta = { intent: u.intent, needs: u.intent === "language" && !u.targetLocale ? (["language"] as Slot[]) : [] };
        return replies.withPrivacyWarning(makeReply(lang, t(`common:chatOnly.${u.intent}`), meta), u, t);
      }
      return core.answerUnderstood(u, lang, undefined, false).reply;
    },
    localeFor: (request) => locales.localeFor(request),
    knowledge: () => ctx.knowledge(),
    now: () => deps.clock.now(),
    waitLine: ({ reminder, log, now, t, lang }) =>
      waitLine(deps, reminder.userId, reminder.application, log, now, reminder.schedule.zone, t, lang),
    warmUp() {
      if (deps.scheduleWords) warmScheduleWords(deps.scheduleWords);
    },
  };
}
