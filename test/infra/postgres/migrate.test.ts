import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMigrations, migrate, SchemaError } from "../../../src/infra/postgres/migrate.js";
import { createPostgresUserStore, DatabaseConnectError } from "../../../src/infra/postgres/postgres-user-store.js";
import { startTestPostgres, type TestPostgres } from "../../helpers/postgres-server.js";

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(() => server?.stop());

describe("PostgreSQL schema migrations", () => {
  it("applies each migration once when several instances start together", async () => {
    const url = server.createDatabase("migrate_race");
    const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: url, max: 2 }));
    try {
      const applied = await Promise.all(pools.map((pool) => migrate(pool)));
      const all = loadMigrations().map((m) => m.version);
      // Exactly one instance applied them all; the others found them done.
      expect(applied.filter((a) => a.length > 0)).toEqual([all]);
      const { rows } = await pools[0]!.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
      expect(rows.map((r) => r.version)).toEqual(all);
      expect(await migrate(pools[0]!)).toEqual([]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it("refuses a database migrated by a newer bot, and an edited released migration", async () => {
    const url = server.createDatabase("migrate_refuse");
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    try {
      await migrate(pool);
      const known = loadMigrations();
      await pool.query("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, 'from_the_future', 'x')", [known.length + 1]);
      await expect(migrate(pool)).rejects.toThrow(SchemaError);
      await expect(migrate(pool)).rejects.toThrow(/newer than this bot knows/);
      await pool.query("DELETE FROM schema_migrations WHERE version = $1", [known.length + 1]);
      const edited = known.map((m, i) => (i === 0 ? { ...m, checksum: "edited" } : m));
      await expect(migrate(pool, { migrations: edited })).rejects.toThrow(/must not be edited/);
    } finally {
      await pool.end();
    }
  });

  it("rejects badly named or gapped migration files", () => {
    const dir = mkdtempSync(join(tmpdir(), "migrations-"));
    try {
      writeFileSync(join(dir, "001_init.sql"), "SELECT 1;");
      writeFileSync(join(dir, "003_later.sql"), "SELECT 1;");
      expect(() => loadMigrations(dir)).toThrow(/without gaps/);
      writeFileSync(join(dir, "2_bad.sql"), "SELECT 1;");
      expect(() => loadMigrations(dir)).toThrow(/NNN_name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("explains an unreachable database without printing the password", async () => {
    const error = await createPostgresUserStore({ connectionString: "postgres://bot:s3cret-pw@127.0.0.1:1/bot" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseConnectError);
    expect(String((error as Error).message)).toMatch(/127\.0\.0\.1:1\/bot/);
    expect(String((error as Error).message)).not.toContain("s3cret-pw");
  });
});
