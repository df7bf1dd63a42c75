/**
 * Send budget for one platform: a sliding one-second window for the overall rate (never more than
 * `perSecond` sends in any second, unlike a token bucket that allows a double burst) plus a minimum
 * gap per chat.
 * Pure arithmetic on the times passed in (no timers), so the scheduler stays testable with a fake
 * clock. A burst is spread over time by the caller keeping what it could not send yet.
 */
export interface RateLimits {
  /** Overall messages per second (each sender declares its platform's: see the adapters' reminder senders). */
  readonly perSecond: number;
  /** Minimum milliseconds between two messages to the same chat. */
  readonly perChatGapMs: number;
}

export class RateLimiter {
  /** Times of the last `perSecond` sends, oldest first (a ring): a sliding one-second window. */
  private readonly ring: number[];
  private head = 0;
  private readonly lastPerChat = new Map<string, number>();

  constructor(private readonly limits: RateLimits) {
    this.ring = new Array<number>(Math.max(1, Math.floor(limits.perSecond))).fill(Number.NEGATIVE_INFINITY);
  }

  /** True (and the send is counted) when a message to `chat` may go out at `now`. */
  tryTake(chat: string, now: number): boolean {
    if (this.exhausted(now)) return false;
    const lastChat = this.lastPerChat.get(chat);
    if (lastChat !== undefined && now - lastChat < this.limits.perChatGapMs) return false;
    this.ring[this.head] = now;
    this.head = (this.head + 1) % this.ring.length;
    this.lastPerChat.set(chat, now);
    return true;
  }

  /** True when the last second already holds `perSecond` sends (the caller can stop scanning its queue). */
  exhausted(now: number): boolean {
    // The slot about to be reused holds the oldest of the last `perSecond` sends.
    return now - (this.ring[this.head] as number) < 1000;
  }

  /** Forgets per-chat entries older than the gap, so the map does not grow with every user ever sent to. */
  prune(now: number): void {
    for (const [chat, at] of this.lastPerChat) if (now - at >= this.limits.perChatGapMs) this.lastPerChat.delete(chat);
  }
}
