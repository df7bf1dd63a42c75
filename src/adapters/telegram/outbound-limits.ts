/**
 * Telegram's flood limits (Bot FAQ; ../shared/domain/platform-limits.md): about one message per
 * second in a chat with short bursts tolerated, 20 per minute in a group, about 30 per second
 * overall. The global window counts a send until its response is back, so requests that were slow
 * to leave cannot bunch up at Telegram's end: the full 30 per second is safe.
 */
export interface OutboundLimits {
  /** Sends in any window of `globalWindowMs`, all chats together. */
  readonly globalPerWindow: number;
  readonly globalWindowMs: number;
  /** Sends a chat may get at once (token bucket size): a reply split in parts goes out together. */
  readonly chatBurst: number;
  /** One more send per chat every this many ms (the bucket's refill). */
  readonly chatIntervalMs: number;
  /** Sends in any window of `groupWindowMs` to one group or channel (negative chat id). */
  readonly groupPerWindow: number;
  readonly groupWindowMs: number;
  /** Calls on the wire at once. */
  readonly maxInFlight: number;
  /** Attempts per call when Telegram answers 429; after that the 429 is returned to the caller. */
  readonly maxAttempts: number;
  /** A `retry_after` longer than this pauses the queue but is returned to the caller at once (reminders reschedule). */
  readonly maxWaitSeconds: number;
  /**
   * Added to every window and pause: our clock and Telegram's are read at different moments and with
   * different precision (a 1 s pause measured here in whole milliseconds ended a fraction of a
   * millisecond before the server's in a test).
   */
  readonly marginMs: number;
}

export const DEFAULT_OUTBOUND_LIMITS: OutboundLimits = {
  globalPerWindow: 30,
  globalWindowMs: 1_000,
  chatBurst: 3,
  chatIntervalMs: 1_000,
  groupPerWindow: 20,
  groupWindowMs: 60_000,
  maxInFlight: 100,
  maxAttempts: 4,
  maxWaitSeconds: 30,
  marginMs: 25,
};
