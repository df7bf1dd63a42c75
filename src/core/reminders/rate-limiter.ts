/**
 * Send budget for one platform: a token bucket for the overall rate plus a minimum gap per chat.
 * Pure arithmetic on the times passed in (no timers), so the scheduler stays testable with a fake
 * clock. A burst is spread over time by the caller keeping what it could not send yet.
 */
export interface RateLimits {
  /** Overall messages per second (Telegram ≈30 for bulk: we use 25; Discord 50 global: we use 40). */
  readonly perSecond: number;
  /** Minimum milliseconds between two messages to the same chat (Telegram ≈1 s). */
  readonly perChatGapMs: number;
}

export const DEFAULT_RATES: Readonly<Record<"telegram" | "discord", RateLimits>> = {
  telegram: { perSecond: 25, perChatGapMs: 1_000 },
  discord: { perSecond: 40, perChatGapMs: 1_000 },
};

export class RateLimiter {
  private tokens: number;
  private last: number | undefined;
  private readonly lastPerChat = new Map<string, number>();

  constructor(private readonly limits: RateLimits) {
    this.tokens = limits.perSecond;
  }

  /** True (and the send is counted) when a message to `chat` may go out at `now`. */
  tryTake(chat: string, now: number): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    const lastChat = this.lastPerChat.get(chat);
    if (lastChat !== undefined && now - lastChat < this.limits.perChatGapMs) return false;
    this.tokens -= 1;
    this.lastPerChat.set(chat, now);
    return true;
  }

  /** True when no more overall budget is left at `now` (the caller can stop scanning its queue). */
  exhausted(now: number): boolean {
    this.refill(now);
    return this.tokens < 1;
  }

  /** Earliest time a message to `chat` may go, ignoring the overall budget. */
  chatReadyAt(chat: string): number {
    const lastChat = this.lastPerChat.get(chat);
    return lastChat === undefined ? 0 : lastChat + this.limits.perChatGapMs;
  }

  /** Forgets per-chat entries older than the gap, so the map does not grow with every user ever sent to. */
  prune(now: number): void {
    for (const [chat, at] of this.lastPerChat) if (now - at >= this.limits.perChatGapMs) this.lastPerChat.delete(chat);
  }

  private refill(now: number): void {
    if (this.last === undefined) {
      this.last = now;
      return;
    }
    const elapsed = Math.max(0, now - this.last);
    this.last = now;
    // Bucket capacity of one second of messages: a short burst, never more than the rate over a second.
    this.tokens = Math.min(this.limits.perSecond, this.tokens + (elapsed * this.limits.perSecond) / 1000);
  }
}
