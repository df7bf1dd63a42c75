import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");

/** A running test/fixtures/crash-writer.ts and what it has reported so far. */
export interface WriterProcess {
  readonly child: ChildProcess;
  /** Creations the store confirmed (the user would have been told "created"). */
  readonly acked: string[];
  /** Creations the store refused (the user would have been told it failed). */
  readonly failed: string[];
  readonly deleted: string[];
  readonly deleting: string[];
  /** Every reported line in order (`ACK x`, `FAIL y`, …). */
  readonly events: string[];
  readonly stderr: () => string;
  /** Resolves once `ready()` holds, checked at every output line; rejects after `timeoutMs` or if the writer exits. */
  until(ready: () => boolean, timeoutMs?: number): Promise<void>;
  /** SIGKILL; resolves once it exited and all its output was read (the writer never exits on its own while writing). */
  kill(): Promise<void>;
}

export function startWriter(path: string, mode: "write" | "open" = "write"): WriterProcess {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "test/fixtures/crash-writer.ts"), path, mode], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const acked: string[] = [];
  const failed: string[] = [];
  const deleted: string[] = [];
  const deleting: string[] = [];
  const events: string[] = [];
  const checks = new Set<() => void>();
  let buffer = "";
  let stderr = "";
  let exited = false;
  // "close", not "exit": every line the writer printed before it died has been read by then.
  const exit = new Promise<void>((resolve) =>
    child.on("close", () => {
      exited = true;
      for (const check of checks) check();
      resolve();
    }),
  );
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      const [kind, id] = line.split(" ");
      if (!id) continue;
      events.push(line);
      if (kind === "ACK") acked.push(id);
      if (kind === "FAIL") failed.push(id);
      if (kind === "DEL") deleted.push(id);
      if (kind === "DELETING") deleting.push(id);
    }
    for (const check of checks) check();
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return {
    child,
    acked,
    failed,
    deleted,
    deleting,
    events,
    stderr: () => stderr,
    until(ready, timeoutMs = 30_000) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`writer: condition not met within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        const finish = (error?: Error) => {
          clearTimeout(timer);
          checks.delete(check);
          if (error) reject(error);
          else resolve();
        };
        const check = () => {
          if (ready()) finish();
          else if (exited) finish(new Error(`writer exited early: ${stderr}`));
        };
        checks.add(check);
        check();
      });
    },
    async kill() {
      if (!exited) child.kill("SIGKILL");
      await exit;
    },
  };
}
