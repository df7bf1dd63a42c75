import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLowdbUserStore } from "../../../src/infra/store/lowdb-user-store.js";
import { startWriter } from "../../helpers/crash-writer-process.js";

/** SIGKILL rounds; CRASH_ROUNDS=100 for a longer soak, CRASH_ROUNDS=3 for a quick look. */
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
const dir = mkdtempSync(join(tmpdir(), "crash-store-"));
const path = join(dir, "store.json");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged something, then SIGKILLs it after a random delay. */
async function runAndKill(killAfterMs: number) {
  const writer = startWriter(path);
  await writer.until(() => writer.acked.length > 0);
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  await writer.kill();
  return writer;
}

describe("crash safety of the lowdb store", () => {
  it(
    `keeps every acknowledged reminder across ${ROUNDS} SIGKILLs at random moments`,
    async () => {
      const mustExist = new Set<string>();
      const mustNotExist = new Set<string>();
      let totalAcked = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const { acked, deleted, deleting } = await runAndKill(Math.floor(Math.random() * 300));
        totalAcked += acked.length;
        for (const id of acked) mustExist.add(id);
        // A deletion cut off by the kill may or may not have reached the disk: either outcome is correct.
        for (const id of deleting) mustExist.delete(id);
        for (const id of deleted) {
          mustExist.delete(id);
          mustNotExist.add(id);
        }
        const store = await createLowdbUserStore({ path, clock: { now: () => new Date() } });
        try {
          expect(store.movedAside, `round ${round}: the file did not load`).toBeNull();
          const ids = new Set((await store.allReminders()).map((r) => r.id));
          const missing = [...mustExist].filter((id) => !ids.has(id));
          expect(missing, `round ${round}: acknowledged reminders lost`).toEqual([]);
          const resurrected = [...mustNotExist].filter((id) => ids.has(id));
          expect(resurrected, `round ${round}: acknowledged deletions undone`).toEqual([]);
        } finally {
          await store.close();
        }
      }
      expect(totalAcked).toBeGreaterThan(ROUNDS);
    },
    60_000 + ROUNDS * 5_000,
  );
});
