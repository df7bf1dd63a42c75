import { describe, expect, it } from "vitest";
import type { BotRequest } from "../../../src/core/request.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import type { UserStore } from "../../../src/core/store/user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";

const inGroup = { userId: "u:1", chatId: "g:1", isPrivate: false, localeHints: ["es"] } as const;
const inPrivate = { userId: "u:1", chatId: "u:1", isPrivate: true, localeHints: ["es"] } as const;

describe("core localeFor: the one place the reply language is decided", () => {
  it("takes a group's choice, then the user's own, then the platform hints, then the default", async () => {
    const store = createMemoryUserStore();
    const core = await createCoreFromDisk({ store, defaultLocale: "fr", modelDir: null });
    expect(await core.localeFor(inPrivate)).toBe("es");
    expect(await core.localeFor({ ...inPrivate, localeHints: ["xx", 42] })).toBe("fr");
    await store.setLanguage("u:1", "uk");
    expect(await core.localeFor(inPrivate)).toBe("uk");
    expect(await core.localeFor(inGroup)).toBe("uk");
    await store.setLanguage("g:1", "pa");
    expect(await core.localeFor(inGroup)).toBe("pa");
    expect(await core.localeFor(inPrivate)).toBe("uk");
  });

  it("falls back to the hints when the store cannot be read", async () => {
    const broken = {
      ...createMemoryUserStore(),
      getProfile: () => Promise.reject(new Error("down")),
    } as unknown as UserStore;
    const core = await createCoreFromDisk({ store: broken, modelDir: null });
    expect(await core.localeFor(inPrivate)).toBe("es");
    expect(await core.localeFor(inGroup)).toBe("es");
  });

  it("leaves the paused-reminders notice for the user's next reply", async () => {
    const store = createMemoryUserStore();
    await store.setBlockedNotice("u:1", true);
    const core = await createCoreFromDisk({ store, modelDir: null });
    await core.localeFor(inPrivate);
    const request: BotRequest = { ...inPrivate, platform: "console", kind: "command", command: "reminders", args: "" };
    expect((await core.handle(request)).text).toContain(core.translator.forLocale("es")("reminders:blockedNotice"));
  });
});
