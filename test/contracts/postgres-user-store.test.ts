import { afterAll, beforeAll } from "vitest";
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

/** A store on a fresh database that the contract may close and reopen; cleanup closes every one opened. */
async function openFresh(name: string) {
  const url = server.createDatabase(`${name}_${++n}`);
  const open = () => createPostgresUserStore({ connectionString: url, maxConnections: 3 });
  const opened: PostgresUserStore[] = [await open()];
  return {
    store: opened[0] as PostgresUserStore,
    async reopen() {
      for (const s of opened) await s.close();
      const again = await open();
      opened.push(again);
      return again;
    },
    async cleanup() {
      for (const s of opened) await s.close();
    },
  };
}

runUserStoreContract("postgres", () => openFresh("contract"));
runFollowStoreContract("postgres", () => openFresh("follow_contract"));
