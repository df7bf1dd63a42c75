import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { UserStore } from "../../src/core/store/user-store.js";
import { createLowdbUserStore, type LowdbUserStore } from "../../src/infra/store/lowdb-user-store.js";
import { runFollowStoreContract } from "./follow-store.contract.js";
import { runUserStoreContract } from "./user-store.contract.js";

const clock = { now: () => new Date("2026-11-22T12:00:00Z") };

runUserStoreContract("lowdb", async () => {
  const dir = mkdtempSync(join(tmpdir(), "store-contract-"));
  const path = join(dir, "store.json");
  const opened: UserStore[] = [await createLowdbUserStore({ path, clock })];
  return {
    store: opened[0] as UserStore,
    async reopen() {
      for (const s of opened) await s.close();
      const again = await createLowdbUserStore({ path, clock });
      opened.push(again);
      return again;
    },
    async cleanup() {
      for (const s of opened) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

runFollowStoreContract("lowdb", async () => {
  const dir = mkdtempSync(join(tmpdir(), "follow-contract-"));
  const path = join(dir, "store.json");
  const opened: LowdbUserStore[] = [await createLowdbUserStore({ path, clock })];
  return {
    store: opened[0] as LowdbUserStore,
    async reopen() {
      for (const s of opened) await s.close();
      const again = await createLowdbUserStore({ path, clock });
      opened.push(again);
      return again;
    },
    async cleanup() {
      for (const s of opened) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
