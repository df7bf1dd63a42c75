import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { CoreLogger } from "../core/logger.js";

/** Another live process holds the store file. Carries the message an operator needs. */
export class StoreLockedError extends Error {
  override readonly name = "StoreLockedError";
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(
      `store: ${lockPath.replace(/\.lock$/, "")} is already in use by process ${pid} (lock file ${lockPath}). ` +
        "Only one bot process may open a store file: stop the other process, or point STORE_PATH at another file. " +
        "If that process is gone, the lock is taken over automatically on the next start.",
    );
  }
}

export interface StoreLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Idempotent. */
  release(): void;
}

const isAlive = (pid: number): boolean => {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

const readPid = (lockPath: string): number | undefined => {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, "utf8")) as { pid?: unknown };
    return typeof parsed.pid === "number" ? parsed.pid : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Takes `<store>.lock` (created exclusively, holding our pid) so a second process opening the same
 * store fails fast with {@link StoreLockedError} instead of silently losing updates (lowdb has no
 * inter-process safety). A lock left by a dead pid (crash, SIGKILL) is renamed aside and taken over.
 * Limits: pid reuse after a reboot can make a stale lock look alive (remove it by hand), and the
 * check is per host (do not share a store file over a network file system).
 */
export function acquireStoreLock(storePath: string, logger: CoreLogger): StoreLock {
  const lockPath = `${storePath}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      } finally {
        closeSync(fd);
      }
      let released = false;
      return {
        path: lockPath,
        release() {
          if (released) return;
          released = true;
          if (readPid(lockPath) === process.pid) {
            try {
              unlinkSync(lockPath);
            } catch {
              // already gone
            }
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = readPid(lockPath);
    if (pid !== undefined && isAlive(pid)) throw new StoreLockedError(lockPath, pid);
    logger.warn({ lockPath, stalePid: pid ?? null }, "store: taking over a stale lock left by a process that is gone");
    try {
      // Rename rather than unlink: of two processes racing for a stale lock, only one rename succeeds.
      renameSync(lockPath, `${lockPath}.stale-${process.pid}`);
      unlinkSync(`${lockPath}.stale-${process.pid}`);
    } catch {
      // another process took it first; loop and look again
    }
  }
  const pid = readPid(lockPath) ?? -1;
  throw new StoreLockedError(lockPath, pid);
}
