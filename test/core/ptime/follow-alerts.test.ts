import { describe, expect, it } from "vitest";
import { withTimelines } from "../../../src/core/knowledge/holder.js";
import type { KnowledgeBase } from "../../../src/core/knowledge/types.js";
import { createFollowAlerter } from "../../../src/core/ptime/follow-alerts.js";
import { encodeFigure, followedLines } from "../../../src/core/ptime/follow-figure.js";
import type { DeliveryResult, ReminderSender } from "../../../src/core/reminders/delivery.js";
import { buildReminderMessage } from "../../../src/core/reminders/reminder-message.js";
import type { BotReply } from "../../../src/core/reply.js";
import { createMemoryUserStore } from "../../../src/core/store/memory-user-store.js";
import { convertFolders } from "../../../scripts/data-ptime.js";
import { realKnowledge, realTranslator, ROOT } from "../knowledge/real-knowledge.js";
import { join } from "node:path";
import { TELEGRAM_SEND_RATES } from "../../../src/adapters/telegram/reminder-sender.js";

const translator = realTranslator();
const shipped = realKnowledge();
const SNAPSHOTS = join(ROOT, "..", "shared", "data", "ircc-processing-times");
/** The knowledge base as it was with only IRCC's 20 May 2026 snapshot. */
const mayOnly = (() => {
  const r = withTimelines(shipped, convertFolders([join(SNAPSHOTS, "2026-05-20")], "2026-05-21"));
  if (!r.ok) throw new Error(r.problems.join("\n"));
  return r.kb;
})();
const SPOUSE = { application: "sponsorship-spouse" as const, country: null };
const PR_CARD = { application: "pr-card-new" as const, country: null };

function fakeSender(
  results: DeliveryResult[],
  clock: () => number,
): ReminderSender & { sent: { userId: string; reply: BotReply; at: number }[] } {
  const sent: { userId: string; reply: BotReply; at: number }[] = [];
  return {
    platform: "telegram",
    userPrefix: "tg:",
    rates: TELEGRAM_SEND_RATES,
    sent,
    async send(userId, reply) {
      const result = results.shift() ?? { kind: "sent" };
      if (result.kind === "sent") sent.push({ userId, reply, at: clock() });
      return result;
    },
  };
}

async function setup(kbAtFollow: KnowledgeBase, results: DeliveryResult[] = []) {
  const store = createMemoryUserStore();
  let now = Date.parse("2026-06-25T12:00:00Z");
  const sender = fakeSender(results, () => now);
  const alerter = createFollowAlerter({
    follows: store,
    store,
    senders: [sender],
    translator,
    clock: { now: () => new Date(now) },
    sleep: async (ms) => {
      now += ms;
    },
  });
  const follow = async (userId: string, target: typeof SPOUSE | typeof PR_CARD) =>
    store.addFollow(userId, { ...target, figure: encodeFigure(kbAtFollow, followedLines(kbAtFollow, target)), createdAt: 0 });
  return { store, sender, alerter, follow };
}

describe("change alerts for followed processing times", () => {
  it("sends one message per changed figure with the old figure, the new one and the date, and none twice", async () => {
    const { sender, alerter, follow, store } = await setup(mayOnly);
    await follow("tg:1", SPOUSE);
    await follow("tg:1", PR_CARD);
    await store.setLanguage("tg:2", "fr");
    await follow("tg:2", PR_CARD);
    const report = await alerter.notify(shipped);
    expect(report).toEqual({ changed: 3, sent: 3, blocked: 0, failed: 0, claimedElsewhere: 0 });
    const spouse = sender.sent.find((s) => s.userId === "tg:1" && s.reply.text.includes("Spouse"))!.reply.text;
    expect(spouse).toContain("15 months → no longer in IRCC's data");
    expect(spouse).toContain("24 June 2026");
    const card = sender.sent.find((s) => s.userId === "tg:1" && s.reply.text.includes("First PR card"))!.reply.text;
    expect(card).toContain("40 days → 38 days");
    const french = sender.sent.find((s) => s.userId === "tg:2")!.reply;
    expect(french.lang).toBe("fr");
    expect(french.text).toContain("40 jours → 38 jours");
    expect(await alerter.notify(shipped)).toEqual({ changed: 0, sent: 0, blocked: 0, failed: 0, claimedElsewhere: 0 });
    expect(sender.sent).toHaveLength(3);
  });

  it("says nothing when only the date changed (the same figure republished)", async () => {
    const { sender, alerter, follow } = await setup(shipped);
    await follow("tg:1", PR_CARD);
    expect((await alerter.notify(shipped)).changed).toBe(0);
    expect(sender.sent).toHaveLength(0);
  });

  it("keeps the old figure when delivery fails, so the next refresh tries again; a retry waits and then delivers", async () => {
    const failing = await setup(mayOnly, [{ kind: "failed", error: "network" }]);
    await failing.follow("tg:1", PR_CARD);
    expect((await failing.alerter.notify(shipped)).failed).toBe(1);
    expect((await failing.alerter.notify(shipped)).sent).toBe(1);
    const retrying = await setup(mayOnly, [{ kind: "retry", afterMs: 3_000 }]);
    await retrying.follow("tg:1", PR_CARD);
    expect((await retrying.alerter.notify(shipped)).sent).toBe(1);
  });

  it("spaces two messages to the same chat like reminders (per-chat gap)", async () => {
    const { sender, alerter, follow } = await setup(mayOnly);
    await follow("tg:1", SPOUSE);
    await follow("tg:1", PR_CARD);
    await alerter.notify(shipped);
    expect(sender.sent).toHaveLength(2);
    expect(sender.sent[1]!.at - sender.sent[0]!.at).toBeGreaterThanOrEqual(1_000);
  });
});

describe("reminder message with the wait line", () => {
  it("puts the bar between the reminder and the tip", () => {
    const t = translator.forLocale("en");
    const reply = buildReminderMessage({
      reminder: {
        id: "r1",
        userId: "tg:1",
        schedule: { unit: "week", every: 1, time: "09:00", zone: "America/Toronto", anchor: "2026-07-06" },
        application: "pr-card-new",
        paused: null,
        nextDueAt: 0,
        snoozedUntil: null,
        lastDeliveredKey: null,
        createdAt: 0,
      },
      lang: "en",
      t,
      log: [],
      now: Date.parse("2026-07-20T12:00:00Z"),
      wait: "▓▓▓▓▓░░░░░ 50% · day 19 of ~38",
    });
    const lines = reply.text.split("\n");
    expect(lines.indexOf("▓▓▓▓▓░░░░░ 50% · day 19 of ~38")).toBeLessThan(lines.indexOf(t("reminders:message.tip")));
  });
});
