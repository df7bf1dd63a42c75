import { closeSync, fdatasync, fstatSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname } from "node:path";
import { promisify } from "node:util";
import type { CoreLogger } from "../../core/logger.js";
import type { UserRecord } from "../../core/store/user-records.js";
import { StoreWriteError } from "../../core/store/user-store.js";
import { fsyncFolder, writeBuffer } from "./snapshot.js";
import { journalLineSchema } from "./store-schema.js";
import type { Damage } from "./user-collector.js";

const fdatasyncAsync = promisify(fdatasync);

export const journalName = (storePath: string, gen: number): string => `${storePath}.journal.${gen}`;

export interface JournalOp {
  readonly userId: string;
  readonly record: UserRecord | null;
}

/** One journal line: `{u, r}`, the user's whole new record (v2 object form) or null when deleted. */
export const encodeJournalLine = (userId: string, record: UserRecord | undefined): string =>
  `${JSON.stringify({ u: userId, r: record ?? null })}\n`;

/** Parses one journal line; undefined when it is not a valid one. */
export function parseJournalLine(line: string): JournalOp | undefined {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = journalLineSchema.safeParse(json);
  if (!parsed.success) return undefined;
  for (const r of parsed.data.r?.reminders ?? []) if (r.userId !== parsed.data.u) return undefined;
  return { userId: parsed.data.u, record: parsed.data.r as UserRecord | null };
}

export interface JournalFile {
  readonly path: string;
  readonly gen: number;
  readonly ops: JournalOp[];
  /** Lines that could not be read (not counting a torn last line, which was never acknowledged). */
  readonly damage: Damage | null;
}

/**
 * Reads every journal of the store in generation order. A bad line is skipped and counted, every
 * valid line is kept: lines hold whole records, so the valid ones still replay correctly.
 */
export function readJournals(storePath: string): JournalFile[] {
  const prefix = `${basename(storePath)}.journal.`;
  const gens = readdirSync(dirname(storePath))
    .filter((f) => f.startsWith(prefix) && /^\d+$/.test(f.slice(prefix.length)))
    .map((f) => Number(f.slice(prefix.length)))
    .sort((a, b) => a - b);
  return gens.map((gen) => {
    const path = journalName(storePath, gen);
    const lines = readFileSync(path, "utf8").split("\n");
    const ops: JournalOp[] = [];
    const problems: string[] = [];
    let bad = 0;
    lines.forEach((line, i) => {
      if (line === "") return;
      const op = parseJournalLine(line);
      if (op) ops.push(op);
      else if (i !== lines.length - 1) {
        bad += 1;
        if (problems.length < 20) problems.push(`line ${i + 1}: unreadable`);
      }
    });
    return { path, gen, ops, damage: bad > 0 ? { problems, lost: { journalLines: bad } } : null };
  });
}

export interface JournalWriterOptions {
  readonly storePath: string;
  readonly gen: number;
  readonly fsync: boolean;
  readonly debounceMs: number;
  readonly logger: CoreLogger;
  /** After each successful append, with the journal's size. */
  onAppended(journalBytes: number): void;
  /** An append failed or its file is gone: the caller should write a snapshot (which opens a new journal). */
  onBroken(): void;
}

/**
 * The append-only journal: queued lines are written in one append per batch (group commit), then
 * fsynced, then checked to still be linked at their path. Only then do waiters resolve, so a
 * "created" is never told for a line that went to a deleted file or did not reach the disk; else
 * waiters reject with {@link StoreWriteError}.
 */
export function createJournalWriter(options: JournalWriterOptions) {
  const { storePath, fsync, logger } = options;
  let gen = options.gen;
  let path = journalName(storePath, gen);
  let fd = openSync(path, "a", 0o600);
  if (fsync) fsyncFolder(dirname(path));
  let pending: string[] = [];
  let appending: Promise<void> | null = null;
  let waiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let bytes = 0;
  let appends = 0;
  /** The last append failed: nothing more goes to this file; waiters are held until rotate() or rejectHeld(). */
  let broken = false;

  const stillLinked = (target: number, targetPath: string): boolean => {
    try {
      const own = fstatSync(target);
      return own.nlink > 0 && statSync(targetPath).ino === own.ino;
    } catch {
      return false;
    }
  };

  const append = async (target: number, targetPath: string, text: string): Promise<void> => {
    await writeBuffer(target, Buffer.from(text, "utf8"));
    if (fsync) await fdatasyncAsync(target);
    if (!stillLinked(target, targetPath)) throw new Error(`${targetPath} was removed while in use`);
  };

  const start = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (broken) {
      options.onBroken(); // try again to recover; the held waiters learn the outcome
      return;
    }
    const batch = waiters;
    waiters = [];
    const text = pending.join("");
    pending = [];
    const targetPath = path;
    appending = (text ? append(fd, targetPath, text) : Promise.resolve())
      .then(
        () => {
          appends += 1;
          bytes += Buffer.byteLength(text);
          for (const w of batch) w.resolve();
          options.onAppended(bytes);
        },
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          logger.error({ journal: targetPath, err: reason }, "store: journal append failed; the changes were refused");
          const failure = new StoreWriteError(`store: a change could not be made durable (${reason})`);
          for (const w of batch) w.reject(failure);
          broken = true;
          options.onBroken();
        },
      )
      .finally(() => {
        appending = null;
        if (!broken && (waiters.length > 0 || pending.length > 0)) start();
      });
  };

  return {
    get path() {
      return path;
    },
    get busy() {
      return appending;
    },
    /** True after a failed append, until a rotate() gives the journal a new file. */
    get broken() {
      return broken;
    },
    /** Changes are waiting for a broken journal. */
    get holding() {
      return waiters.length > 0;
    },
    /** Refuses the changes waiting for a broken journal (the recovery failed). */
    rejectHeld(reason: string): void {
      if (!broken) return;
      const failure = new StoreWriteError(`store: a change could not be made durable (${reason})`);
      for (const w of waiters.splice(0)) w.reject(failure);
    },
    stats: () => ({ journalBytes: bytes, appends }),
    /** Queues a line; it is written within `debounceMs` or with the next durable() call. */
    push(line: string): void {
      pending.push(line);
      if (!appending && !timer) {
        timer = setTimeout(() => {
          timer = undefined;
          if (!appending && pending.length > 0) start();
        }, options.debounceMs);
        timer.unref?.();
      }
    },
    /** Resolves once every line queued so far is on disk. */
    durable(): Promise<void> {
      if (pending.length === 0 && !broken) return appending ? appending.then(() => undefined) : Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiters.push({ resolve, reject });
        if (!appending) start();
      });
    },
    /**
     * Switches to the next generation (synchronously: every line queued from here on goes to the new
     * file). Call only when no append is in flight. Returns the old file's path. Throws when the new
     * file cannot be created, leaving the old one in use.
     */
    rotate(): string {
      const next = journalName(storePath, gen + 1);
      const nextFd = openSync(next, "a", 0o600);
      if (fsync) fsyncFolder(dirname(next));
      const old = path;
      closeSync(fd);
      fd = nextFd;
      gen += 1;
      path = next;
      bytes = 0;
      if (broken) {
        broken = false;
        if (waiters.length > 0 || pending.length > 0) start();
      }
      return old;
    },
    /** Stops the timer and closes the file; true when nothing was ever written to it. */
    close(): boolean {
      if (timer) clearTimeout(timer);
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      return bytes === 0 && pending.length === 0;
    },
  };
}

export type JournalWriter = ReturnType<typeof createJournalWriter>;
