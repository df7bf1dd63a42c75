import { DiscordAPIError, RateLimitError, type RequestData, Routes } from "discord.js";
import type { Translator } from "../../core/i18n/translator.js";
import type { CoreLogger } from "../../core/logger.js";
import type { DeliveryResult, ReminderSender } from "../../core/reminders/delivery.js";
import type { BotReply } from "../../core/reply.js";
import { type DiscordMessage, renderReply } from "./render.js";

/** The one REST method the sender needs; `@discordjs/rest`'s `REST` satisfies it. */
export interface RestPoster {
  post(route: `/${string}`, options: RequestData): Promise<unknown>;
}

/** Discord JSON error code: "Cannot send messages to this user" (DMs closed, blocked, or no shared server). */
export const CANNOT_MESSAGE_USER = 50007;

/** When Discord asks to wait longer than this, the sender hands the wait back to the scheduler instead of sleeping. */
export const INLINE_RATE_LIMIT_WAIT_MS = 1_500;

export interface DiscordReminderSenderDeps {
  readonly rest: RestPoster;
  readonly translator: Translator;
  readonly logger: CoreLogger;
}

/**
 * Delivers reminders as DMs over REST only, so it works the same with one client or under the
 * ShardingManager (no gateway connection needed in the process that runs the scheduler).
 * 50007 → `blocked` (the scheduler pauses the user's reminders and stores the notice the core shows
 * once, at the user's next private reply); rate limits → `retry` after Discord's wait; anything else → `failed`.
 */
/** Discord allows 50 requests a second globally (40 leaves room for interactions); one DM a second per user. */
export const DISCORD_SEND_RATES = { perSecond: 40, perChatGapMs: 1_000 } as const;

export function createDiscordReminderSender(deps: DiscordReminderSenderDeps): ReminderSender {
  const dmChannels = new Map<string, string>();

  const dmChannelOf = async (snowflake: string): Promise<string> => {
    const known = dmChannels.get(snowflake);
    if (known) return known;
    const channel = (await deps.rest.post(Routes.userChannels(), { body: { recipient_id: snowflake } })) as { id?: unknown };
    if (typeof channel?.id !== "string") throw new Error("discord: creating the DM channel returned no channel id");
    if (dmChannels.size >= 10_000) dmChannels.clear();
    dmChannels.set(snowflake, channel.id);
    return channel.id;
  };

  return {
    platform: "discord",
    userPrefix: "dc:",
    rates: DISCORD_SEND_RATES,
    async send(userId: string, reply: BotReply): Promise<DeliveryResult> {
      const snowflake = /^dc:(\d{17,20})$/.exec(userId)?.[1];
      if (!snowflake) return { kind: "failed", error: "not a Discord user id" };
      try {
        const channelId = await dmChannelOf(snowflake);
        for (const message of renderReply(reply, { ephemeral: false, t: deps.translator.forLocale(reply.lang) })) {
          await deps.rest.post(Routes.channelMessages(channelId), { body: toApiBody(message) });
        }
        return { kind: "sent" };
      } catch (error) {
        if (error instanceof DiscordAPIError && error.code === CANNOT_MESSAGE_USER) return { kind: "blocked" };
        if (error instanceof RateLimitError) return { kind: "retry", afterMs: Math.max(error.retryAfter, 1) };
        if (error instanceof DiscordAPIError && error.status === 429) return { kind: "retry", afterMs: 1_000 };
        const description = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        deps.logger.warn({ err: description }, "discord: reminder DM failed");
        return { kind: "failed", error: description };
      }
    },
  };
}

/** The REST body of a message: discord.js option names → API field names. */
export function toApiBody(message: DiscordMessage): Record<string, unknown> {
  return {
    content: message.content,
    components: message.components,
    allowed_mentions: { parse: [] },
    ...(message.flags !== undefined ? { flags: message.flags } : {}),
  };
}
