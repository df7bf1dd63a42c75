import { describe, expect, it } from "vitest";
import type { BotRequest } from "../../../src/core/request.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";

const inGroup = { userId: "u:1", chatId: "g:1", isPrivate: false, localeHints: ["es"] } as const;
const inPrivate = { userId: "u:1", chatId: "u:1", isPrivate: true, localeHints: ["es"] } as const;

describe("core: a group's language changes only through the core, by someone who may manage the chat", () => {
  const language = (over: Partial<BotRequest> = {}): BotRequest =>
    ({ ...inGroup, platform: "console", kind: "command", command: "language", args: "fr", ...over }) as BotRequest;

  it("refuses a member the adapter did not find an admin, and stores nothing", async () => {
    const store = createMemoryUserStore();
    const core = await createCoreFromDisk({ store, modelDir: null });
    const reply = await core.handle(language());
    expect(reply.text).toBe(core.translator.forLocale("es")("errors:adminOnly"));
    expect(await store.getProfile("g:1")).toBeUndefined();
  });

  it("lets an admin switch the group's language, visible to everyone there; the admin's own stays", async () => {
    const store = createMemoryUserStore();
    const core = await createCoreFromDisk({ store, modelDir: null });
    const reply = await core.handle(language({ canManageChat: true }));
    const fr = core.translator.forLocale("fr");
    expect(reply).toMatchObject({
      lang: "fr",
      personal: false,
      text: fr("common:language.groupChanged", { language: fr("common:language.name") }),
    });
    expect((await store.getProfile("g:1"))?.language).toBe("fr");
    expect(await store.getProfile("u:1")).toBeUndefined();
    const button = await core.handle(language({ canManageChat: true, kind: "action", data: "1|l|uk" } as Partial<BotRequest>));
    expect(button.lang).toBe("uk");
    expect((await store.getProfile("g:1"))?.language).toBe("uk");
  });

  it("keeps a private choice personal", async () => {
    const store = createMemoryUserStore();
    const core = await createCoreFromDisk({ store, modelDir: null });
    const reply = await core.handle(language({ ...inPrivate }));
    expect(reply).toMatchObject({ lang: "fr", personal: true });
    expect((await store.getProfile("u:1"))?.language).toBe("fr");
  });
});
