import type { BotCore } from "../../core/bot-core.js";
import { type Locale, resolveLocale } from "../../core/i18n/locales.js";
import type { BotReply } from "../../core/reply.js";
import type { BotRequest } from "../../core/request.js";
import type { PlatformMetrics } from "../../ports/platform-metrics.js";
import type { DmClosedNotices } from "./dm-closed-notices.js";

export interface BackendAnswer {
  readonly reply: BotReply;
  /** A reminder DM to this user failed with 50007 since their last interaction: tell them once. */
  readonly dmsClosed: boolean;
}

/**
 * Where interactions are answered. In one process it is the core itself; under sharding each shard
 * forwards to the manager process over IPC (ipc-backend.ts), so one process owns the store and the
 * reminder scheduler.
 */
export interface DiscordBackend {
  answer(request: BotRequest): Promise<BackendAnswer>;
  /** The user's reply language: stored choice, then the platform hints, then the default. */
  locale(userId: string, hints: readonly unknown[]): Promise<Locale>;
}

export function createLocalBackend(core: BotCore, notices: DmClosedNotices): DiscordBackend {
  const defaultLocale = core.deps.defaultLocale ?? "en";
  return {
    async answer(request) {
      const reply = await core.handle(request);
      return { reply, dmsClosed: notices.take(request.userId) };
    },
    async locale(userId, hints) {
      try {
        const stored = (await core.deps.store.getProfile(userId))?.language;
        if (stored) return stored;
      } catch {
        // Falls through to the hints: a store hiccup must not break autocomplete or error replies.
      }
      return resolveLocale(hints, defaultLocale);
    },
  };
}

const KIND_OF: Readonly<Record<BotRequest["kind"], string>> = { command: "command", action: "component", text: "direct_message" };

/** Counts interactions and replies by kind, intent and language (no ids or text) around a backend. */
export function countedBackend(backend: DiscordBackend, metrics: PlatformMetrics): DiscordBackend {
  return {
    async answer(request) {
      metrics.update("discord", KIND_OF[request.kind]);
      try {
        const answer = await backend.answer(request);
        metrics.reply("discord", answer.reply.answer.intent, answer.reply.lang);
        return answer;
      } catch (error) {
        metrics.error("discord_interaction");
        throw error;
      }
    },
    locale: (userId, hints) => backend.locale(userId, hints),
  };
}
