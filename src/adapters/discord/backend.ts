import type { BotCore } from "../../core/bot-core.js";
import type { Locale } from "../../core/i18n/locales.js";
import type { BotReply } from "../../core/reply.js";
import type { BotRequest } from "../../core/request.js";
import type { PlatformMetrics } from "../../ports/platform-metrics.js";

export interface BackendAnswer {
  /** The core's reply; a "your reminders were paused" notice is in it when one was waiting (the core's one mechanism). */
  readonly reply: BotReply;
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

export function createLocalBackend(core: BotCore): DiscordBackend {
  return {
    async answer(request) {
      return { reply: await core.handle(request) };
    },
    // The core decides (a store hiccup falls back to the hints there): one place for the reply language.
    locale: (userId, hints) => core.localeFor({ userId, chatId: userId, isPrivate: true, localeHints: hints }),
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
