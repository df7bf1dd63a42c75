import { describe, expect, it } from "vitest";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";

const NATIVE = {
  // A zone is named: without one the bot asks for it instead of creating the reminder.
  uk: "нагадуй мені щопонеділка о 9:00 America/Toronto",
  zh: "每周一 9:00 提醒我 America/Toronto",
  hi: "हर सोमवार 9:00 बजे याद दिलाना America/Toronto",
  pa: "ਹਰ ਸੋਮਵਾਰ 9:00 ਵਜੇ ਯਾਦ ਕਰਵਾਓ America/Toronto",
} as const;

describe("the time-zone hint after a new reminder quotes an example in the user's language", () => {
  it.each(Object.entries(NATIVE))("%s", async (lng, text) => {
    const core = await createCoreFromDisk({ store: createMemoryUserStore() });
    const base = { platform: "telegram", userId: `r-${lng}`, chatId: `r-${lng}`, isPrivate: true, localeHints: [lng] } as const;
    const created = await core.handle({ ...base, kind: "text", text });
    expect(created.answer.intent).toBe("reminder-set");
    expect(created.text).not.toMatch(/every Monday|remind me/i);
    // The quoted example works: sent back as it is, it sets a Monday 09:00 reminder in that zone.
    const example = /\/remind [^"”»]+/.exec(created.text)?.[0] ?? "";
    expect(example).not.toBe("");
    const again = await core.handle({ ...base, kind: "command", command: "remind", args: example.replace(/^\/remind /, "") });
    expect(again.text).toMatch(/09:00/);
    expect(again.text).toContain("America/Vancouver");
  });
});
