import { describe, expect, it } from "vitest";
import type { BotReply } from "../../src/core/reply.js";
import { createMetrics } from "../../src/infra/metrics.js";
import { BLANK_UNDERSTANDING } from "../helpers/understanding.js";

describe("metrics", () => {
  it("gives each app instance its own registry, so several can live in one process", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.update("telegram", "message");
    expect((await a.render()).body).toMatch(/ircc_bot_updates_total\{platform="telegram",kind="message"\} 1/);
    expect((await b.render()).body).not.toMatch(/ircc_bot_updates_total\{/);
  });

  it("counts replies, errors, reminder outcomes and queue depth, and times understanding", async () => {
    const m = createMetrics({ processMetrics: false });
    m.reply("discord", "timeline", "pa");
    m.error("telegram_api");
    m.update("telegram", "some_future_update_kind");
    m.reminderQueue(() => 7);
    const outcomes = ["sent", "blocked", "failed"] as const;
    let next = 0;
    const sender = m.countedSender({
      platform: "telegram",
      userPrefix: "tg:",
      rates: { perSecond: 25, perChatGapMs: 1_000 },
      send: async () => {
        const kind = outcomes[next++]!;
        return kind === "failed" ? { kind, error: "x" } : { kind };
      },
    });
    for (let i = 0; i < 3; i++) await sender.send("tg:42", {} as BotReply);
    const timed = m.timedUnderstander({ understand: () => BLANK_UNDERSTANDING });
    timed.understand("my UCI is 1234-5678");
    const logged: string[] = [];
    const base = { debug() {}, info() {}, warn() {}, error: (_o: object, msg?: string) => logged.push(msg ?? "") };
    const counting = m.countingLogger(base, "core");
    counting.warn({}, "not an error");
    counting.error({ err: "TypeError" }, "core: request failed");
    const { body, contentType } = await m.render();
    expect(contentType).toMatch(/^text\/plain/);
    expect(body).toMatch(/ircc_bot_replies_total\{platform="discord",intent="timeline",lang="pa"\} 1/);
    expect(body).toMatch(/ircc_bot_errors_total\{kind="telegram_api"\} 1/);
    expect(body).toMatch(/ircc_bot_errors_total\{kind="reminder_delivery"\} 1/);
    expect(body).toMatch(/ircc_bot_updates_total\{platform="telegram",kind="other"\} 1/);
    expect(body).toMatch(/ircc_bot_reminder_deliveries_total\{platform="telegram",outcome="blocked"\} 1/);
    expect(body).toMatch(/ircc_bot_reminder_queue_depth 7/);
    expect(body).toMatch(/ircc_bot_understanding_seconds_count 1/);
    expect(body).toMatch(/ircc_bot_errors_total\{kind="core"\} 1/);
    expect(logged).toEqual(["core: request failed"]);
    // Never an id or text in a label.
    expect(body).not.toMatch(/tg:42|1234|UCI/);
  });
});
