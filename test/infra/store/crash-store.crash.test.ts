import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLowdbUserStore } from "../../../src/infra/store/lowdb-user-store.js";

const ROOT = join(import.meta.dirname, "../../..");
const ROUNDS = 20;
const dir = mkdtempSync(join(tmpdir(), "crash-store-"));
const path = join(dir, "store.json");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged something, then SIGKILLs it after a random delay. */
function runAndKill(killAfterMs: number): Promise<{ acked: string[]; deleted: string[]; deleting: string[] }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", join(ROOT, "test/fixtures/crash-writer.ts"), path, "write"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const acked: string[] = [];
    const deleted: string[] = [];
    const deleting: string[] = [];
    let buffer = "";
    let stderr = "";
    let armed = false;
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        const [kind, id] = line.split(" ");
        if (kind === "ACK" && id) acked.push(id);
        if (kind === "DEL" && id) deleted.push(id);
        if (kind === "DELETING" && id) deleting.push(id);
      }
      if (!armed && acked.length > 0) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), killAfterMs);
      }
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`writer exited on its own (code ${code}): ${stderr}`));
      else resolve({ acked, deleted, deleting });
    });
  });
}

describe("crash safety of the lowdb store", () => {
  it(`keeps every acknowledged reminder across ${ROUNDS} SIGKILLs at random moments`, async () => {
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
  }, 90_000);
});
