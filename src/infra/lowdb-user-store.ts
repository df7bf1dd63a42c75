import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync } from "node:fs";
import { write as writeFd } from "node:fs";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import { TextFile } from "lowdb/node";
import type { Clock } from "../core/clock.js";
import { type CoreLogger, silentLogger } from "../core/logger.js";
import type { FollowStore } from "../core/store/follows.js";
import { createRecordStore, type PersistenceHooks, type UserRecord } from "../core/store/user-records.js";
import type { UserStore } from "../core/store/user-store.js";
import { encodeUserLine, parseJournalLine, parseStoreFile, STORE_SCHEMA_VERSION, snapshotChunks } from "./lowdb-store-schema.js";
import { acquireStoreLock } from "./store-lock.js";

const writeAsync = promisify(writeFd);

export interface LowdbUserStoreOptions {
  /** STORE_PATH, e.g. var/store.json; its folder is created. */
  readonly path: string;
  readonly clock: Clock;
  readonly logger?: CoreLogger;
  /** Non-urgent changes (language, log, delivery records) reach the journal within this delay. Default 200 ms. */
  readonly debounceMs?: number;
  /** The snapshot (the lowdb file) is rewritten at most this often while changes come in. Default 30 s. */
  readonly snapshotMs?: number;
  /** …or as soon as the journal grows past this many bytes. Default 8 MB. */
  readonly maxJournalBytes?: number;
}

/** The store file is from a newer version of the bot: refuse to touch it. */
export class StoreVersionError extends Error {
  override readonly name = "StoreVersionError";
  constructor(path: string, version: number) {
    super(
      `store: ${path} has schema version ${version}, newer than this bot's ${STORE_SCHEMA_VERSION}. Upgrade the bot or restore a backup; the file was not changed.`,
    );
  }
}

export interface LowdbUserStore extends UserStore, FollowStore {
  readonly path: string;
  /** Where a corrupt file was moved at open, if it was. */
  readonly movedAside: string | null;
  /** Counters, for logs and the benchmark. */
  stats(): { users: number; snapshots: number; lastSnapshotMs: number; lastSnapshotBytes: number; appends: number; journalBytes: number };
}

const journalName = (path: string, gen: number): string => `${path}.journal.${gen}`;

/**
 * The lowdb-backed {@link UserStore} at STORE_PATH: a lowdb snapshot file plus an append-only journal.
 * Why, and the trade-offs:
 * - lowdb rewrites the whole file per write (≈15 MB at 100k reminders in the v3 layout). Acknowledging a creation only
 *   after such a rewrite would make every "reminder created" wait for it. So each change appends the
 *   user's whole new record as one JSON line to `<path>.journal.<n>` (group commit: one append for all
 *   changes waiting), and creations/deletions resolve once their line is written. The snapshot is
 *   rewritten atomically (temp file + rename, as lowdb's TextFile/steno does, but written in 1 MB
 *   chunks instead of one string and one Buffer of it) at most every `snapshotMs` or when the journal passes `maxJournalBytes`, and on close; then the old journal is deleted.
 * - Whole-record lines make replay idempotent, so a crash at any point (during an append, during the
 *   snapshot rename, before the old journal is deleted) loads to the last acknowledged state. A torn
 *   last line (killed mid-append) was never acknowledged and is ignored.
 * - Durability is against process crashes (SIGKILL, OOM, exceptions): neither the snapshot nor the journal
 *   is fsynced, so a power cut or kernel crash can lose the last seconds. Non-urgent changes can be lost
 *   within `debounceMs` of a crash: at worst one reminder is re-sent (at-least-once).
 * - One process owns the files (lock file with the pid; a second process gets StoreLockedError).
 * - Each user's snapshot line is cached; at start these are slices of the file's own text, so only
 *   users changed since are re-serialised (no 100k-record stringify at the first snapshot or close).
 * - A snapshot that is not JSON or fails zod validation is renamed `<path>.corrupt-<timestamp>` with
 *   an error log listing the problems and the store starts empty (never overwritten); a journal
 *   with a bad line in the middle is moved aside the same way. A newer schema version is refused.
 * - Scale (npm run bench:store, 2 shared cores at load ≈5.5, under tsx, medians of 3): 100k reminders
 *   start in 1.4 s of CPU (2.3 s wall while other processes compete for the cores), peak RSS 264 MB,
 *   p99 add ≤ 7 ms. The start is JSON.parse of each line (≈1/3), the map building and decoding of
 *   records, the scheduler's queue and GC; the zod line check is ≈5%. 1M reminders take ≈12 s of CPU
 *   and ≈1.4 GB (SQLite: ≈10 s filling the queue, ≈1.3 GB): past ~100k reminders use the SQLite store.
 */
export async function createLowdbUserStore(options: LowdbUserStoreOptions): Promise<LowdbUserStore> {
  const { path, clock } = options;
  const logger = options.logger ?? silentLogger;
  const debounceMs = options.debounceMs ?? 200;
  const snapshotMs = options.snapshotMs ?? 30_000;
  const maxJournalBytes = options.maxJournalBytes ?? 8 * 1024 * 1024;
  mkdirSync(dirname(path), { recursive: true });
  const lock = acquireStoreLock(path, logger);
  const adapter = new TextFile(path);
  const stamp = () => clock.now().toISOString().replace(/[:.]/g, "-");

  const users = new Map<string, UserRecord>();
  /** Each user's snapshot line; at start the lines of the file itself (slices of its text, no re-serialising). */
  let fragments = new Map<string, string>();
  /** Users whose line must be re-encoded at the next snapshot. */
  const dirtyUsers = new Set<string>();
  let movedAside: string | null = null;
  let needsSnapshot = false;
  let gen = 0;
  const replayed: string[] = [];
  try {
    // The text stays alive only through the line slices kept as snapshot fragments (one compact copy).
    const outcome = await adapter.read().then((text) => (text === null ? null : parseStoreFile(text)));
    if (outcome !== null) {
      if (outcome.kind === "newer") throw new StoreVersionError(path, outcome.version);
      if (outcome.kind === "corrupt") {
        movedAside = `${path}.corrupt-${stamp()}`;
        renameSync(path, movedAside);
        logger.error(
          { path, movedAside, problems: outcome.problems },
          "store: the store file is unreadable; it was moved aside and the bot starts with an empty store. Inspect or restore it by hand.",
        );
      } else {
        for (const [userId, record] of outcome.users) users.set(userId, record);
        if (outcome.lines) fragments = outcome.lines;
        else for (const userId of users.keys()) dirtyUsers.add(userId);
        if (outcome.migratedFrom !== null) {
          const backup = `${path}.v${outcome.migratedFrom}.bak`;
          copyFileSync(path, backup);
          logger.info({ path, from: outcome.migratedFrom, to: STORE_SCHEMA_VERSION, backup }, "store: migrated the store file");
          needsSnapshot = true;
        }
      }
    }
    // Replay journals in generation order (whole-record lines: idempotent over the snapshot).
    const prefix = `${basename(path)}.journal.`;
    const gens = readdirSync(dirname(path))
      .filter((f) => f.startsWith(prefix) && /^\d+$/.test(f.slice(prefix.length)))
      .map((f) => Number(f.slice(prefix.length)))
      .sort((a, b) => a - b);
    for (const g of gens) {
      const file = journalName(path, g);
      const lines = readFileSync(file, "utf8").split("\n");
      const last = lines.length - 1;
      const ops: { userId: string; record: UserRecord | null }[] = [];
      let bad = -1;
      lines.forEach((line, i) => {
        if (bad >= 0 || line === "") return;
        const op = parseJournalLine(line);
        if (op) ops.push(op);
        else if (i !== last) bad = i; // only a torn final line (never acknowledged) is expected
      });
      if (bad >= 0) {
        const aside = `${file}.corrupt-${stamp()}`;
        renameSync(file, aside);
        logger.error(
          { journal: file, movedAside: aside, line: bad + 1 },
          "store: a journal line is unreadable; the journal was moved aside and its changes were not applied",
        );
        continue;
      }
      for (const op of ops) {
        if (op.record) users.set(op.userId, op.record);
        else users.delete(op.userId);
        dirtyUsers.add(op.userId);
      }
      replayed.push(file);
      gen = Math.max(gen, g);
    }
    if (replayed.length > 0) needsSnapshot = true;
  } catch (error) {
    lock.release();
    throw error;
  }

  // ---- journal (durable acknowledgements) ----
  gen += 1;
  let journalPath = journalName(path, gen);
  let fd = openSync(journalPath, "a", 0o600);
  let pending: string[] = [];
  let appending: Promise<void> | null = null;
  let appendWaiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  let appendTimer: ReturnType<typeof setTimeout> | undefined;
  let journalBytes = 0;
  let appends = 0;

  const startAppend = (): void => {
    if (appendTimer) clearTimeout(appendTimer);
    appendTimer = undefined;
    const batch = appendWaiters;
    appendWaiters = [];
    const text = pending.join("");
    pending = [];
    const target = fd;
    appending = (text ? writeAll(target, text) : Promise.resolve())
      .then(
        () => {
          appends += 1;
          journalBytes += Buffer.byteLength(text);
          for (const w of batch) w.resolve();
          if (journalBytes > maxJournalBytes) void snapshot();
        },
        (error: unknown) => {
          logger.error({ path: journalPath, err: error instanceof Error ? error.message : String(error) }, "store: journal append failed");
          for (const w of batch) w.reject(error);
        },
      )
      .finally(() => {
        appending = null;
        if (appendWaiters.length > 0 || pending.length > 0) startAppend();
      });
  };

  const journalDurable = (): Promise<void> => {
    if (pending.length === 0) return appending ? appending.then(() => undefined) : Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      appendWaiters.push({ resolve, reject });
      if (!appending) startAppend();
    });
  };

  // ---- snapshots (the lowdb file) ----
  let snapshotting: Promise<void> | null = null;
  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  let snapshots = 0;
  let lastSnapshotMs = 0;
  let lastSnapshotBytes = 0;

  /** Brings every user's line up to date; synchronous, so it sees exactly the changes of the rotated journal. */
  const refreshFragments = (): void => {
    for (const userId of dirtyUsers) {
      const record = users.get(userId);
      if (record) fragments.set(userId, encodeUserLine(userId, record));
      else fragments.delete(userId);
    }
    dirtyUsers.clear();
  };

  /** Rotates the journal, writes the snapshot atomically, then deletes the journals it replaces. */
  const snapshot = (): Promise<void> => {
    if (snapshotting) return snapshotting;
    if (snapshotTimer) clearTimeout(snapshotTimer);
    snapshotTimer = undefined;
    snapshotting = (async () => {
      await journalDurable();
      while (appending) await appending;
      // Synchronous rotation: every change from here on goes to the new journal.
      const oldFd = fd;
      const obsolete = [...replayed.splice(0), journalPath];
      gen += 1;
      journalPath = journalName(path, gen);
      fd = openSync(journalPath, "a", 0o600);
      closeSync(oldFd);
      journalBytes = 0;
      const started = performance.now();
      refreshFragments();
      // Only snapshot() touches `fragments`, one at a time, so iterating it across the awaits is safe.
      lastSnapshotBytes = await writeFileAtomically(path, snapshotChunks(fragments.values(), SNAPSHOT_CHUNK_CHARS));
      snapshots += 1;
      lastSnapshotMs = performance.now() - started;
      for (const file of obsolete) {
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      }
    })()
      .catch((error: unknown) => {
        logger.error(
          { path, err: error instanceof Error ? error.message : String(error) },
          "store: snapshot failed; the journal keeps the changes",
        );
      })
      .finally(() => {
        snapshotting = null;
      });
    return snapshotting;
  };

  const scheduleSnapshot = (): void => {
    if (snapshotTimer || snapshotting) return;
    snapshotTimer = setTimeout(() => {
      snapshotTimer = undefined;
      void snapshot();
    }, snapshotMs);
    snapshotTimer.unref?.();
  };

  const hooks: PersistenceHooks = {
    changed(userId, record) {
      pending.push(`${JSON.stringify({ u: userId, r: record ?? null })}\n`);
      dirtyUsers.add(userId);
      if (!appending && !appendTimer) {
        appendTimer = setTimeout(() => {
          appendTimer = undefined;
          if (!appending && pending.length > 0) startAppend();
        }, debounceMs);
        appendTimer.unref?.();
      }
      scheduleSnapshot();
    },
    durable: journalDurable,
    async close() {
      try {
        await journalDurable();
        await snapshot();
      } finally {
        if (appendTimer) clearTimeout(appendTimer);
        if (snapshotTimer) clearTimeout(snapshotTimer);
        try {
          closeSync(fd);
          // The snapshot holds everything; an empty journal is not needed.
          if (journalBytes === 0 && pending.length === 0) unlinkSync(journalPath);
        } catch {
          // already closed or gone
        }
        lock.release();
      }
    },
  };

  const store = createRecordStore(users, hooks);
  if (needsSnapshot) await snapshot();
  return {
    ...store,
    path,
    movedAside,
    stats: () => ({ users: users.size, snapshots, lastSnapshotMs, lastSnapshotBytes, appends, journalBytes }),
  };
}

/**
 * Atomic replace like lowdb's TextFile (steno): write a temp file beside the target, then rename it
 * over. Done here in chunks because TextFile.write needs the whole text as one string and then one
 * Buffer of it: at 100k reminders those two copies were the process's peak RSS (+48 MB at close).
 * Chunks are small (64K characters, young-generation garbage) and encoded into one reused Buffer.
 * Returns the bytes written.
 */
async function writeFileAtomically(path: string, chunks: Iterable<string>): Promise<number> {
  const temp = join(dirname(path), `.${basename(path)}.tmp`);
  const fd = openSync(temp, "w", 0o600);
  let scratch = Buffer.allocUnsafe(SNAPSHOT_CHUNK_CHARS * 3);
  let bytes = 0;
  try {
    for (const chunk of chunks) {
      if (chunk.length * 3 > scratch.length) scratch = Buffer.allocUnsafe(chunk.length * 3); // one user line past the chunk size
      const length = scratch.write(chunk, "utf8");
      await writeBuffer(fd, scratch.subarray(0, length));
      bytes += length;
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  return bytes;
}

const SNAPSHOT_CHUNK_CHARS = 64 * 1024;

async function writeBuffer(fd: number, data: Buffer): Promise<void> {
  let buffer = data;
  while (buffer.length > 0) {
    const { bytesWritten } = await writeAsync(fd, buffer, 0, buffer.length, null);
    buffer = buffer.subarray(bytesWritten);
  }
}

async function writeAll(fd: number, text: string): Promise<void> {
  await writeBuffer(fd, Buffer.from(text, "utf8"));
}

/** Folder listing helper for tests and operators: every file that belongs to a store. */
export function storeFiles(path: string): string[] {
  const base = basename(path);
  return readdirSync(dirname(path))
    .filter((f) => f === base || f.startsWith(`${base}.`))
    .map((f) => join(dirname(path), f));
}
