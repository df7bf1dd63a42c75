import pg from "pg";
import { type CoreLogger, silentLogger } from "../../core/logger.js";
import { migrate } from "./migrate.js";

export interface PostgresPoolOptions {
  /** DATABASE_URL, e.g. postgres://bot:secret@db:5432/bot */
  readonly connectionString: string;
  readonly logger?: CoreLogger;
  /** Pool size per process. Default 10. */
  readonly maxConnections?: number;
  /** Apply pending schema migrations at open (default true). */
  readonly migrate?: boolean;
}

// bigint columns hold epoch milliseconds: far inside a double's exact range, so read them as numbers.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** DATABASE_URL could not be used: the message names host, port and database (never the password) and what to check. */
export class DatabaseConnectError extends Error {
  override readonly name = "DatabaseConnectError";
}

const CONNECT_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: "nothing listens there; is PostgreSQL running, and are host and port right?",
  ENOTFOUND: "the host name does not resolve",
  ETIMEDOUT: "the connection timed out",
  "28P01": "the password was rejected",
  "28000": "this user may not connect (pg_hba.conf)",
  "3D000": "the database does not exist (create it, e.g. createdb)",
};

function explainConnectError(error: unknown, connectionString: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !(code in CONNECT_CODES)) return error;
  let where = "DATABASE_URL";
  try {
    const url = new URL(connectionString);
    where = `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    // not a URL: keep the variable name only
  }
  return new DatabaseConnectError(`postgres: cannot use DATABASE_URL (${where}): ${CONNECT_CODES[code]}`, { cause: error });
}

/**
 * Opens the connection pool of one process and brings the schema up to date (migrate.ts). A database
 * that cannot be reached fails here with a {@link DatabaseConnectError} saying what to check.
 */
export async function openPostgresPool(options: PostgresPoolOptions): Promise<pg.Pool> {
  const logger = options.logger ?? silentLogger;
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    types,
    application_name: "ircc-status-bot",
  });
  // An idle client losing its connection (database restart) must not crash the process; the next query reconnects.
  pool.on("error", (error) => logger.warn({ err: error.message }, "postgres: an idle connection failed"));
  try {
    if (options.migrate !== false) await migrate(pool, { logger });
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw explainConnectError(error, options.connectionString);
  }
  return pool;
}
