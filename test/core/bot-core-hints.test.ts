import { describe, expect, it } from "vitest";
import type { BotRequest } from "../../src/core/request.js";
import { createCoreFromDisk } from "../../src/infra/create-core-from-disk.js";

const help = (userId: string, localeHints: unknown[]): BotRequest => ({
  platform: "telegram",
  userId,
  chatId: userId,
  isPrivate: true,
  localeHints,
  kind: "command",
  command: "help",
  args: "",
});

describe("bot core: platform language hints", () => {
  it("takes the first hint that maps to a supported locale, the same on every request", async () => {
    const core = await createCoreFromDisk();
    for (let round = 0; round < 3; round++) {
      expect((await core.handle(help("tg:1", [42, "xx-junk", "PT_br", "fr"]))).lang).toBe("pt");
      expect((await core.handle(help("tg:2", ["zh-TW", "fr-CA"]))).lang).toBe("fr");
      expect((await core.handle(help("tg:3", [undefined, "../etc"]))).lang).toBe("en");
    }
  });

  it("keeps mapping correctly after more distinct junk hints than it remembers", async () => {
    const core = await createCoreFromDisk({ defaultLocale: "es" });
    for (let i = 0; i < 400; i++) await core.handle(help("tg:4", [`x${i}`]));
    expect((await core.handle(help("tg:4", ["x399"]))).lang).toBe("es");
    expect((await core.handle(help("tg:5", ["x1", "uk"]))).lang).toBe("uk");
  });

  it("uses the hints for free text too, unless the user chose a language", async () => {
    const core = await createCoreFromDisk();
    expect((await core.handle({ ...help("tg:6", ["fr"]), kind: "text", text: "   " })).lang).toBe("fr");
    await core.handle({ ...help("tg:7", ["fr"]), kind: "action", data: "1|l|uk" });
    expect((await core.handle({ ...help("tg:7", ["fr"]), kind: "text", text: "   " })).lang).toBe("uk");
  });
});
