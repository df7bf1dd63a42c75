import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A throwaway PostgreSQL server for tests and benchmarks: `initdb` in a temporary folder, `pg_ctl
 * start` on a free port of 127.0.0.1 (plus a Unix socket in the same folder), `stop()` removes it all.
 * The binaries are found under /usr/lib/postgresql/<version>/bin (the newest), or on PATH. initdb
 * refuses to run as root, so as root the server runs as the `postgres` user (`runuser`).
 * `fsync` is off unless asked for: tests need speed, not crash safety of a temp folder.
 */
export interface TestPostgres {
  /** postgres://bot@127.0.0.1:<port>/<database> */
  readonly url: string;
  readonly port: number;
  /** A new empty database on the same server; returns its URL. */
  createDatabase(name: string): string;
  stop(): void;
}

export function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], "bin");
  }
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  const found = which.stdout.trim();
  return found ? join(found, "..") : undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startTestPostgres(options: { fsync?: boolean } = {}): Promise<TestPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed: no initdb under /usr/lib/postgresql/*/bin or on PATH (.ci/run installs it)");
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "pg-test-"));
  const data = join(dir, "data");
  const run = (file: string, args: string[]) => {
    const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, file), ...args]] : [join(bin, file), args];
    return execFileSync(cmd as string, argv as string[], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  };
  if (asRoot) execFileSync("chown", ["postgres", dir]);
  chmodSync(dir, 0o700);
  const port = await freePort();
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "bot", "--no-sync", "-E", "UTF8", "--locale=C"]);
    const settings = [
      `-k ${dir}`,
      `-p ${port}`,
      "-c listen_addresses=127.0.0.1",
      `-c fsync=${options.fsync ? "on" : "off"}`,
      "-c max_connections=200",
      "-c shared_buffers=64MB",
    ].join(" ");
    run("pg_ctl", ["-D", data, "-o", settings, "-l", join(dir, "log"), "-w", "-t", "60", "start"]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`could not start a test PostgreSQL: ${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  }
  let stopped = false;
  const base = `postgres://bot@127.0.0.1:${port}`;
  return {
    url: `${base}/postgres`,
    port,
    createDatabase(name) {
      run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "bot", name]);
      return `${base}/${name}`;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
