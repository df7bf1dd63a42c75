import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "vitest";
import type { UserStore } from "../../src/core/store/user-store.js";
import { createSqliteUserStore, loadSqlite } from "../../src/infra/sqlite-user-store.js";
import { runUserStoreContract } from "./user-store.contract.js";

// better-sqlite3 is optional (a native build); without it this reference store is not tested.
if (loadSqlite()) {
  runUserStoreContract("sqlite (reference)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sqlite-contract-"));
    const path = join(dir, "store.db");
    const opened: UserStore[] = [createSqliteUserStore({ path })];
    return {
      store: opened[0] as UserStore,
      async reopen() {
        for (const s of opened) await s.close();
        const again = createSqliteUserStore({ path });
        opened.push(again);
        return again;
      },
      async cleanup() {
        for (const s of opened) await s.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
} else {
  describe.skip("UserStore contract: sqlite (better-sqlite3 not installed)", () => {
    it("skipped", () => {});
  });
}
