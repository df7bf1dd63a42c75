import { closeSync, fsyncSync, openSync, renameSync, write as writeFd } from "node:fs";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import type { UserRecord } from "../../core/store/user-records.js";
import { migrateToV2 } from "./migrations.js";
import { STORE_SCHEMA_VERSION, v2TopSchema, v3TopSchema } from "./store-schema.js";
import { createUserCollector, type Damage, type UserCollector } from "./user-collector.js";

export type ParseOutcome =
  | {
      readonly kind: "ok";
      readonly users: Map<string, UserRecord>;
      readonly migratedFrom: number | null;
      /** Each user's line as read, when the file is in the current layout: snapshots reuse it instead of re-serialising. */
      readonly lines: Map<string, string> | null;
      /** What was wrong and what was dropped, when the file was damaged; null when it was sound. */
      readonly damage: Damage | null;
    }
  /** Not one record could be read: the store refuses to start rather than start empty. */
  | { readonly kind: "unreadable"; readonly problems: readonly string[] }
  | { readonly kind: "newer"; readonly version: number };

const SNAPSHOT_HEAD = `{"version":${STORE_SCHEMA_VERSION},"users":[\n`;
const SNAPSHOT_TAIL = "\n]}\n";
const V2_HEAD = '{"version":2,"users":{\n';
const V2_TAIL = "\n}}\n";

/**
 * Serialises user lines the way {@link parseStoreFile} reads fastest: still one valid JSON document
 * (lowdb-compatible), but one user per line, so loading parses one small array at a time, and a
 * damaged file can be salvaged line by line.
 */
export function snapshotLayout(lines: Iterable<string>): string {
  return [...snapshotChunks(lines)].join("");
}

/** {@link snapshotLayout} in pieces of about `chunkChars` characters, so a 15 MB snapshot is never held whole. */
export function* snapshotChunks(lines: Iterable<string>, chunkChars = 1 << 20): Generator<string> {
  let batch: string[] = [SNAPSHOT_HEAD];
  let size = 0;
  let first = true;
  for (const line of lines) {
    if (!first) batch.push(",\n");
    first = false;
    batch.push(line);
    size += line.length + 2;
    if (size >= chunkChars) {
      yield batch.join("");
      batch = [];
      size = 0;
    }
  }
  batch.push(SNAPSHOT_TAIL);
  yield batch.join("");
}

const done = (c: UserCollector, migratedFrom: number | null): ParseOutcome => {
  const { users, lines, damage } = c.result();
  return { kind: "ok", users, migratedFrom, lines: migratedFrom === null ? lines : null, damage };
};

/** Parses, migrates and validates the text of a store file, salvaging every valid record of a damaged one. */
export function parseStoreFile(text: string): ParseOutcome {
  if (text.trim() === "") {
    const c = createUserCollector();
    c.note("the file is empty");
    return done(c, null);
  }
  const fast = parseLineLayout(text, SNAPSHOT_HEAD, SNAPSHOT_TAIL) ?? parseLineLayout(text, V2_HEAD, V2_TAIL);
  if (fast) return fast;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return salvageLines(text);
  }
  const head = z.object({ version: z.number().int().min(1) }).safeParse(json);
  if (!head.success) return { kind: "unreadable", problems: ['missing or invalid "version"'] };
  const version = head.data.version;
  if (version > STORE_SCHEMA_VERSION) return { kind: "newer", version };
  const c = createUserCollector();
  if (version === STORE_SCHEMA_VERSION) {
    // Hand-formatted: no reusable lines; the next snapshot rewrites it in the line layout.
    const top = v3TopSchema.safeParse(json);
    if (!top.success)
      return { kind: "unreadable", problems: top.error.issues.slice(0, 20).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
    for (const raw of (json as { users: unknown[] }).users) c.addTuple(raw, undefined);
    const outcome = done(c, null);
    return outcome.kind === "ok" && outcome.damage && outcome.users.size === 0
      ? { kind: "unreadable", problems: outcome.damage.problems }
      : outcome;
  }
  let data: unknown;
  try {
    data = migrateToV2(json, version);
  } catch (error) {
    return {
      kind: "unreadable",
      problems: [`migration from version ${version} failed: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const top = v2TopSchema.safeParse(data);
  if (!top.success)
    return { kind: "unreadable", problems: top.error.issues.slice(0, 20).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
  // The parsed JSON itself (not zod's copy), so deleting from it frees the raw records as we go.
  const raw = (data as { users: Record<string, unknown> }).users;
  for (const userId of Object.keys(raw)) {
    c.addObject(userId, raw[userId]);
    delete raw[userId];
  }
  return done(c, version);
}

/**
 * Fast path for files in the line layout (v3, or v2 as v2 snapshots wrote it); undefined when the
 * text is laid out otherwise or a line is not JSON, so the caller decides (and salvages). Walks the
 * text with indexOf instead of split(): a raw newline cannot occur inside a JSON string, so ",\n"
 * only ever separates lines.
 */
function parseLineLayout(text: string, head: string, tail: string): ParseOutcome | undefined {
  if (!text.startsWith(head) || !text.endsWith(tail)) return undefined;
  const v2 = head === V2_HEAD;
  const c = createUserCollector();
  const end = text.length - tail.length;
  let start = head.length;
  while (start < end) {
    const next = text.indexOf(",\n", start);
    const stop = next < 0 || next > end ? end : next;
    if (!readLine(c, text.slice(start, stop))) return undefined;
    start = stop + 2;
  }
  return done(c, v2 ? 2 : null);
}

/** Reads one line of either layout into the collector; false when it is not one user. */
function readLine(c: UserCollector, line: string): boolean {
  try {
    if (line.startsWith("[")) {
      const raw: unknown = JSON.parse(line);
      if (!Array.isArray(raw)) return false;
      c.addTuple(raw, line);
      return true;
    }
    if (line.startsWith('"')) {
      const object = JSON.parse(`{${line}}`) as Record<string, unknown>;
      const keys = Object.keys(object);
      if (keys.length !== 1) return false;
      c.addObject(keys[0] as string, object[keys[0] as string]);
      return true;
    }
  } catch {
    // not JSON: the caller counts it
  }
  return false;
}

/**
 * A file that is not JSON any more (truncated, garbage appended or written over part of it):
 * every line that is still a whole user is kept, every other line counted as lost. When not one
 * user line and no header survive, nothing is readable.
 */
function salvageLines(text: string): ParseOutcome {
  const c = createUserCollector();
  const rows = text.split("\n");
  const header = /^\{"version":(\d+),"users":[[{]$/.exec(rows[0] ?? "");
  const version = header ? Number(header[1]) : null;
  if (version !== null && version > STORE_SCHEMA_VERSION) return { kind: "newer", version };
  if (!header) c.note("line 1: the file's header is damaged");
  let sawTail = false;
  rows.forEach((row, i) => {
    if (i === 0 && header) return;
    const line = row.endsWith(",") ? row.slice(0, -1) : row;
    if (line === "") return;
    if (line === "]}" || line === "}}") {
      sawTail = true;
      return;
    }
    if (!readLine(c, line)) c.addUnreadable(`line ${i + 1}: not a whole user (${row.length} characters)`);
  });
  if (!sawTail) c.note("the end of the file is missing (truncated)");
  const outcome = done(c, version === 2 ? 2 : null);
  if (outcome.kind === "ok" && outcome.users.size === 0 && !header) return { kind: "unreadable", problems: outcome.damage?.problems ?? [] };
  return outcome;
}

const writeAsync = promisify(writeFd);
const SNAPSHOT_CHUNK_CHARS = 64 * 1024;

/**
 * Atomic, durable replace like lowdb's TextFile (steno): write a temp file beside the target, fsync
 * it, rename it over, fsync the folder. Written in chunks because TextFile.write needs the whole
 * text as one string and then one Buffer of it (at 100k reminders the process's peak RSS).
 * Returns the bytes written.
 */
export async function writeSnapshotFile(path: string, lines: Iterable<string>, fsync: boolean): Promise<number> {
  const temp = join(dirname(path), `.${basename(path)}.tmp`);
  const fd = openSync(temp, "w", 0o600);
  let scratch = Buffer.allocUnsafe(SNAPSHOT_CHUNK_CHARS * 3);
  let bytes = 0;
  try {
    for (const chunk of snapshotChunks(lines, SNAPSHOT_CHUNK_CHARS)) {
      if (chunk.length * 3 > scratch.length) scratch = Buffer.allocUnsafe(chunk.length * 3); // one user line past the chunk size
      const length = scratch.write(chunk, "utf8");
      await writeBuffer(fd, scratch.subarray(0, length));
      bytes += length;
    }
    if (fsync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  if (fsync) fsyncFolder(dirname(path));
  return bytes;
}

export async function writeBuffer(fd: number, data: Buffer): Promise<void> {
  let buffer = data;
  while (buffer.length > 0) {
    const { bytesWritten } = await writeAsync(fd, buffer, 0, buffer.length, null);
    buffer = buffer.subarray(bytesWritten);
  }
}

/** Makes a rename or a new file in `dir` survive a power cut (the entry itself lives in the folder). */
export function fsyncFolder(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, "r");
  } catch (error) {
    // Windows cannot open a folder to fsync it (and does not need to); elsewhere this is a real failure.
    if ((error as NodeJS.ErrnoException).code === "EISDIR" || (error as NodeJS.ErrnoException).code === "EPERM") return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
