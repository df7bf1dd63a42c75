import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_TOKEN } from "./helpers/telegram-harness.js";

const ROOT = join(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "main-setup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the bot as `npm run dev` does; the store fails before Telegram is contacted (port 9 is never reached). */
function start(storePath: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/main.ts")], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: "http://127.0.0.1:9",
      STORE_PATH: storePath,
      LOG_LEVEL: "silent",
    },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stderr: result.stderr };
}

describe("start-up with an unusable STORE_PATH (issue 11)", () => {
  it("a directory: one clear line and exit 2, no raw EISDIR", () => {
    const storeDir = join(dir, "store-dir");
    mkdirSync(storeDir);
    const { code, stderr } = start(storeDir);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toEqual([
      `STORE_PATH ${JSON.stringify(storeDir)}: is a directory; set STORE_PATH to a file path such as var/store.json.`,
    ]);
  });

  it("a path through a file: one clear line and exit 2", () => {
    const file = join(dir, "plain-file");
    writeFileSync(file, "");
    const { code, stderr } = start(join(file, "store.json"));
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^STORE_PATH ".*plain-file\/store\.json": /);
    expect(stderr).not.toMatch(/fatal|EEXIST|ENOTDIR| at /);
  });
});
