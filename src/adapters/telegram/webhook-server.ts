import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { z } from "zod";
import { type CoreLogger, silentLogger } from "../../core/logger.js";

export interface WebhookServerOptions {
  readonly bot: Bot;
  /** Path Telegram posts to: the path of TELEGRAM_WEBHOOK_URL. */
  readonly path: string;
  /** TELEGRAM_WEBHOOK_SECRET, compared with the X-Telegram-Bot-Api-Secret-Token header. */
  readonly secret: string;
  readonly logger?: CoreLogger;
  /** Largest accepted update body. */
  readonly maxBodyBytes?: number;
  /** Routes served before the webhook's own (the ops routes: /healthz and /metrics); returns true when it answered. */
  readonly extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Connection limits and timeouts; see {@link DEFAULT_WEBHOOK_LIMITS}. */
  readonly limits?: Partial<WebhookLimits>;
  /**
   * Shared record of update ids (PostgreSQL, several instances): resolves false when any instance
   * already took this update, which is then not handled again.
   */
  readonly claimUpdate?: (updateId: number) => Promise<boolean>;
}

export interface WebhookLimits {
  /**
   * Open connections at most. Past it a new connection replaces the oldest one that has no request
   * in progress (an idle or silent socket), so idle sockets cannot lock out Telegram or the health
   * check; when every connection is busy, the new one is refused.
   */
  readonly maxConnections: number;
  /** A socket with no traffic for this long is closed (a client that connects and sends nothing, a stalled body). */
  readonly idleTimeoutMs: number;
  /** Time to receive a request's headers (slow-headers clients, and a new socket that sends nothing at all). */
  readonly headersTimeoutMs: number;
  /** Time to receive a whole request, body included (slow-body clients). */
  readonly requestTimeoutMs: number;
  /** How long a kept-alive connection waits for its next request. */
  readonly keepAliveTimeoutMs: number;
  /** Requests served on one connection before it is closed. */
  readonly maxRequestsPerSocket: number;
}

/**
 * Telegram opens at most 100 connections (setWebhook's max_connections, default 40) and sends small
 * bodies at once; a reverse proxy keeps a few more. Node's defaults (no idle timeout, 60 s for
 * headers checked every 30 s, no connection cap) let 21,000 silent sockets exhaust the file
 * descriptors (issue 11).
 */
export const DEFAULT_WEBHOOK_LIMITS: WebhookLimits = {
  maxConnections: 1_000,
  idleTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  maxRequestsPerSocket: 1_000,
};

export interface WebhookServer {
  readonly server: Server;
  /** Starts listening; resolves with the bound port (pass 0 for any free port). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting requests, then waits up to `timeoutMs` for updates being handled. Resolves true when all finished. */
  close(timeoutMs: number): Promise<boolean>;
  /** Updates accepted and not finished yet. */
  pending(): number;
  /** Open sockets, and how many were closed to make room (evicted idle ones) or turned away (all busy). */
  connections(): { open: number; evicted: number; refused: number };
}

const SECRET_HEADER = "x-telegram-bot-api-secret-token";
const updateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

/**
 * The webhook endpoint on a plain node:http server, plus `GET /healthz` for the platform's health
 * checks.
 *
 * Every POST must carry Telegram's secret-token header (compared in constant time), or it gets 401:
 * without the check anyone who finds the URL could post forged updates as any user. The body is
 * validated (size limit, JSON, an integer `update_id`) before grammY sees it.
 *
 * Updates are acknowledged with 200 first and handled afterwards. Telegram re-sends an update whose
 * request does not finish in time, and handling can take as long as a bounded auto-retry (about half
 * a minute); acknowledging first avoids duplicate answers, and per-chat order is kept by the bot's
 * `sequentialize`. The cost is that an update accepted just before a crash is lost; a graceful
 * shutdown waits for accepted updates. Recently seen update ids are remembered to drop re-sends.
 */
export function createWebhookServer(options: WebhookServerOptions): WebhookServer {
  const logger = options.logger ?? silentLogger;
  const maxBody = options.maxBodyBytes ?? 1_000_000;
  const secret = Buffer.from(options.secret, "utf8");
  const inFlight = new Set<Promise<void>>();
  const recent = new RecentIds(2_000);
  const limits: WebhookLimits = { ...DEFAULT_WEBHOOK_LIMITS, ...options.limits };
  let closing = false;

  const send = (res: ServerResponse, status: number, body: object) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  const authorized = (req: IncomingMessage): boolean => {
    const header = req.headers[SECRET_HEADER];
    if (typeof header !== "string") return false;
    const given = Buffer.from(header, "utf8");
    return given.length === secret.length && timingSafeEqual(given, secret);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (!closing && options.extraRoutes?.(req, res)) return;
    if (req.method === "GET" && path === "/healthz") return send(res, closing ? 503 : 200, { ok: !closing });
    if (path !== options.path) return send(res, 404, { ok: false });
    if (req.method !== "POST") return send(res, 405, { ok: false });
    if (!authorized(req)) {
      logger.warn({}, "telegram webhook: request without the right secret token rejected");
      return send(res, 401, { ok: false });
    }
    if (closing) return send(res, 503, { ok: false }); // Telegram retries later, against the next instance
    const body = await readBody(req, maxBody);
    if (body === undefined) return send(res, 413, { ok: false });
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return send(res, 400, { ok: false });
    }
    const parsed = updateSchema.safeParse(json);
    if (!parsed.success) return send(res, 400, { ok: false });
    send(res, 200, { ok: true });
    if (!recent.add(parsed.data.update_id)) return;
    if (options.claimUpdate && !(await claimed(options.claimUpdate, parsed.data.update_id, logger))) return;
    const task = options.bot
      .handleUpdate(parsed.data as unknown as Update)
      .catch((error: unknown) =>
        logger.error({ err: error instanceof Error ? error.name : typeof error }, "telegram webhook: update failed"),
      )
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts above only this often (30 s by default), so they would be late by that much.
      connectionsCheckingInterval: Math.max(
        50,
        Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)),
      ),
    },
    (req, res) => {
      busy.add(req.socket);
      res.once("close", () => busy.delete(req.socket));
      handle(req, res).catch(() => {
        if (!res.headersSent) send(res, 500, { ok: false });
      });
    },
  );
  server.maxRequestsPerSocket = limits.maxRequestsPerSocket;
  // Without a "timeout" listener Node destroys the socket when it times out.
  server.setTimeout(limits.idleTimeoutMs);

  // Open sockets oldest first, and the ones with a request in progress.
  const sockets = new Set<Socket>();
  const busy = new Set<Socket>();
  let evicted = 0;
  let refused = 0;
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => {
      sockets.delete(socket);
      busy.delete(socket);
    });
    if (sockets.size <= limits.maxConnections) return;
    for (const oldest of sockets) {
      if (oldest === socket || busy.has(oldest)) continue;
      oldest.destroy();
      sockets.delete(oldest);
      evicted++;
      return;
    }
    socket.destroy();
    sockets.delete(socket);
    refused++;
  });
  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    async close(timeoutMs) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const drained = Promise.allSettled([...inFlight]).then(() => true);
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
      const finished = await Promise.race([drained, timeout]);
      server.closeAllConnections();
      await closed;
      return finished;
    },
    pending: () => inFlight.size,
    connections: () => ({ open: sockets.size, evicted, refused }),
  };
}

/** A database error must not lose the update: it is handled (a rare double beats a silent drop). */
async function claimed(claim: (id: number) => Promise<boolean>, id: number, logger: CoreLogger): Promise<boolean> {
  try {
    return await claim(id);
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, "telegram webhook: could not record the update id");
    return true;
  }
}

function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooBig = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(tooBig ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
    // A client that stops mid-body is cut off by the request timeout: settle instead of waiting forever.
    req.on("close", () => reject(new Error("request closed before its end")));
  });
}

/** A bounded set of recently seen ids (insertion order eviction). `add` returns false for a repeat. */
class RecentIds {
  private readonly ids = new Set<number>();
  constructor(private readonly capacity: number) {}
  add(id: number): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return true;
  }
}
