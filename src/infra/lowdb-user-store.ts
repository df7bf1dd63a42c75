import { copyFileSync, mkdirSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { TextFile } from "lowdb/node";
import type { Clock } from "../core/clock.js";
import { type CoreLogger, silentLogger } from "../core/logger.js";
import { createRecordStore, type PersistenceHooks, type UserRecord } from "../core/store/user-records.js";
import type { UserStore } from "../core/store/user-store.js";
import { parseStoreFile, STORE_SCHEMA_VERSION } from "./lowdb-store-schema.js";
import { acquireStoreLock } from "./store-lock.js";

export interface LowdbUserStoreOptions {
  /** STORE_PATH, e.g. var/store.json; its folder is created. */
  readonly path: string;
  readonly clock: Clock;
  readonly logger?: CoreLogger;
  /**
   * How long non-urgent changes (language, log entries, delivery records) wait to be written with
   * others. Creations and deletions do not wait: they are written at once and acknowledged after.
   */
  readonly debounceMs?: number;
}

/** The store file is from a newer version of the bot: refuse to touch it. */
export class StoreVersionError extends Error {
  override readonly name = "StoreVersionError";
  constructor(path: string, version: number) {
    super(`store: ${path} has schema version ${version}, newer than this bot's ${STORE_SCHEMA_VERSION}. Upgrade the bot or restore a backup; the file was not changed.`);
  }
}

export interface LowdbUserStore extends UserStore {
  readonly path: string;
  /** Where a corrupt file was moved at open, if it was. */
  readonly movedAside: string | null;
  /** Write counters, for logs and the benchmark. */
  stats(): { users: number; writes: number; lastWriteMs: number; lastBytes: number };
}

/**
 * The lowdb-backed {@link UserStore} at STORE_PATH. Trade-offs, decided here:
 * - One process owns the file (lock file with the pid; a second process gets StoreLockedError).
 * - Whole-file atomic writes through lowdb's TextFile (steno: temp file + rename), so a crash leaves
 *   either the old or the new file, never a torn one. steno does not fsync: a power cut can lose the
 *   last writes (a process crash cannot).
 * - Writes are coalesced: the file is rewritten at most once at a time, each write carrying every
 *   change made so far (group commit). Each user's JSON is cached and only changed users are
 *   re-serialised, so a write at 100k users is a string join plus one file write, not a full stringify.
 * - Creation and deletion (reminders, /forget) resolve only after the write that contains them has
 *   finished: the user is told "done" only when it is on disk. Their latency is therefore one file
 *   write (tens of ms at 100k reminders); the benchmark reports it.
 * - Other updates (delivery records, language, log, pause) are written within `debounceMs`; a crash
 *   inside that window loses them, which at worst re-sends one reminder (at-least-once) or loses a
 *   log line the user just saw confirmed. `flush()` forces them out (the scheduler calls it).
 * - A file that is not JSON or fails validation is renamed `<path>.corrupt-<timestamp>` with an error
 *   log listing the problems, and the store starts empty: the service keeps running and the old data
 *   is kept for a person to inspect. It is never overwritten.
 */
export async function createLowdbUserStore(options: LowdbUserStoreOptions): Promise<LowdbUserStore> {
  const { path, clock } = options;
  const logger = options.logger ?? silentLogger;
  const debounceMs = options.debounceMs ?? 1_000;
  mkdirSync(dirname(path), { recursive: true });
  const lock = acquireStoreLock(path, logger);
  const adapter = new TextFile(path);

  const users = new Map<string, UserRecord>();
  let movedAside: string | null = null;
  let needsWrite = false;
  try {
    const text = await adapter.read();
    if (text !== null) {
      const outcome = parseStoreFile(text);
      if (outcome.kind === "newer") throw new StoreVersionError(path, outcome.version);
      if (outcome.kind === "corrupt") {
        movedAside = `${path}.corrupt-${clock.now().toISOString().replace(/[:.]/g, "-")}`;
        renameSync(path, movedAside);
        logger.error(
          { path, movedAside, problems: outcome.problems },
          "store: the store file is unreadable; it was moved aside and the bot starts with an empty store. Inspect or restore it by hand.",
        );
      } else {
        for (const [userId, record] of Object.entries(outcome.file.users)) users.set(userId, record);
        if (outcome.migratedFrom !== null) {
          const backup = `${path}.v${outcome.migratedFrom}.bak`;
          copyFileSync(path, backup);
          logger.info({ path, from: outcome.migratedFrom, to: STORE_SCHEMA_VERSION, backup }, "store: migrated the store file");
          needsWrite = true;
        }
      }
    }
  } catch (error) {
    lock.release();
    throw error;
  }

  // ---- coalesced, atomic writes ----
  const fragments = new Map<string, string>();
  const dirtyUsers = new Set<string>(users.keys());
  let dirty = needsWrite;
  let writing: Promise<void> | null = null;
  let waiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writes = 0;
  let lastWriteMs = 0;
  let lastBytes = 0;

  const snapshot = (): string => {
    for (const userId of dirtyUsers) {
      const record = users.get(userId);
      if (record) fragments.set(userId, `${JSON.stringify(userId)}:${JSON.stringify(record)}`);
      else fragments.delete(userId);
    }
    dirtyUsers.clear();
    dirty = false;
    return `{"version":${STORE_SCHEMA_VERSION},"users":{${[...fragments.values()].join(",")}}}\n`;
  };

  const startWrite = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = waiters;
    waiters = [];
    const started = performance.now();
    const text = snapshot();
    writing = adapter
      .write(text)
      .then(
        () => {
          writes += 1;
          lastWriteMs = performance.now() - started;
          lastBytes = text.length;
          for (const w of batch) w.resolve();
        },
        (error: unknown) => {
          // The changes stay in memory and are retried with the next write.
          dirty = true;
          for (const userId of users.keys()) dirtyUsers.add(userId);
          logger.error({ path, err: error instanceof Error ? error.message : String(error) }, "store: write failed");
          for (const w of batch) w.reject(error);
        },
      )
      .finally(() => {
        writing = null;
        if (waiters.length > 0) startWrite();
        else if (dirty) schedule();
      });
  };

  const schedule = (): void => {
    if (timer || writing) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!writing && dirty) startWrite();
    }, debounceMs);
    timer.unref?.();
  };

  const durable = (): Promise<void> => {
    if (!dirty) return writing ? writing.then(() => undefined) : Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      waiters.push({ resolve, reject });
      if (!writing) startWrite();
    });
  };

  const hooks: PersistenceHooks = {
    changed(userId) {
      dirtyUsers.add(userId);
      dirty = true;
      schedule();
    },
    durable,
    async close() {
      try {
        while (dirty || writing) await durable();
      } finally {
        if (timer) clearTimeout(timer);
        lock.release();
      }
    },
  };

  const store = createRecordStore(users, hooks);
  if (needsWrite) await durable();
  return {
    ...store,
    path,
    movedAside,
    stats: () => ({ users: users.size, writes, lastWriteMs, lastBytes }),
  };
}
