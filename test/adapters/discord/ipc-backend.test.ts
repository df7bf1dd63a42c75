import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DiscordBackend } from "../../../src/adapters/discord/backend.js";
import { createIpcBackend, type IpcChannel, serveIpcBackend } from "../../../src/adapters/discord/ipc-backend.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { BotRequest } from "../../../src/core/request.js";
import { fakeReply } from "../../helpers/discord.js";

/** Two ends of a process IPC channel; messages go through structured clone like real IPC. */
function channelPair(): { shard: IpcChannel; manager: IpcChannel; toManager: EventEmitter } {
  const toShard = new EventEmitter();
  const toManager = new EventEmitter();
  const end = (out: EventEmitter, inbox: EventEmitter): IpcChannel => ({
    send: (message) => queueMicrotask(() => out.emit("message", structuredClone(message))),
    onMessage: (listener) => {
      inbox.on("message", listener);
      return () => inbox.off("message", listener);
    },
  });
  return { shard: end(toManager, toShard), manager: end(toShard, toManager), toManager };
}

const request: BotRequest = {
  platform: "discord",
  userId: "dc:1",
  chatId: "dc:2",
  isPrivate: true,
  localeHints: ["fr", null],
  kind: "command",
  command: "help",
  args: "",
  options: {},
};

afterEach(() => {
  vi.useRealTimers();
});

describe("IPC backend between a shard and the manager", () => {
  it("answers a shard's request with the manager's backend", async () => {
    const { shard, manager } = channelPair();
    const real: DiscordBackend = {
      answer: async () => ({ reply: fakeReply({ lang: "fr", text: "Bonjour" }) }),
      locale: async () => "pa",
    };
    serveIpcBackend(manager, real, silentLogger);
    const remote = createIpcBackend(shard);
    await expect(remote.answer(request)).resolves.toEqual({ reply: fakeReply({ lang: "fr", text: "Bonjour" }) });
    await expect(remote.locale("dc:1", ["en-US", null])).resolves.toBe("pa");
    remote.close();
  });

  it("rejects when the manager's backend fails", async () => {
    const { shard, manager } = channelPair();
    serveIpcBackend(manager, { answer: () => Promise.reject(new Error("disk full")), locale: async () => "en" }, silentLogger);
    await expect(createIpcBackend(shard).answer(request)).rejects.toThrow(/manager process failed/);
  });

  it("ignores malformed calls and discord.js's own messages", async () => {
    const { manager, toManager } = channelPair();
    const answer = vi.fn();
    serveIpcBackend(manager, { answer, locale: vi.fn() }, silentLogger);
    toManager.emit("message", { _ready: true });
    toManager.emit("message", { tag: "ircc-bot", id: 1, op: "answer", request: { ...request, userId: "tg:1" } });
    toManager.emit("message", { tag: "ircc-bot", id: 2, op: "answer", request: { ...request, command: "rm -rf" } });
    await Promise.resolve();
    expect(answer).not.toHaveBeenCalled();
  });

  it("times out when the manager does not answer", async () => {
    vi.useFakeTimers();
    const { shard } = channelPair();
    const pending = createIpcBackend(shard, { timeoutMs: 5_000 }).answer(request);
    const settled = expect(pending).rejects.toThrow(/did not answer within 5000 ms/);
    await vi.advanceTimersByTimeAsync(5_000);
    await settled;
  });
});
