import type { BotReply } from "../reply.js";

/**
 * Outcome of delivering one reminder. `blocked` means the user blocked the bot (Telegram 403) or
 * closed DMs (Discord 50007): the scheduler pauses that user's reminders instead of retrying forever.
 */
export type DeliveryResult =
  | { readonly kind: "sent" }
  | { readonly kind: "blocked" }
  | { readonly kind: "retry"; readonly afterMs: number }
  | { readonly kind: "failed"; readonly error: string };

/** Port implemented by each platform adapter; the scheduler calls it at the platform's rate. */
export interface ReminderSender {
  /** "console": the console chat prints reminders while it is open (user id "console"). */
  readonly platform: "telegram" | "discord" | "console";
  /** `userId` is platform-scoped ("tg:42", "dc:9"), as in BotRequest. */
  send(userId: string, reply: BotReply): Promise<DeliveryResult>;
}
