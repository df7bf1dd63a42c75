import { afterAll, beforeAll } from "vitest";
import type { UserStore } from "../../src/core/store/user-store.js";
import { createPostgresUserStore, type PostgresUserStore } from "../../src/infra/postgres/postgres-user-store.js";
import { startTestPostgres, type TestPostgres } from "../helpers/postgres-server.js";
import { runFollowStoreContract } from "./follow-store.contract.js";
import { runUserStoreContract } from "./user-store.contract.js";

// A real PostgreSQL server in a temp folder (test/helpers/postgres-server.ts); one fresh database per case.
let server: TestPostgres;
let n = 0;
beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(() => server?.stop());

runUserStoreContract("postgres", async () => {
  const url = server.createDatabase(`contract_${++n}`);
  const opened: UserStore[] = [await createPostgresUserStore({ connectionString: url, maxConnections: 3 })];
  return {
    store: opened[0] as UserStore,
    async reopen() {
      for (const s of opened) await s.close();
      const again = await createPostgresUserStore({ connectionString: url, maxConnections: 3 });
      opened.push(again);
      return again;
    },
    async cleanup() {
      for (const s of opened) await s.close();
    },
  };
});

runFollowStoreContract("postgres", async () => {
  const url = server.createDatabase(`follow_contract_${++n}`);
  const opened: PostgresUserStore[] = [await createPostgresUserStore({ connectionString: url, maxConnections: 3 })];
  return {
    store: opened[0] as PostgresUserStore,
    async reopen() {
      for (const s of opened) await s.close();
      const again = await createPostgresUserStore({ connectionString: url, maxConnections: 3 });
      opened.push(again);
      return again;
    },
    async cleanup() {
      for (const s of opened) await s.close();
    },
  };
});
