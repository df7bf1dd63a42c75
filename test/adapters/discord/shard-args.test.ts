import { describe, expect, it } from "vitest";
import { parseShardArgs, toShardArgs } from "../../../src/adapters/discord/shard-args.js";

describe("shard arguments", () => {
  it("round-trips the settings a shard needs, and nothing secret", () => {
    const args = toShardArgs({ defaultLanguage: "fr", logLevel: "warn" });
    expect(args.join(" ")).not.toMatch(/token/i);
    expect(parseShardArgs(args)).toEqual({ defaultLanguage: "fr", logLevel: "warn" });
  });

  it("rejects unknown languages and missing settings, naming them", () => {
    expect(() => parseShardArgs(["--default-language=xx", "--log-level=info"])).toThrow(/defaultLanguage/);
    expect(() => parseShardArgs([])).toThrow(/logLevel/);
  });
});

describe("shard entry", () => {
  it("boots under IPC with the manager's arguments and exits non-zero with a clear message when it has no token", async () => {
    const { fork } = await import("node:child_process");
    const { join } = await import("node:path");
    const { PROJECT_ROOT } = await import("../../../src/infra/create-core-from-disk.js");
    // No DISCORD_TOKEN in the environment: discord.js refuses before any network call.
    const child = fork(join(PROJECT_ROOT, "src/discord-shard.ts"), toShardArgs({ defaultLanguage: "en", logLevel: "silent" }), {
      execArgv: ["--import", "tsx"],
      env: { PATH: process.env.PATH ?? "" },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/DISCORD_TOKEN/);
  }, 30_000);
});
