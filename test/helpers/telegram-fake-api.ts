import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import { BOT_INFO, type ApiFailure, isFailure } from "./telegram-harness.js";

export interface FakeCall {
  readonly method: string;
  readonly payload: Record<string, unknown>;
  /** ms since the fake started, when the request arrived. */
  readonly at: number;
}

/** Answers one call: a result, an {@link ApiFailure}, or undefined for the default; may be async (slow server). */
export type FakeResponder = (call: FakeCall) => unknown | Promise<unknown>;

/**
 * A fake Telegram Bot API on 127.0.0.1 for end-to-end tests of the real bot process (TELEGRAM_API_ROOT
 * points here). It speaks the HTTP shape grammY uses (`POST /bot<token>/<method>` with a JSON body),
 * holds `getUpdates` open like Telegram's long polling until updates are pushed, honours `offset`
 * confirmation, and records every call. Nothing leaves the machine.
 */
export class FakeTelegramApi {
  readonly calls: FakeCall[] = [];
  respond: FakeResponder = () => undefined;
  private readonly updates: Update[] = [];
  private waiters: (() => void)[] = [];
  private readonly started = Date.now();
  private messageId = 5000;
  private server: Server | undefined;
  private nextUpdateId = 1;
  /** Highest offset a getUpdates call asked for (updates below it are confirmed). */
  confirmedOffset = 0;

  constructor(private readonly token: string) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.route(req)
        .then((body) => {
          const status = isFailure(body) ? body.error_code : 200;
          res.writeHead(status, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        })
        .catch(() => {
          if (!res.headersSent) res.writeHead(500).end();
        });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.wake();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Queues an update for the bot (given an id in order) and wakes a pending getUpdates. */
  push(update: Omit<Update, "update_id">): number {
    const id = this.nextUpdateId++;
    this.updates.push({ ...update, update_id: id } as Update);
    this.wake();
    return id;
  }

  method(name: string): FakeCall[] {
    return this.calls.filter((c) => c.method === name);
  }

  sent(chatId: number): FakeCall[] {
    return this.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === chatId);
  }

  /** Resolves with the first call matching `predicate` (already made or future), or rejects after `timeoutMs`. */
  async waitFor(predicate: (call: FakeCall) => boolean, timeoutMs = 10_000, what = "a matching call"): Promise<FakeCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find(predicate);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`fake Telegram: timed out waiting for ${what}; calls: ${this.calls.map((c) => c.method).join(", ")}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private wake() {
    const current = this.waiters;
    this.waiters = [];
    for (const w of current) w();
  }

  private async route(req: IncomingMessage): Promise<unknown> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    const payload = await readJson(req);
    if (!match || match[1] !== this.token) return failure(401, "Unauthorized");
    const call: FakeCall = { method: match[2]!, payload, at: Date.now() - this.started };
    this.calls.push(call);
    const custom = await this.respond(call);
    if (isFailure(custom)) return custom;
    if (custom !== undefined) return { ok: true, result: custom };
    return { ok: true, result: await this.defaultResult(call, req) };
  }

  private async defaultResult(call: FakeCall, req: IncomingMessage): Promise<unknown> {
    switch (call.method) {
      case "getMe":
        return BOT_INFO;
      case "getUpdates":
        return this.getUpdates(call.payload, req);
      case "sendMessage":
        return {
          message_id: ++this.messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: call.payload.chat_id, type: "private" },
          text: call.payload.text,
        };
      case "getChatMember":
        return { status: "member", user: { id: call.payload.user_id, is_bot: false, first_name: "x" } };
      default:
        return true;
    }
  }

  private async getUpdates(payload: Record<string, unknown>, req: IncomingMessage): Promise<Update[]> {
    const offset = typeof payload.offset === "number" ? payload.offset : 0;
    if (offset > this.confirmedOffset) this.confirmedOffset = offset;
    const limit = typeof payload.limit === "number" ? payload.limit : 100;
    const timeoutMs = Math.min(typeof payload.timeout === "number" ? payload.timeout : 0, 30) * 1000;
    const pending = () => this.updates.filter((u) => u.update_id >= offset).slice(0, limit);
    if (pending().length === 0 && timeoutMs > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          req.socket.off("close", done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        this.waiters.push(done);
        req.socket.once("close", done);
      });
    }
    return pending();
  }
}

export function failure(error_code: number, description: string, retry_after?: number): ApiFailure {
  return { ok: false, error_code, description, ...(retry_after !== undefined ? { parameters: { retry_after } } : {}) };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}
