import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { HealthRegistry } from "./health.js";

export interface OpsRoutes {
  readonly health: HealthRegistry;
  /** Prometheus text for `GET /metrics`. */
  readonly metrics: () => Promise<{ readonly contentType: string; readonly body: string }>;
}

/**
 * Handles `GET /healthz` (200 or 503 with a JSON body naming each check) and `GET /metrics`.
 * Returns false for any other request, so another server (the Telegram webhook) can mount the same
 * routes in front of its own.
 */
export function createOpsHandler(routes: OpsRoutes): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz") {
      void routes.health.run().then(
        (report) => reply(res, report.ok ? 200 : 503, "application/json", JSON.stringify(report)),
        () => reply(res, 503, "application/json", JSON.stringify({ ok: false, checks: {} })),
      );
      return true;
    }
    if (path === "/metrics") {
      void routes.metrics().then(
        (m) => reply(res, 200, m.contentType, m.body),
        () => reply(res, 500, "text/plain", "metrics unavailable\n"),
      );
      return true;
    }
    return false;
  };
}

export interface OpsServer {
  readonly server: Server;
  /** Resolves with the bound port (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** A small HTTP server with only the ops routes: polling, Discord-only and sharded runs, or METRICS_PORT. */
export function createOpsServer(routes: OpsRoutes): OpsServer {
  const handle = createOpsHandler(routes);
  const server = createServer((req, res) => {
    if (!handle(req, res)) reply(res, 404, "application/json", JSON.stringify({ ok: false }));
  });
  // Probes are tiny and frequent: do not let a stuck client hold a socket for long.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
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
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function reply(res: ServerResponse, status: number, contentType: string, body: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": contentType, "cache-control": "no-store" });
  res.end(body);
}
