import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly authorization: string | undefined;
}

export interface FakeResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

type Route = (request: RecordedRequest) => FakeResponse | undefined;

/**
 * A stand-in for Discord's REST API on 127.0.0.1 (tests never reach the real network). `api` is
 * the base URL to give `new REST({ api })` or the client's `rest.api`; paths arrive as "/v10/…".
 */
export async function startFakeDiscordApi(route: Route): Promise<{ api: string; requests: RecordedRequest[]; close(): Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path: (req.url ?? "/").replace(/^\/v10/, ""),
      body: raw ? JSON.parse(raw) : undefined,
      authorization: req.headers.authorization,
    };
    requests.push(recorded);
    const response = route(recorded) ?? { status: 404, body: { message: "404: Not Found", code: 0 } };
    res.writeHead(response.status, { "content-type": "application/json", ...response.headers });
    res.end(response.body === undefined ? "" : JSON.stringify(response.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
