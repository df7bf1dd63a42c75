import { describe, expect, it } from "vitest";
import type { BotRequest } from "../../../src/core/request.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";

const NOW = new Date("2026-11-22T12:00:00Z");
const request = (text: string): BotRequest => ({
  platform: "telegram",
  userId: "tg:7",
  chatId: "tg:7",
  isPrivate: true,
  localeHints: [],
  kind: "text",
  text,
});

/** Free-text pause, snooze and stop, through the real understander: only a stop deletes. */
describe("reminder operations typed in any language", () => {
  it.each([
    ["es", "pausa mis recordatorios por ahora", "paused"],
    ["pt", "adia os lembretes, tô viajando", "snoozed"],
    ["tl", "i-snooze mo muna yung mga reminder ko", "snoozed"],
    ["uk", "постав нагадування на паузу", "paused"],
    ["ar", "أوقف التذكيرات مؤقتا", "paused"],
    ["fa", "یادآورها رو فعلا متوقف کن", "paused"],
    ["hi", "रिमाइंडर कुछ दिन के लिए बंद कर दो", "paused"],
    ["en", "stop my reminders", "deleted"],
    ["es", "cancela mis recordatorios", "deleted"],
  ] as const)("[%s] %s -> %s", async (_lang, text, outcome) => {
    const store = createMemoryUserStore();
    const core = await createCoreFromDisk({ store, clock: { now: () => NOW } });
    await core.handle(request("remind me every Monday at 9 Toronto time"));
    expect(await store.listReminders("tg:7")).toHaveLength(1);

    await core.handle(request(text));
    const after = await store.listReminders("tg:7");
    if (outcome === "deleted") expect(after).toHaveLength(0);
    else if (outcome === "paused") expect(after).toMatchObject([{ paused: "user" }]);
    else expect(after[0]?.snoozedUntil).toBeGreaterThan(NOW.getTime());
  });

  it("resumes a paused reminder from free text", async () => {
    const store = createMemoryUserStore();
    const core = await createCoreFromDisk({ store, clock: { now: () => NOW } });
    await core.handle(request("remind me every Monday at 9 Toronto time"));
    await core.handle(request("pausa mis recordatorios"));
    await core.handle(request("reanuda mis recordatorios"));
    expect(await store.listReminders("tg:7")).toMatchObject([{ paused: null }]);
  });
});
