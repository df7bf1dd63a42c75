import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type pg from "pg";
import { type CoreLogger, silentLogger } from "../../core/logger.js";
import { PROJECT_ROOT } from "../create-core-from-disk.js";

/** Where the versioned schema lives: `NNN_name.sql`, applied in order, never edited once released. */
export const MIGRATIONS_DIR = join(PROJECT_ROOT, "src", "infra", "postgres", "migrations");

/** Advisory lock key (any constant bigint) held while migrating, so instances starting together do not race. */
const MIGRATION_LOCK = 7_316_420_001;

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

/** The database was migrated by a newer bot, or a released migration file was changed. */
export class SchemaError extends Error {
  override readonly name = "SchemaError";
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .map((file) => {
      const match = /^(\d{3})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!match) throw new SchemaError(`postgres: migration file name ${file} is not NNN_name.sql`);
      const sql = readFileSync(join(dir, file), "utf8");
      return { version: Number(match[1]), name: match[2] as string, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new SchemaError(`postgres: migrations must be numbered 001, 002, … without gaps (found ${m.version})`);
  });
  return migrations;
}

/**
 * Brings the schema up to date at start. Every instance calls it; a session advisory lock makes
 * them take turns, so exactly one applies each migration and the others find it done. Each
 * migration runs in its own transaction with its row in `schema_migrations` (version, name,
 * checksum), so a crash leaves the schema at a whole version. Refuses a database migrated by a
 * newer bot (it would not know the columns) and a released migration whose text changed.
 * Returns the versions it applied.
 */
export async function migrate(pool: pg.Pool, options: { logger?: CoreLogger; migrations?: readonly Migration[] } = {}): Promise<number[]> {
  const logger = options.logger ?? silentLogger;
  const migrations = options.migrations ?? loadMigrations();
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ version: number; name: string; checksum: string }>(
      "SELECT version, name, checksum FROM schema_migrations ORDER BY version",
    );
    const known = new Map(migrations.map((m) => [m.version, m]));
    for (const row of rows) {
      const mine = known.get(row.version);
      if (!mine)
        throw new SchemaError(
          `postgres: the database has schema version ${row.version} (${row.name}), newer than this bot knows (${migrations.length}). Upgrade the bot; nothing was changed.`,
        );
      if (mine.checksum !== row.checksum)
        throw new SchemaError(
          `postgres: migration ${row.version} (${row.name}) differs from the one applied to this database. Released migrations must not be edited; add a new one.`,
        );
    }
    const done = new Set(rows.map((r) => r.version));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", [m.version, m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
      applied.push(m.version);
      logger.info({ version: m.version, name: m.name }, "postgres: applied a schema migration");
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return applied;
}
