import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLowdbUserStore, storeFiles } from "../../../src/infra/store/lowdb-user-store.js";
import { reminder } from "../../contracts/user-store.contract.js";
import { startWriter, type WriterProcess } from "../../helpers/crash-writer-process.js";

/**
 * Store fault matrix (issue 11, items 4 to 6) with real writer processes and SIGKILL: every
 * reminder whose creation was confirmed while it was on disk is back after the restart, or the
 * writer was told the creation failed. The in-process cases are in store-faults.test.ts.
 */
const ROOT = join(import.meta.dirname, "../../..");
const clock = { now: () => new Date() };
let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "store-faults-crash-"));
  path = join(dir, "store.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Ids that must be in the store after a kill: confirmed, and not deleted (a deletion cut short may go either way). */
const mustExist = (w: WriterProcess) => w.acked.filter((id) => !w.deleting.includes(id));
const idsOnDisk = async () => {
  const store = await createLowdbUserStore({ path, clock });
  try {
    return new Set((await store.allReminders()).map((r) => r.id));
  } finally {
    await store.close();
  }
};

describe("store faults with real processes and SIGKILL", () => {
  it("restart right after SIGKILL: the dead writer's lock does not block the restart, every confirmed reminder is back", async () => {
    for (let round = 0; round < 3; round++) {
      const writer = startWriter(path);
      await writer.until(() => writer.acked.length >= 3);
      writer.child.kill("SIGKILL");
      // No waiting for the exit: the writer may still be dying or an unreaped zombie holding the lock.
      const store = await createLowdbUserStore({ path, clock });
      const ids = new Set((await store.allReminders()).map((r) => r.id));
      await store.close();
      // Only now is all its output read (a deletion it made durable may still have been in the pipe).
      await writer.kill();
      expect(
        mustExist(writer).filter((id) => !ids.has(id)),
        `round ${round}`,
      ).toEqual([]);
    }
  }, 90_000);

  it("journal removed while running, then SIGKILL: the writer is told of the refused creation, every confirmed one is back", async () => {
    const writer = startWriter(path);
    await writer.until(() => writer.acked.length >= 5);
    for (const file of storeFiles(path)) if (file.includes(".journal.")) unlinkSync(file);
    const ackedAtRemoval = writer.acked.length;
    const refused = () => writer.events.some((e) => e.startsWith("FAIL") || e.startsWith("DELFAIL"));
    await writer.until(() => refused() && writer.acked.length >= ackedAtRemoval + 5);
    await writer.kill();
    const ids = await idsOnDisk();
    expect(mustExist(writer).filter((id) => !ids.has(id))).toEqual([]);
    expect(writer.failed.filter((id) => ids.has(id))).toEqual([]);
  }, 60_000);

  it("store directory removed while running: from the first refusal on, every creation is refused, none confirmed", async () => {
    const writer = startWriter(path);
    await writer.until(() => writer.acked.length >= 5);
    rmSync(dir, { recursive: true, force: true });
    await writer.until(() => writer.failed.length >= 10);
    expect(writer.stderr()).toBe("");
    await writer.kill();
    const firstFail = writer.events.findIndex((e) => e.startsWith("FAIL") || e.startsWith("DELFAIL"));
    const confirmedAfter = writer.events.slice(firstFail).filter((e) => e.startsWith("ACK"));
    expect(confirmedAfter).toEqual([]);
  }, 60_000);

  it("garbage written over part of the snapshot while running, then SIGKILL: only the overwritten line is lost", async () => {
    const seed = await createLowdbUserStore({ path, clock });
    await Promise.all(Array.from({ length: 100 }, (_, i) => seed.addReminder(reminder(`r${i}`, `tg:${i}`))));
    await seed.close();
    const writer = startWriter(path);
    await writer.until(() => writer.acked.length >= 5);
    const size = readFileSync(path).length;
    const fd = openSync(path, "r+");
    writeSync(fd, Buffer.from("\u0000garbage\u0000".repeat(3)), 0, 27, Math.floor(size / 2));
    closeSync(fd);
    await writer.until(() => writer.acked.length >= 10);
    await writer.kill();
    const store = await createLowdbUserStore({ path, clock });
    const ids = new Set((await store.allReminders()).map((r) => r.id));
    expect(store.salvaged).not.toBeNull();
    await store.close();
    expect(mustExist(writer).filter((id) => !ids.has(id))).toEqual([]);
    const originalsLost = Array.from({ length: 100 }, (_, i) => `r${i}`).filter((id) => !ids.has(id));
    expect(originalsLost.length).toBeLessThanOrEqual(2); // the 27 bytes can touch at most two lines
  }, 60_000);

  it("a second process through a symlinked path or folder is refused while the first writes", async () => {
    const writer = startWriter(path);
    await writer.until(() => writer.acked.length >= 1);
    const links = mkdtempSync(join(tmpdir(), "store-faults-links-"));
    try {
      symlinkSync(path, join(links, "link.json"));
      symlinkSync(dir, join(links, "dir"));
      for (const other of [join(links, "link.json"), join(links, "dir", "store.json")]) {
        const second = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "test/fixtures/crash-writer.ts"), other, "open", "300"], {
          cwd: ROOT,
          encoding: "utf8",
        });
        expect(second.status, other).toBe(3);
        expect(second.stderr).toContain(`already in use by process ${writer.child.pid}`);
      }
    } finally {
      await writer.kill();
      rmSync(links, { recursive: true, force: true });
    }
    const ids = await idsOnDisk();
    expect(mustExist(writer).filter((id) => !ids.has(id))).toEqual([]);
  }, 60_000);

  it("a second process gets a clear error while the first holds the file", async () => {
    const store = await createLowdbUserStore({ path, clock: { now: () => new Date() } });
    const child = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "test/fixtures/crash-writer.ts"), path, "open", "300"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(child.status).toBe(3);
    expect(child.stderr).toContain(`already in use by process ${process.pid}`);
    expect(child.stderr).toContain("Only one bot process may open a store file");
    await store.close();
  });
});
