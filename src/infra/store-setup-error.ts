/**
 * Start-up failures of the file store that the operator fixes by changing STORE_PATH or the file
 * system (issue 11: a directory, an unreadable file or a read-only directory ended in a raw
 * `fatal: Error: EISDIR` and exit 1). main.ts maps them to one line and exit code 2, like every
 * other setup error. The store itself stays free to throw plain Node errors.
 */
export class StoreSetupError extends Error {
  override readonly name = "StoreSetupError";
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** What to do, per error code; the path is shown, never file contents. */
const HINTS: Readonly<Record<string, string>> = {
  EISDIR: "is a directory; set STORE_PATH to a file path such as var/store.json",
  ENOTDIR: "goes through a file as if it were a directory; fix the directories in STORE_PATH",
  EEXIST: "goes through a file as if it were a directory; fix the directories in STORE_PATH",
  EACCES: "permission denied; let the bot's user read and write the file and its directory (a journal and a lock file are kept beside it)",
  EPERM: "permission denied; let the bot's user read and write the file and its directory (a journal and a lock file are kept beside it)",
  EROFS: "is on a read-only file system; set STORE_PATH to a writable place",
  ENOSPC: "no space left on the device; free some space or move STORE_PATH",
  EDQUOT: "disk quota exceeded; free some space or move STORE_PATH",
  ENAMETOOLONG: "the path is too long; choose a shorter STORE_PATH",
  ELOOP: "too many symbolic links in the path; point STORE_PATH at the real file",
  ENOENT: "a file beside it cannot be created here; set STORE_PATH to a writable directory",
};

function systemCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  // Node's file-system errors carry both; anything else is a bug, not a setup problem.
  return typeof code === "string" && typeof syscall === "string" ? code : undefined;
}

/** The setup error for a file-system failure while opening the store, or undefined for anything else. */
export function toStoreSetupError(error: unknown, storePath: string): StoreSetupError | undefined {
  const code = systemCode(error);
  if (code === undefined) return undefined;
  const hint = HINTS[code] ?? `cannot be opened (${code})`;
  return new StoreSetupError(`STORE_PATH ${JSON.stringify(storePath)}: ${hint}.`, code);
}
