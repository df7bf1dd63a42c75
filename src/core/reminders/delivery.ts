import type { BotReply } from "../reply.js";
import type { RateLimits } from "./rate-limiter.js";

/**
 * Outcome of delivering one reminder. `blocked` means the user blocked the bot (Telegram 403) or
 * closed DMs (Discord 50007): the scheduler pauses that user's reminders instead of retrying forever.
 */
export type DeliveryResult =
  | { readonly kind: "sent" }
  | { readonly kind: "blocked" }
  | { readonly kind: "retry"; readonly afterMs: number }
  | { readonly kind: "failed"; readonly error: string };

/**
 * Port implemented by each platform adapter; the scheduler calls it at the rate the sender declares.
 * The sender says which users it reaches and how fast, so the core knows no platform by name.
 */
export interface ReminderSender {
  /** The platform's name in logs and metrics; the core never branches on it. */
  readonly platform: string;
  /** The start of the user ids this sender reaches, as its adapter builds them; a whole id works too (the console's one user). */
  readonly userPrefix: string;
  /** The platform's send limits. */
  readonly rates: RateLimits;
  /** `userId` is platform-scoped (it starts with `userPrefix`), as in BotRequest. */
  send(userId: string, reply: BotReply): Promise<DeliveryResult>;
}
