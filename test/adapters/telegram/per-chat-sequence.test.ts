import type { Context } from "grammy";
import { describe, expect, it } from "vitest";
import { perChatSequence } from "../../../src/adapters/telegram/per-chat-sequence.js";

const ctxOf = (chat: string) => ({ chat }) as unknown as Context;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("perChatSequence", () => {
  const middleware = () => perChatSequence((ctx) => (ctx as unknown as { chat?: string }).chat);

  it("runs updates of one chat in arrival order, even when the first is slower", async () => {
    const mw = middleware();
    const log: string[] = [];
    const step = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await sleep(ms);
      log.push(`end ${name}`);
    };
    await Promise.all([mw(ctxOf("a"), step("a1", 30)), mw(ctxOf("a"), step("a2", 1)), mw(ctxOf("a"), step("a3", 1))]);
    expect(log).toEqual(["start a1", "end a1", "start a2", "end a2", "start a3", "end a3"]);
  });

  it("runs different chats concurrently", async () => {
    const mw = middleware();
    const log: string[] = [];
    await Promise.all([
      mw(ctxOf("a"), async () => {
        log.push("start a");
        await sleep(30);
        log.push("end a");
      }),
      mw(ctxOf("b"), async () => {
        log.push("b");
      }),
    ]);
    expect(log).toEqual(["start a", "b", "end a"]);
  });

  it("keeps the chain going after a failure, and the failure reaches its own caller", async () => {
    const mw = middleware();
    const log: string[] = [];
    const failing = mw(ctxOf("a"), async () => {
      await sleep(5);
      throw new Error("boom");
    });
    const next = mw(ctxOf("a"), async () => {
      log.push("after");
    });
    await expect(failing).rejects.toThrow("boom");
    await next;
    expect(log).toEqual(["after"]);
  });

  it("passes updates without a chat straight through", async () => {
    const mw = middleware();
    let ran = false;
    await mw(ctxOf(undefined as unknown as string), async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});

describe("perChatSequence bookkeeping", () => {
  it("forgets a chat once its updates are done: the next update starts at once, numeric keys included", async () => {
    const mw = perChatSequence((ctx) => (ctx as unknown as { chat?: number }).chat);
    const ctx = { chat: 42 } as unknown as Context;
    await mw(ctx, async () => {});
    await expect(
      mw(ctx, async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    await new Promise((r) => setTimeout(r, 0));
    let startedSynchronously = false;
    const pending = mw(ctx, async () => {
      startedSynchronously = true;
    });
    expect(startedSynchronously).toBe(true);
    await pending;
  });
});
