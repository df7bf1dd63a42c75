import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { startConsole } from "../../../src/adapters/console/start-console.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { createLowdbUserStore } from "../../../src/infra/lowdb-user-store.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const waitFor = async (check: () => boolean, what: string, ms = 5_000) => {
  for (const start = Date.now(); !check(); ) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

/**
 * The console chat as `npm start` runs it without a token: piped stdin, the configured file store and
 * a fake clock that the test moves past the reminder's time while the chat is open.
 */
describe("console chat reminders", () => {
  it("keeps the reminder in STORE_PATH and prints it once when it falls due while the chat is open", async () => {
    const dir = mkdtempSync(join(tmpdir(), "console-reminders-"));
    dirs.push(dir);
    const path = join(dir, "store.json");
    let now = Date.parse("2026-11-22T12:00:00Z"); // Sunday, 07:00 in Toronto
    const clock = { now: () => new Date(now) };
    const store = await createLowdbUserStore({ path, clock });
    const core = await createCoreFromDisk({ store, clock });
    const input = new PassThrough();
    const output = new PassThrough();
    let text = "";
    output.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
    });
    const title = core.translator.forLocale("en")("reminders:message.title");
    const done = startConsole({ core, store, clock, input, output, tickMs: 5, columns: 10_000 });

    input.write("remind me every Monday at 9 Toronto time\n");
    await waitFor(() => text.includes("every Monday at 09:00 (America/Toronto)"), "the confirmation");
    expect(text).toContain(core.translator.forLocale("en")("reminders:created.console"));
    expect(text).not.toContain(title);

    now = Date.parse("2026-11-23T14:00:30Z"); // Monday 09:00:30 in Toronto
    await waitFor(() => text.includes(title), "the reminder to print");
    // Many more ticks at the same instant and later the same day: it must not print again.
    await new Promise((r) => setTimeout(r, 200));
    now += 3 * 3600_000;
    await new Promise((r) => setTimeout(r, 200));
    expect(text.split(title)).toHaveLength(2);

    // Its buttons are the numbered choices: "1" snoozes it.
    input.write("1\n");
    await waitFor(() => /Snoozed/.test(text), "the snooze confirmation");
    input.end();
    await done;
    await store.close();

    const reopened = await createLowdbUserStore({ path, clock });
    const [stored] = await reopened.listReminders("console");
    expect(stored?.lastDeliveredKey).toMatch(/@/);
    expect(stored?.nextDueAt).toBe(Date.parse("2026-11-30T14:00:00Z"));
    await reopened.close();
  }, 30_000);
});
