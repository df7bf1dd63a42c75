import type { Transformer } from "grammy";

import { DEFAULT_OUTBOUND_LIMITS, type OutboundLimits } from "./outbound-limits.js";

export { DEFAULT_OUTBOUND_LIMITS, type OutboundLimits } from "./outbound-limits.js";

export interface OutboundLimiterDeps {
  readonly now?: () => number;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
  /** Told about each 429 (for a log line), with the pause it caused. */
  readonly onFlood?: (info: { method: string; retryAfterSeconds: number }) => void;
  /** Told when a call leaves the queue for the network (metrics; tests compare it with what the server saw). */
  readonly onStart?: (info: { method: string; chat: string | number; attempt: number }) => void;
}

export interface OutboundLimiter {
  /** The grammY API transformer; install it first so it sits closest to the network. */
  readonly transformer: Transformer;
  /** Calls waiting for their turn (for tests and metrics). */
  queued(): number;
  /** Milliseconds since the epoch until which every send waits after a 429 (0 when not paused). */
  pausedUntil(): number;
  /** Chats the limiter holds state for (bounded: idle ones are forgotten). */
  trackedChats(): number;
}

interface Job {
  readonly chat: string | number;
  readonly group: boolean;
  readonly method: string;
  readonly start: () => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  attempts: number;
}

interface ChatState {
  readonly queue: Job[];
  tokens: number;
  refilledAt: number;
  /** Send times in the group window (groups only), oldest first. */
  readonly groupSends: number[];
}

/** A ring slot whose send has started and not completed yet. */
const IN_FLIGHT = Number.POSITIVE_INFINITY;

/** Calls without a chat (getUpdates, getMe, setMyCommands, answerCallbackQuery…) are not messages to anyone: they pass. */
function chatOf(payload: unknown): string | number | undefined {
  if (typeof payload !== "object" || payload === null) return undefined;
  const chat = (payload as { chat_id?: unknown }).chat_id;
  return typeof chat === "number" || typeof chat === "string" ? chat : undefined;
}

function floodWait(result: unknown): number | undefined {
  if (typeof result !== "object" || result === null) return undefined;
  const r = result as { ok?: unknown; error_code?: unknown; parameters?: { retry_after?: unknown } };
  if (r.ok !== false || r.error_code !== 429) return undefined;
  const after = r.parameters?.retry_after;
  return typeof after === "number" && after > 0 ? after : 1;
}

/**
 * One queue for every message the bot sends through this API client (replies, edits, reminders):
 * calls wait for their turn instead of being dropped, chats are served in the order their first
 * waiting call arrived (one busy chat cannot starve the others), and a 429 pauses the whole queue
 * for its `retry_after` before the refused call is tried again — every request that goes out after
 * a 429 respects it, not just the one that got it.
 *
 * In the style of @grammyjs/transformer-throttler, without Bottleneck: a sliding window for the
 * global rate (never more than `globalPerWindow` in any window, unlike a bucket that allows a double
 * burst), a token bucket per chat and a sliding window per group. Timers only run while something
 * waits.
 */
export function createOutboundLimiter(limits: Partial<OutboundLimits> = {}, deps: OutboundLimiterDeps = {}): OutboundLimiter {
  const l: OutboundLimits = { ...DEFAULT_OUTBOUND_LIMITS, ...limits };
  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  const chats = new Map<string | number, ChatState>();
  /** Chats with waiting calls, in the order they started waiting (Map iteration order). */
  const waiting = new Map<string | number, ChatState>();
  /** Send times of the last `globalPerWindow` sends, a ring: the slot at `head` is the oldest. */
  const ring = new Array<number>(Math.max(1, Math.floor(l.globalPerWindow))).fill(Number.NEGATIVE_INFINITY);
  let head = 0;
  let inFlight = 0;
  let queuedCount = 0;
  let paused = 0;
  let timer: unknown;
  let timerAt = Number.POSITIVE_INFINITY;

  const stateOf = (chat: string | number): ChatState => {
    let s = chats.get(chat);
    if (!s) {
      s = { queue: [], tokens: l.chatBurst, refilledAt: now(), groupSends: [] };
      chats.set(chat, s);
    }
    return s;
  };

  const refill = (s: ChatState, t: number) => {
    if (s.tokens >= l.chatBurst) {
      s.refilledAt = t;
      return;
    }
    const gained = Math.floor((t - s.refilledAt) / l.chatIntervalMs);
    if (gained > 0) {
      s.tokens = Math.min(l.chatBurst, s.tokens + gained);
      s.refilledAt = s.tokens >= l.chatBurst ? t : s.refilledAt + gained * l.chatIntervalMs;
    }
  };

  /** Earliest time this chat may send (≤ t when it may send now). */
  const chatReadyAt = (s: ChatState, group: boolean, t: number): number => {
    refill(s, t);
    let at = s.tokens > 0 ? t : s.refilledAt + l.chatIntervalMs;
    if (group) {
      while (s.groupSends.length > 0 && t - (s.groupSends[0] as number) >= l.groupWindowMs) s.groupSends.shift();
      if (s.groupSends.length >= l.groupPerWindow) at = Math.max(at, (s.groupSends[0] as number) + l.groupWindowMs);
    }
    return at;
  };

  const schedule = (at: number) => {
    if (at >= timerAt) return;
    if (timer !== undefined) clearTimer(timer);
    timerAt = at;
    timer = setTimer(
      () => {
        timer = undefined;
        timerAt = Number.POSITIVE_INFINITY;
        pump();
      },
      Math.max(1, at - now()),
    );
  };

  /** An idle chat whose bucket is full again and whose group window is empty is the same as a new one. */
  const idle = (s: ChatState, t: number): boolean => {
    if (s.queue.length > 0) return false;
    refill(s, t);
    while (s.groupSends.length > 0 && t - (s.groupSends[0] as number) >= l.groupWindowMs) s.groupSends.shift();
    return s.tokens >= l.chatBurst && s.groupSends.length === 0;
  };
  const forget = (chat: string | number, s: ChatState) => {
    if (idle(s, now())) chats.delete(chat);
  };
  // Past a thousand chats the map is swept, at most once per bucket refill time (a bucket refills fully
  // in chatBurst × chatIntervalMs), so it does not keep every user the bot ever wrote to.
  let lastSweep = Number.NEGATIVE_INFINITY;
  const maybeSweep = () => {
    const t = now();
    if (chats.size < 1_000 || t - lastSweep < l.chatBurst * l.chatIntervalMs) return;
    lastSweep = t;
    for (const [chat, s] of chats) if (idle(s, t)) chats.delete(chat);
  };

  const pump = (): void => {
    const t = now();
    if (t < paused) {
      schedule(paused);
      return;
    }
    let nextAt = Number.POSITIVE_INFINITY;
    for (const [chat, s] of waiting) {
      if (inFlight >= l.maxInFlight) return; // a finishing call pumps again
      // The oldest of the last sends is still on the wire: its completion pumps again.
      if (ring[head] === IN_FLIGHT) return;
      const globalAt = (ring[head] as number) + l.globalWindowMs + l.marginMs;
      if (globalAt > t) {
        schedule(globalAt);
        return;
      }
      const job = s.queue[0] as Job;
      const readyAt = chatReadyAt(s, job.group, t);
      if (readyAt > t) {
        nextAt = Math.min(nextAt, readyAt);
        continue;
      }
      s.queue.shift();
      queuedCount--;
      if (s.queue.length === 0) waiting.delete(chat);
      s.tokens--;
      if (job.group) s.groupSends.push(t);
      // Counted as on the wire until it completes, then at its completion time: Telegram counts a request
      // when it arrives, somewhere between the two, so a window measured from starts could be overrun by
      // requests that were slow to leave (measured: arrivals bunched on a loaded machine).
      const slot = head;
      ring[slot] = IN_FLIGHT;
      head = (head + 1) % ring.length;
      run(job, s, slot);
    }
    if (nextAt < Number.POSITIVE_INFINITY) schedule(nextAt);
  };

  const enqueue = (job: Job, front: boolean) => {
    maybeSweep();
    const s = stateOf(job.chat);
    queuedCount++;
    if (!front) {
      s.queue.push(job);
      if (!waiting.has(job.chat)) waiting.set(job.chat, s);
      return;
    }
    // A call refused with 429 goes first when the pause ends (rare, so rebuilding the order is fine).
    s.queue.unshift(job);
    const rest = [...waiting].filter(([chat]) => chat !== job.chat);
    waiting.clear();
    waiting.set(job.chat, s);
    for (const [chat, state] of rest) waiting.set(chat, state);
  };

  const run = (job: Job, s: ChatState, slot: number) => {
    inFlight++;
    job.attempts++;
    deps.onStart?.({ method: job.method, chat: job.chat, attempt: job.attempts });
    const done = () => {
      inFlight--;
      ring[slot] = now();
    };
    job.start().then(
      (result) => {
        done();
        const wait = floodWait(result);
        if (wait !== undefined) {
          paused = Math.max(paused, now() + wait * 1000 + l.marginMs);
          deps.onFlood?.({ method: job.method, retryAfterSeconds: wait });
          if (job.attempts < l.maxAttempts && wait <= l.maxWaitSeconds) {
            enqueue(job, true);
            pump();
            return;
          }
        }
        job.resolve(result);
        if (s.queue.length === 0) forget(job.chat, s);
        pump();
      },
      (error: unknown) => {
        done();
        job.reject(error);
        pump();
      },
    );
  };

  const transformer: Transformer = (prev, method, payload, signal) => {
    const chat = chatOf(payload);
    if (chat === undefined) return prev(method, payload, signal);
    return new Promise<Awaited<ReturnType<typeof prev>>>((resolve, reject) => {
      const group = typeof chat === "string" ? chat.startsWith("@") || chat.startsWith("-") : chat < 0;
      enqueue(
        { chat, group, method, start: () => prev(method, payload, signal), resolve: resolve as (v: unknown) => void, reject, attempts: 0 },
        false,
      );
      pump();
    });
  };

  return { transformer, queued: () => queuedCount, pausedUntil: () => (paused > now() ? paused : 0), trackedChats: () => chats.size };
}
