import {
  closeSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { CoreLogger } from "../../core/logger.js";

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

/**
 * The store file's real location: its folder through `realpath`, and the file itself followed
 * through any symlinks (even one pointing at a file not created yet). Two paths that name the same
 * file give the same answer, so they share one lock; and snapshots replace the real file, never a link.
 */
export function resolveStorePath(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  let real = join(realpathSync(dirname(path)), basename(path));
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!lstatSync(real).isSymbolicLink()) return real;
      link = readlinkSync(real);
    } catch {
      return real; // does not exist yet
    }
    const target = resolve(dirname(real), link);
    mkdirSync(dirname(target), { recursive: true });
    real = join(realpathSync(dirname(target)), basename(target));
  }
  throw new Error(`store: ${path} is a loop of symbolic links`);
}

/** Alive and not a zombie: a SIGKILLed process stays in the table until its parent reaps it. */
const isAlive = (pid: number): boolean => {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (not Linux): trust kill(0)
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

/** A lock file with no readable pid younger than this may be one another process is still writing. */
const FRESH_MS = 2_000;

export interface LockOptions {
  /** How long to wait for a holder that still looks alive before refusing. Default 5 s. */
  readonly waitMs?: number;
  readonly pollMs?: number;
}

/**
 * Takes `<real store path>.lock` (created exclusively, holding our pid) so a second process on the
 * same store fails with {@link StoreLockedError} instead of silently losing updates. A holder that
 * still looks alive is waited for up to `waitMs` (a restart right after a SIGKILL can see the dead
 * process before it is reaped); a lock left by a dead pid is renamed aside and taken over.
 * Limits: pid reuse after a reboot can make a stale lock look alive (remove it by hand), and the
 * check is per host (do not share a store file over a network file system).
 */
export async function acquireStoreLock(realStorePath: string, logger: CoreLogger, options: LockOptions = {}): Promise<StoreLock> {
  const lockPath = `${realStorePath}.lock`;
  const deadline = Date.now() + (options.waitMs ?? 5_000);
  const pollMs = options.pollMs ?? 100;
  let waited = false;
  for (;;) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      } finally {
        closeSync(fd);
      }
      return ownLock(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = readPid(lockPath);
    const holderLive = pid !== undefined ? isAlive(pid) : ageMs(lockPath) < FRESH_MS;
    if (holderLive) {
      if (Date.now() >= deadline) throw new StoreLockedError(lockPath, pid ?? -1);
      if (!waited)
        logger.warn({ lockPath, pid: pid ?? null }, "store: the lock is held; waiting a few seconds in case its holder is exiting");
      waited = true;
      await sleep(pollMs);
      continue;
    }
    logger.warn({ lockPath, stalePid: pid ?? null }, "store: taking over a stale lock left by a process that is gone");
    try {
      // Rename rather than unlink: of two processes racing for a stale lock, only one rename succeeds.
      const aside = `${lockPath}.stale-${process.pid}`;
      renameSync(lockPath, aside);
      // Between our read and the rename another process may have taken over and written its own lock: give it back.
      if (readPid(aside) !== pid) linkSync(aside, lockPath);
      unlinkSync(aside);
    } catch {
      // another process took it first; look again
    }
  }
}

const ageMs = (path: string): number => {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

function ownLock(lockPath: string): StoreLock {
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
}
