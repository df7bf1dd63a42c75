import { describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/core/knowledge/types.js";
import { type CoreLogger, silentLogger } from "../../../src/core/logger.js";
import type { AlertReport, FollowAlerter } from "../../../src/core/ptime/follow-alerts.js";
import { createLeaderFollowAlerts } from "../../../src/infra/postgres/leader-follow-alerts.js";

const kb = (name: string) => ({ name }) as unknown as KnowledgeBase;
const NOTHING: AlertReport = { changed: 0, sent: 0, blocked: 0, failed: 0, claimedElsewhere: 0 };

function fakeAlerter(fail = false): FollowAlerter & { calls: KnowledgeBase[] } {
  const calls: KnowledgeBase[] = [];
  return {
    calls,
    async notify(k) {
      calls.push(k);
      if (fail) throw new Error("database down");
      return NOTHING;
    },
  };
}

describe("follow alerts sent by the scheduler leader only", () => {
  it("a standby instance sends nothing after its refresh; once elected it compares with the data it holds", async () => {
    const alerter = fakeAlerter();
    let leader = false;
    let current = kb("shipped");
    const alerts = createLeaderFollowAlerts({ alerter, isLeader: () => leader, current: () => current });
    current = kb("ircc");
    await alerts.onSwap(current);
    expect(alerter.calls).toEqual([]);
    leader = true;
    await alerts.onElected();
    expect(alerter.calls).toEqual([kb("ircc")]);
    await alerts.onSwap(kb("ircc-next"));
    expect(alerter.calls).toEqual([kb("ircc"), kb("ircc-next")]);
  });

  it("a leader elected before any data from IRCC compares nothing: the shipped data would report changes backwards", async () => {
    const alerter = fakeAlerter();
    const alerts = createLeaderFollowAlerts({ alerter, isLeader: () => true, current: () => kb("shipped") });
    await alerts.onElected();
    expect(alerter.calls).toEqual([]);
  });

  it("one process (no leadership): every swap sends; a failure is logged, not thrown", async () => {
    const alerter = fakeAlerter(true);
    const errors: string[] = [];
    const logger: CoreLogger = { ...silentLogger, error: (_obj, msg) => errors.push(msg ?? "") };
    const alerts = createLeaderFollowAlerts({ alerter, current: () => undefined, logger });
    await expect(alerts.onSwap(kb("ircc"))).resolves.toBeUndefined();
    expect(alerter.calls).toEqual([kb("ircc")]);
    expect(errors).toEqual(["ptime: change alerts failed"]);
  });
});
