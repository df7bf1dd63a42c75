import { describe, expect, it } from "vitest";
import type { Clock } from "../../../src/core/clock.js";
import { SUPPORTED_LOCALES } from "../../../src/core/i18n/locales.js";
import { describeWait, IRCC_WEB_FORM_URL, publishedDays, renderBar, waitProgress } from "../../../src/core/ptime/wait-bar.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import type { StatusLogEntry } from "../../../src/core/store/user-store.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { realKnowledge, realTranslator } from "../knowledge/real-knowledge.js";

const kb = realKnowledge();
const translator = realTranslator();
const ZONE = "America/Toronto";
/** A new PR card: IRCC published 38 days as of 24 June 2026 (data/timelines.json). */
const PR_CARD = { application: "pr-card-new" as const, country: null };
const submitted: StatusLogEntry = { status: "aor", date: "2026-07-01", recordedAt: 0 };
const noon = (date: string) => new Date(`${date}T16:00:00Z`).getTime();
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe("the wait bar", () => {
  it("converts published times to days, and gives none for no data or times under a day", () => {
    expect(publishedDays({ amount: 38, unit: "day" })).toBe(38);
    expect(publishedDays({ amount: 4, unit: "week" })).toBe(28);
    expect(publishedDays({ amount: 15, unit: "month" })).toBe(457);
    expect(publishedDays({ amount: 5, unit: "minute" })).toBeNull();
    expect(publishedDays({ noData: "not-enough-data" })).toBeNull();
    expect(publishedDays(null)).toBeNull();
  });

  it.each([
    [0, "░░░░░░░░░░", 0, false],
    [19, "▓▓▓▓▓░░░░░", 50, false],
    [38, "▓▓▓▓▓▓▓▓▓▓", 100, false],
    [50, "▓▓▓▓▓▓▓▓▓▓", 131, true],
  ])("day %i of 38: %s %i%%", (days, bar, percent, over) => {
    const progress = waitProgress(kb, PR_CARD, [submitted], noon(addDays(submitted.date, days)), ZONE);
    expect(progress).toMatchObject({ day: days, total: 38, percent, over });
    const t = translator.forLocale("en");
    const text = describeWait(progress!, kb, PR_CARD, t, { now: new Date(noon(addDays(submitted.date, days))), lang: "en" });
    expect(text.split("\n")[0]).toBe(`${bar} ${percent}% · day ${days} of ~38`);
    expect(text).toContain("as of 24 June 2026");
    expect(text.includes("longer than the published time")).toBe(over);
    expect(text.includes(IRCC_WEB_FORM_URL)).toBe(over);
  });

  it("renders the same ten cells whatever the ratio", () => {
    expect(renderBar(0.61)).toBe("▓▓▓▓▓▓░░░░");
    expect(renderBar(-1)).toBe("░░░░░░░░░░");
    expect(renderBar(7)).toBe("▓▓▓▓▓▓▓▓▓▓");
  });

  it("shows no bar without a published figure, a start step or an application: never a guess", () => {
    const now = noon("2026-08-01");
    expect(waitProgress(kb, { application: "citizenship-resumption", country: null }, [submitted], now, ZONE)).toBeNull(); // "Not enough data"
    expect(waitProgress(kb, { application: "eta", country: null }, [submitted], now, ZONE)).toBeNull(); // minutes
    expect(waitProgress(kb, { application: "visitor-visa", country: null }, [submitted], now, ZONE)).toBeNull(); // per country, none given
    expect(waitProgress(kb, PR_CARD, [{ status: "tracker-in-progress", date: "2026-07-01", recordedAt: 0 }], now, ZONE)).toBeNull();
    expect(waitProgress(kb, null, [submitted], now, ZONE)).toBeNull();
  });

  it.each(SUPPORTED_LOCALES)("past 100%% says what the user can do, in %s", (lang) => {
    const now = noon(addDays(submitted.date, 50));
    const text = describeWait(waitProgress(kb, PR_CARD, [submitted], now, ZONE)!, kb, PR_CARD, translator.forLocale(lang), {
      now: new Date(now),
      lang,
    });
    const over = translator.forLocale(lang)("ptime:wait.over", { url: IRCC_WEB_FORM_URL });
    expect(text).toContain(over);
    if (lang !== "en") expect(over).not.toBe(translator.forLocale("en")("ptime:wait.over", { url: IRCC_WEB_FORM_URL }));
  });
});

describe("/history with the wait bar (fake clock)", () => {
  it("shows the bar for the reminder's application, and none before a submission step is logged", async () => {
    let now = noon("2026-07-20");
    const clock: Clock = { now: () => new Date(now) };
    const store = createMemoryUserStore();
    const core = await createCoreFromDisk({ store, follows: store, clock });
    const user = { platform: "telegram", userId: "tg:7", chatId: "tg:7", isPrivate: true, localeHints: ["en"] } as const;
    await core.handle({ ...user, kind: "command", command: "follow", args: "", options: { application: "pr-card-new" } });
    await store.addLogEntry("tg:7", { status: "tracker-in-progress", date: "2026-07-05", recordedAt: 1 });
    const before = await core.handle({ ...user, kind: "command", command: "history", args: "" });
    expect(before.text).not.toContain("▓");
    expect(before.text).not.toContain("░");
    await store.addLogEntry("tg:7", submitted);
    now = noon(addDays(submitted.date, 19));
    const after = await core.handle({ ...user, kind: "command", command: "history", args: "" });
    expect(after.text).toContain("▓▓▓▓▓░░░░░ 50% · day 19 of ~38");
  });
});
