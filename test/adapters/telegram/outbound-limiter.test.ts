import type { Transformer } from "grammy";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createOutboundLimiter, type OutboundLimits } from "../../../src/adapters/telegram/outbound-limiter.js";

interface Started {
  readonly method: string;
  readonly chat: unknown;
  readonly at: number;
}

/** A fake network under the limiter: records when each call starts; `answer` may return a 429. */
function setup(limits: Partial<OutboundLimits>, answer: (call: Started, n: number) => unknown = () => ({ ok: true, result: true })) {
  const started: Started[] = [];
  // No clock margin unless a test asks for one, so the arithmetic below is exact.
  const limiter = createOutboundLimiter({ marginMs: 0, ...limits });
  const prev = (async (method: string, payload: Record<string, unknown>) => {
    const call = { method, chat: payload?.chat_id, at: Date.now() };
    started.push(call);
    return answer(call, started.length);
  }) as unknown as Parameters<Transformer>[0];
  const send = (chat: number | string, method = "sendMessage") =>
    limiter.transformer(prev, method as "sendMessage", { chat_id: chat, text: "x" } as never) as Promise<{ ok: boolean }>;
  return { started, limiter, send };
}

/** Most calls that started inside any window of `windowMs`. */
function peak(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while ((sorted[i] as number) - (sorted[j] as number) >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("outbound limiter", () => {
  it("never starts more than globalPerWindow calls in any window, and queues the rest instead of dropping them", async () => {
    const { started, send, limiter } = setup({ globalPerWindow: 10, globalWindowMs: 1_000 });
    const results = Array.from({ length: 100 }, (_, i) => send(i + 1));
    expect(started).toHaveLength(10);
    expect(limiter.queued()).toBe(90);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await Promise.all(results)).toHaveLength(100);
    expect(started).toHaveLength(100);
    expect(
      peak(
        started.map((s) => s.at),
        1_000,
      ),
    ).toBe(10);
    // 100 calls at 10 per second: the last starts 9 s after the first, not later.
    expect(started.at(-1)!.at - started[0]!.at).toBe(9_000);
  });

  it("lets a chat burst, then one call per interval; other chats are not held up by it", async () => {
    const { started, send } = setup({ chatBurst: 3, chatIntervalMs: 1_000 });
    const mine = Array.from({ length: 6 }, () => send(7));
    const other = send(8);
    await other;
    expect(started.filter((s) => s.chat === 8)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10_000);
    await Promise.all(mine);
    const t0 = started[0]!.at;
    expect(started.filter((s) => s.chat === 7).map((s) => s.at - t0)).toEqual([0, 0, 0, 1_000, 2_000, 3_000]);
  });

  it("keeps a group to groupPerWindow calls per window", async () => {
    const { started, send } = setup({ groupPerWindow: 20, groupWindowMs: 60_000, chatBurst: 100, chatIntervalMs: 1 });
    const all = Array.from({ length: 25 }, () => send(-100123));
    await vi.advanceTimersByTimeAsync(70_000);
    await Promise.all(all);
    const times = started.map((s) => s.at - started[0]!.at);
    expect(times.filter((t) => t < 60_000)).toHaveLength(20);
    expect(times[20]).toBe(60_000);
    expect(peak(times, 60_000)).toBe(20);
  });

  it("pauses every chat for retry_after after one 429, then retries the refused call first", async () => {
    let refused = false;
    const { started, send, limiter } = setup({ globalPerWindow: 100 }, (call, n) => {
      if (n === 3 && !refused) {
        refused = true;
        return { ok: false, error_code: 429, description: "Too Many Requests: retry after 2", parameters: { retry_after: 2 } };
      }
      return { ok: true, result: call.chat };
    });
    const first = Array.from({ length: 3 }, (_, i) => send(i + 1));
    await vi.advanceTimersByTimeAsync(0);
    const floodAt = Date.now();
    expect(limiter.pausedUntil()).toBe(floodAt + 2_000);
    const later = Array.from({ length: 5 }, (_, i) => send(i + 10));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(started).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(10);
    const results = await Promise.all([...first, ...later]);
    expect(results.every((r) => r.ok)).toBe(true);
    const after = started.slice(3);
    expect(after).toHaveLength(6);
    expect(after.every((s) => s.at >= floodAt + 2_000)).toBe(true);
    expect(after[0]!.chat).toBe(3); // the refused call goes first
  });

  it("returns a 429 longer than maxWaitSeconds to the caller at once, but still pauses the queue", async () => {
    const { send, limiter, started } = setup({ maxWaitSeconds: 30 }, (_call, n) =>
      n === 1
        ? { ok: false, error_code: 429, description: "Too Many Requests", parameters: { retry_after: 120 } }
        : { ok: true, result: true },
    );
    const result = await send(1);
    expect(result.ok).toBe(false);
    expect(limiter.pausedUntil()).toBeGreaterThan(Date.now() + 119_000);
    const next = send(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(61_000);
    expect((await next).ok).toBe(true);
  });

  it("lets calls without a chat through at once (getUpdates must never wait behind replies)", async () => {
    const { started, limiter } = setup({ globalPerWindow: 1 });
    const prev = (async () => ({ ok: true, result: [] })) as unknown as Parameters<Transformer>[0];
    await limiter.transformer(prev, "getUpdates", { offset: 1 } as never);
    expect(started).toHaveLength(0);
    expect(limiter.queued()).toBe(0);
  });

  it("gives up after maxAttempts 429s and returns the last one", async () => {
    const { send, started } = setup({ maxAttempts: 3 }, () => ({
      ok: false,
      error_code: 429,
      description: "flood",
      parameters: { retry_after: 1 },
    }));
    const result = send(5);
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await result).ok).toBe(false);
    expect(started).toHaveLength(3);
  });

  it("forgets chats once they are idle again, so its memory does not grow with every user", async () => {
    const { send, limiter } = setup({ globalPerWindow: 1_000, chatBurst: 3, chatIntervalMs: 1_000 });
    const all = Promise.all(Array.from({ length: 3_000 }, (_, i) => send(i + 1)));
    await vi.advanceTimersByTimeAsync(3_000);
    await all;
    expect(limiter.trackedChats()).toBe(3_000);
    // Every bucket is full again after chatBurst × chatIntervalMs; the next send sweeps them.
    await vi.advanceTimersByTimeAsync(4_000);
    await send(999_999);
    expect(limiter.trackedChats()).toBe(1);
  });
});
