/**
 * The scheduler's rate limiter counts a send at its tick's time, but a send leaves only after its reads (the
 * reminder, the profile, the log), which take longer on a busy database: one tick's sends could leave
 * late and the next tick's early, bunching more than the rate into one second at the Bot API. The
 * pacer counts the moment each send is released (the clock, read again; only the claim, one short
 * write, follows) and waits when `perSecond` were released within the last second plus an allowance
 * for the claim and the transit. Used by the timer-driven ticks only: a tick given an explicit time
 * (tests, benchmarks) has no real moment to pace against.
 */
export class SendPacer {
  private readonly ring: number[];
  private head = 0;
  private last = Number.NEGATIVE_INFINITY;
  /** Releases are also spread evenly (1000 / perSecond apart): a burst of 25 at once would queue its claims. */
  private readonly gapMs: number;
  constructor(
    perSecond: number,
    private readonly now: () => number,
    private readonly windowMs = 1_000 + PACER_TRANSIT_ALLOWANCE_MS,
  ) {
    this.ring = new Array<number>(Math.max(1, Math.floor(perSecond))).fill(Number.NEGATIVE_INFINITY);
    this.gapMs = 1_000 / Math.max(1, perSecond);
  }

  async pass(): Promise<void> {
    for (;;) {
      const t = this.now();
      const wait = Math.max((this.ring[this.head] as number) + this.windowMs - t, this.last + this.gapMs - t);
      if (wait <= 0) {
        this.ring[this.head] = t;
        this.head = (this.head + 1) % this.ring.length;
        this.last = t;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Sends released together can arrive up to this much apart (claim, event loop, network). */
const PACER_TRANSIT_ALLOWANCE_MS = 150;
