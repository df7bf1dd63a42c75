import { copyFileSync, existsSync, readdirSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { TextFile } from "lowdb/node";
import type { Clock } from "../../core/clock.js";
import { type CoreLogger, silentLogger } from "../../core/logger.js";
import { createRecordStore, type PersistenceHooks, type UserRecord } from "../../core/store/user-records.js";
import type { FollowStore } from "../../core/store/follows.js";
import type { UserStore } from "../../core/store/user-store.js";
import { createJournalWriter, encodeJournalLine, readJournals } from "./journal.js";
import { encodeUserLine } from "./record-codec.js";
import { type ParseOutcome, parseStoreFile, writeSnapshotFile } from "./snapshot.js";
import { acquireStoreLock, resolveStorePath } from "./store-lock.js";
import { STORE_SCHEMA_VERSION } from "./store-schema.js";
import type { Damage, LostKind } from "./user-collector.js";

export interface LowdbUserStoreOptions {
  /** STORE_PATH, e.g. var/store.json; its folder is created. Symlinks are followed to the real file. */
  readonly path: string;
  readonly clock: Clock;
  readonly logger?: CoreLogger;
  /** Non-urgent changes (language, log, delivery records) reach the journal within this delay. Default 200 ms. */
  readonly debounceMs?: number;
  /** The snapshot is rewritten at most this often while changes come in. Default 30 s. */
  readonly snapshotMs?: number;
  /** …or as soon as the journal grows past this many bytes. Default 8 MB. */
  readonly maxJournalBytes?: number;
  /** fsync journal appends and snapshots before confirming. Default true; off only in benchmarks that say so. */
  readonly fsync?: boolean;
  /** How long to wait for a lock holder that still looks alive before refusing. Default 5 s. */
  readonly lockWaitMs?: number;
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

/** Not one record of the store file (nor of its journals) could be read: refuse rather than start empty. */
export class StoreUnreadableError extends Error {
  override readonly name = "StoreUnreadableError";
  constructor(
    path: string,
    readonly problems: readonly string[],
  ) {
    super(
      `store: ${path} could not be read at all (${problems.slice(0, 3).join("; ")}). It was not changed. ` +
        "Restore a backup over it, or move it away to start with an empty store.",
    );
  }
}

export interface LowdbUserStore extends UserStore, FollowStore {
  /** The real path of the store file (symlinks followed). */
  readonly path: string;
  /** Where a copy of a damaged file was kept at open, if it was (the last one, when several were). */
  readonly movedAside: string | null;
  /** What a damaged snapshot or journal lost at open (counts by kind), or null. */
  readonly salvaged: Partial<Record<LostKind, number>> | null;
  /** Counters, for logs and the benchmark. */
  stats(): { users: number; snapshots: number; lastSnapshotMs: number; lastSnapshotBytes: number; appends: number; journalBytes: number };
}

const LOST_WORDS: Record<LostKind, string> = {
  users: "users (whole lines)",
  reminders: "reminders",
  logEntries: "status log entries",
  follows: "followed processing times",
  profiles: "profiles (language, time zone)",
  unreadableLines: "unreadable lines",
  journalLines: "journal lines (changes since the last snapshot)",
  wholeFiles: "whole store files (only the changes in the journal were kept)",
};

/**
 * The {@link UserStore} at STORE_PATH: a snapshot file (lowdb-compatible JSON, one user per line)
 * plus an append-only journal. How it works and why: README, "How the store works".
 */
export async function createLowdbUserStore(options: LowdbUserStoreOptions): Promise<LowdbUserStore> {
  const logger = options.logger ?? silentLogger;
  const fsync = options.fsync ?? true;
  const snapshotMs = options.snapshotMs ?? 30_000;
  const maxJournalBytes = options.maxJournalBytes ?? 8 * 1024 * 1024;
  const path = resolveStorePath(options.path);
  const lock = await acquireStoreLock(path, logger, { waitMs: options.lockWaitMs });
  const stamp = () => options.clock.now().toISOString().replace(/[:.]/g, "-");

  const users = new Map<string, UserRecord>();
  /** Each user's snapshot line; at start the lines of the file itself (slices of its text, no re-serialising). */
  let fragments = new Map<string, string>();
  /** Users whose line must be re-encoded at the next snapshot. */
  const dirtyUsers = new Set<string>();
  let movedAside: string | null = null;
  const salvaged: Partial<Record<LostKind, number>> = {};
  let needsSnapshot = false;
  let snapshotExists = false;
  let gen = 0;
  const replayed: string[] = [];

  /** Keeps a copy of a damaged file and logs what it cost: one line per kind of record lost, counts only. */
  const reportDamage = (file: string, what: string, damage: Damage): void => {
    movedAside = `${file}.corrupt-${stamp()}`;
    copyFileSync(file, movedAside);
    logger.error({ file, copy: movedAside, problems: damage.problems }, `store: the ${what} is damaged; every readable record was kept`);
    for (const [kind, count] of Object.entries(damage.lost) as [LostKind, number][]) {
      salvaged[kind] = (salvaged[kind] ?? 0) + count;
      logger.error({ file, lost: kind, count }, `store: salvage of the ${what} lost ${count} ${LOST_WORDS[kind]}`);
    }
    needsSnapshot = true;
  };

  try {
    const text = await new TextFile(path).read();
    snapshotExists = text !== null;
    const outcome: ParseOutcome | null = text === null ? null : parseStoreFile(text);
    if (outcome?.kind === "newer") throw new StoreVersionError(path, outcome.version);
    const journals = readJournals(path);
    if (outcome?.kind === "unreadable") {
      if (!journals.some((j) => j.ops.length > 0)) throw new StoreUnreadableError(path, outcome.problems);
      reportDamage(path, "store file", { problems: [...outcome.problems], lost: { wholeFiles: 1 } });
    } else if (outcome) {
      for (const [userId, record] of outcome.users) users.set(userId, record);
      if (outcome.lines) fragments = outcome.lines;
      else for (const userId of users.keys()) dirtyUsers.add(userId);
      if (outcome.damage) reportDamage(path, "store file", outcome.damage);
      if (outcome.migratedFrom !== null) {
        const backup = `${path}.v${outcome.migratedFrom}.bak`;
        copyFileSync(path, backup);
        logger.info({ path, from: outcome.migratedFrom, to: STORE_SCHEMA_VERSION, backup }, "store: migrated the store file");
        needsSnapshot = true;
      }
    }
    // Whole-record lines in generation order: idempotent over the snapshot.
    for (const journal of journals) {
      if (journal.damage) reportDamage(journal.path, "journal", journal.damage);
      for (const op of journal.ops) {
        if (op.record) users.set(op.userId, op.record);
        else users.delete(op.userId);
        dirtyUsers.add(op.userId);
      }
      replayed.push(journal.path);
      gen = Math.max(gen, journal.gen);
    }
    if (replayed.length > 0) needsSnapshot = true;
  } catch (error) {
    lock.release();
    throw error;
  }

  let snapshotting: Promise<void> | null = null;
  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  let snapshots = 0;
  let lastSnapshotMs = 0;
  let lastSnapshotBytes = 0;

  const journal = createJournalWriter({
    storePath: path,
    gen: gen + 1,
    fsync,
    debounceMs: options.debounceMs ?? 200,
    logger,
    onAppended(journalBytes) {
      if (journalBytes > maxJournalBytes || (snapshotExists && !existsSync(path))) void snapshot();
    },
    // A new journal and a full snapshot bring the store back if its folder is still there.
    onBroken: () => void snapshot(),
  });

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
      // A broken journal holds its waiters until this rotation: do not wait for them.
      if (!journal.broken) await journal.durable().catch(() => undefined);
      while (journal.busy) await journal.busy.catch(() => undefined);
      const rotated = journal.rotate(); // throws (and the snapshot is skipped) when the folder is gone
      const obsolete = [...replayed.splice(0), rotated];
      const started = performance.now();
      refreshFragments();
      // Only snapshot() touches `fragments`, one at a time, so iterating it across the awaits is safe.
      lastSnapshotBytes = await writeSnapshotFile(path, fragments.values(), fsync);
      snapshotExists = true;
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
        const reason = error instanceof Error ? error.message : String(error);
        logger.error({ path, err: reason }, "store: snapshot failed; the journal keeps the changes");
        journal.rejectHeld(reason);
      })
      .finally(() => {
        snapshotting = null;
        // A journal that broke while this snapshot ran still holds waiters: recover (or refuse them) now.
        if (journal.broken && journal.holding) void snapshot();
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
      journal.push(encodeJournalLine(userId, record));
      dirtyUsers.add(userId);
      scheduleSnapshot();
    },
    durable: () => journal.durable(),
    async close() {
      try {
        if (!journal.broken) await journal.durable().catch(() => undefined);
        await snapshot();
      } finally {
        if (snapshotTimer) clearTimeout(snapshotTimer);
        const unused = journal.close();
        try {
          // The snapshot holds everything; an empty journal is not needed.
          if (unused) unlinkSync(journal.path);
        } catch {
          // already gone
        }
        lock.release();
      }
    },
  };

  const store = createRecordStore(users, hooks);
  if (needsSnapshot) await snapshot();
  const lostSomething = Object.keys(salvaged).length > 0;
  return {
    ...store,
    path,
    movedAside,
    salvaged: lostSomething || movedAside ? salvaged : null,
    stats: () => ({ users: users.size, snapshots, lastSnapshotMs, lastSnapshotBytes, ...journal.stats() }),
  };
}

/** Folder listing helper for tests and operators: every file that belongs to a store. */
export function storeFiles(path: string): string[] {
  const base = basename(path);
  return readdirSync(dirname(path))
    .filter((f) => f === base || f.startsWith(`${base}.`))
    .map((f) => join(dirname(path), f));
}
