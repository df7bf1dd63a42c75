import { describe, expect, it } from "vitest";
import { DiscordStartError } from "../../src/adapters/discord/start-discord.js";
import { reportFatal } from "../../src/app/exit.js";
import { ConfigError } from "../../src/config/env.js";
import { StoreSetupError } from "../../src/infra/store-setup-error.js";

function report(error: unknown): { code: number; text: string } {
  let text = "";
  const code = reportFatal(error, { write: (chunk: string) => (text += chunk) });
  return { code, text };
}

describe("reportFatal (main.ts's last word)", () => {
  it("prints a setup error's message alone and exits 2", () => {
    expect(report(new ConfigError(["PORT: expected a number"]))).toEqual({
      code: 2,
      text: "Invalid configuration:\n  - PORT: expected a number\n",
    });
    expect(report(new StoreSetupError("STORE_PATH is a directory", "EISDIR")).code).toBe(2);
  });

  it("uses a Discord start error's own exit code, without a stack", () => {
    const { code, text } = report(new DiscordStartError("discord: DISCORD_TOKEN is not set"));
    expect(code).toBe(1);
    expect(text).toBe("discord: DISCORD_TOKEN is not set\n");
  });

  it("prints a rejected Telegram token as one line", () => {
    expect(report(new Error("startTelegram: Telegram rejected TELEGRAM_BOT_TOKEN (401)"))).toEqual({
      code: 1,
      text: "startTelegram: Telegram rejected TELEGRAM_BOT_TOKEN (401)\n",
    });
  });

  it("prints anything else with its stack as fatal", () => {
    const error = new TypeError("boom");
    const { code, text } = report(error);
    expect(code).toBe(1);
    expect(text.startsWith("fatal: TypeError: boom\n")).toBe(true);
    expect(report("a string").text).toBe("fatal: a string\n");
  });
});
