import { type Api, GrammyError } from "grammy";
import type { BotReply } from "../../core/reply.js";
import type { DeliveryResult, ReminderSender } from "../../core/reminders/delivery.js";
import { renderReply } from "./render-reply.js";

const TELEGRAM_USER = /^tg:(\d{1,20})$/;

/** Bot API limits for bulk sends: about 30 messages a second overall (25 leaves room for replies) and one a second per chat. */
export const TELEGRAM_SEND_RATES = { perSecond: 25, perChatGapMs: 1_000 } as const;

/**
 * Delivers reminders through the Bot API. The scheduler decides what happens next from the result:
 * 403 (the user blocked the bot or deleted the account) → `blocked`, so the user's reminders are
 * paused instead of retried forever; 429 → `retry` after Telegram's `retry_after`; anything else
 * → `failed`. The api's auto-retry transformer has a bounded delay, so a long `retry_after` reaches
 * this function as an error instead of blocking the scheduler.
 */
export function createTelegramReminderSender(api: Api): ReminderSender {
  return {
    platform: "telegram",
    userPrefix: "tg:",
    rates: TELEGRAM_SEND_RATES,
    async send(userId: string, reply: BotReply): Promise<DeliveryResult> {
      const match = TELEGRAM_USER.exec(userId);
      if (!match?.[1]) return { kind: "failed", error: "not a Telegram user id" };
      const chatId = Number(match[1]);
      try {
        for (const message of renderReply(reply)) {
          await api.sendMessage(chatId, message.text, {
            link_preview_options: { is_disabled: true },
            ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
          });
        }
        return { kind: "sent" };
      } catch (error) {
        return deliveryFailure(error);
      }
    },
  };
}

/** Maps a Bot API failure to a delivery result. Exported for the interactive path, which treats 403 the same way. */
export function deliveryFailure(error: unknown): DeliveryResult {
  if (error instanceof GrammyError) {
    if (error.error_code === 403) return { kind: "blocked" };
    if (error.error_code === 429) return { kind: "retry", afterMs: Math.max(1, error.parameters.retry_after ?? 1) * 1000 };
    return { kind: "failed", error: `${error.method}: ${error.error_code}` };
  }
  return { kind: "failed", error: error instanceof Error ? error.name : "unknown error" };
}
