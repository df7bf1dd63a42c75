import { type Locale, toLocale } from "../i18n/locales.js";
import type { BotReply } from "../reply.js";
import type { BotRequest } from "../request.js";
import type { MaybePromise, UserProfile } from "../store/user-store.js";
import { type CoreContext, errorMessage } from "./context.js";

/** Distinct language hints remembered per core (Telegram and Discord send a few dozen). */
const MAX_CACHED_HINTS = 256;

/** Who asks, where: enough of a request to pick the reply language. */
export type LocaleRequest = Pick<BotRequest, "userId" | "chatId" | "isPrivate" | "localeHints">;

/**
 * The one place the reply language is decided: a group's choice (set by its admins), then the
 * user's own choice, then the platform hints, then the default. The same read notes the
 * "your reminders were paused" notice, the one mechanism that tells a user about it.
 */
export interface CoreLocales {
  /** The language chosen and stored for this request (group, then user), or undefined. Synchronous when the store is. */
  stored(request: BotRequest): MaybePromise<Locale | undefined>;
  /** The first platform hint that maps to a supported locale, else the default. */
  hinted(hints: readonly unknown[]): Locale;
  /** Stored, else hinted: the language of any reply to this request (adapters' own notices included). */
  localeFor(request: LocaleRequest): Promise<Locale>;
  /** The reply, with the paused-reminders notice above it when one was waiting for this request's user (shown once). */
  withPausedNotice(request: BotRequest, reply: BotReply): MaybePromise<BotReply>;
}

export function createCoreLocales(ctx: CoreContext): CoreLocales {
  const { deps, logger } = ctx;
  /**
   * Platform language hints ("fr", "pt-br", a Discord locale) come from a small set, and mapping one
   * (trim, lowercase, a regex, aliases) was a few percent of a request: each distinct string hint is
   * mapped once. Bounded so that junk hints cannot grow it; past the bound they are mapped each time.
   */
  const hintLocales = new Map<string, Locale | null>();
  const hinted = (hints: readonly unknown[]): Locale => {
    for (const hint of hints) {
      if (typeof hint !== "string") continue;
      let locale = hintLocales.get(hint);
      if (locale === undefined) {
        locale = toLocale(hint) ?? null;
        if (hintLocales.size < MAX_CACHED_HINTS) hintLocales.set(hint, locale);
      }
      if (locale) return locale;
    }
    return ctx.defaultLocale;
  };

  /** Requests whose user has a "your reminders were paused" notice waiting (read with the profile, shown once). */
  const noticePending = new WeakSet<LocaleRequest>();

  const couldNotRead = (error: unknown): undefined => {
    logger.warn({ err: errorMessage(error) }, "core: could not read the user's language; using hints");
    return undefined;
  };

  const ownLocale = (request: LocaleRequest, own: UserProfile | undefined): Locale | undefined => {
    if (own?.blockedNotice && request.isPrivate) noticePending.add(request);
    return own?.language;
  };

  /** In a group, the group's choice comes first. */
  const groupOrOwnLocale = async (request: LocaleRequest): Promise<Locale | undefined> => {
    try {
      const own = ownLocale(request, await deps.store.getProfile(request.userId));
      return (await deps.store.getProfile(request.chatId))?.language ?? own;
    } catch (error) {
      return couldNotRead(error);
    }
  };

  /**
   * Synchronous in a private chat when the store answers synchronously (the common case), so a
   * message that needs no other I/O is answered without waiting a microtask.
   */
  const stored = (request: LocaleRequest): MaybePromise<Locale | undefined> => {
    if (!request.isPrivate && request.chatId !== request.userId) return groupOrOwnLocale(request);
    try {
      const own = deps.store.getProfile(request.userId);
      return own instanceof Promise ? own.then((p) => ownLocale(request, p), couldNotRead) : ownLocale(request, own);
    } catch (error) {
      return couldNotRead(error);
    }
  };

  /** Tells a user once, at their next message, that reminders paused because the bot could not reach them. */
  const addNotice = async (request: BotRequest, r: BotReply): Promise<BotReply> => {
    try {
      await deps.store.setBlockedNotice(request.userId, false);
    } catch (error) {
      logger.warn({ err: errorMessage(error) }, "core: could not clear the paused-reminders notice");
    }
    const notice = ctx.t(r.lang)("reminders:blockedNotice");
    return r.text.includes(notice) ? r : { ...r, text: `${notice}\n\n${r.text}` };
  };

  return {
    stored,
    hinted,
    async localeFor(request) {
      // A copy: asking for the language alone must not take the notice meant for the user's next reply.
      return (await stored({ ...request })) ?? hinted(request.localeHints);
    },
    // Deleted once used: a request object handled twice (a retry) must not show the notice twice.
    withPausedNotice: (request, r) => (noticePending.delete(request) ? addNotice(request, r) : r),
  };
}
