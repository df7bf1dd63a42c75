import { join } from "node:path";
import { TELEGRAM_SEND_RATES } from "../../../src/adapters/telegram/reminder-sender.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTimelines } from "../../../src/core/knowledge/holder.js";
import type { KnowledgeBase } from "../../../src/core/knowledge/types.js";
import { createFollowAlerter } from "../../../src/core/ptime/follow-alerts.js";
import { encodeFigure, followedLines } from "../../../src/core/ptime/follow-figure.js";
import type { ReminderSender } from "../../../src/core/reminders/delivery.js";
import type { BotRequest } from "../../../src/core/request.js";
import { createCoreFromDisk } from "../../../src/infra/create-core-from-disk.js";
import { createPostgresUserStore, type PostgresUserStore } from "../../../src/infra/postgres/postgres-user-store.js";
import { convertFolders } from "../../../scripts/data-ptime.js";
import { realKnowledge, realTranslator, ROOT } from "../../core/knowledge/real-knowledge.js";
import { startTestPostgres, type TestPostgres } from "../../helpers/postgres-server.js";

// Follows on PostgreSQL as several instances see them: two stores (two pools, as two processes would
// have) on one database. The store-level semantics are in test/contracts/follow-store.contract.ts.
const translator = realTranslator();
const en = translator.forLocale("en");
const shipped = realKnowledge();
/** The knowledge base as it was with only IRCC's 20 May 2026 snapshot: figures change from it to the shipped data. */
const mayOnly = (() => {
  const r = withTimelines(
    shipped,
    convertFolders([join(ROOT, "..", "shared", "data", "ircc-processing-times", "2026-05-20")], "2026-05-21"),
  );
  if (!r.ok) throw new Error(r.problems.join("\n"));
  return r.kb;
})();

let server: TestPostgres;
let n = 0;
const opened: PostgresUserStore[] = [];
beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(async () => {
  for (const s of opened) await s.close();
  server?.stop();
});

async function twoInstances(): Promise<[PostgresUserStore, PostgresUserStore]> {
  const url = server.createDatabase(`follows_${++n}`);
  const a = await createPostgresUserStore({ connectionString: url, maxConnections: 3 });
  const b = await createPostgresUserStore({ connectionString: url, maxConnections: 3 });
  opened.push(a, b);
  return [a, b];
}

const user = { platform: "telegram", userId: "tg:5", chatId: "tg:5", isPrivate: true, localeHints: ["en"] } as const;
const command = (name: string, options: Record<string, string> = {}): BotRequest =>
  ({ ...user, kind: "command", command: name, args: "", options }) as BotRequest;

describe("follows on PostgreSQL, seen by every instance", () => {
  it("a follow made on one instance is in /mydata on another, and /forget there deletes it from the database", async () => {
    const [a, b] = await twoInstances();
    const coreA = await createCoreFromDisk({ store: a, follows: a });
    const coreB = await createCoreFromDisk({ store: b, follows: b });
    await coreA.handle(command("follow", { application: "pr-card-new" }));
    await coreA.handle(command("follow", { application: "study-permit", country: "IN" }));
    const mydata = await coreB.handle(command("mydata"));
    expect(mydata.text).toContain(en("ptime:myData.follows", { count: 2 }));
    expect(mydata.text).toContain("First PR card");
    expect(mydata.text).toContain("(IN)");
    const confirm = await coreB.handle(command("forget"));
    await coreB.handle({ ...user, kind: "action", data: confirm.choices[0]!.data });
    expect(await a.listFollows("tg:5")).toEqual([]);
    expect((await a.pool.query("SELECT count(*)::int AS n FROM follows")).rows[0]).toEqual({ n: 0 });
    expect(await a.exportUser("tg:5")).toEqual({ userId: "tg:5", profile: null, reminders: [], log: [] });
  }, 30_000);

  it("instances that refresh at the same time send each change alert once", async () => {
    const stores = await twoInstances();
    const sent: { userId: string; text: string }[] = [];
    const sender: ReminderSender = {
      platform: "telegram",
      userPrefix: "tg:",
      rates: TELEGRAM_SEND_RATES,
      async send(userId, reply) {
        // a slow send: the other instance reaches the same follow while this one is still sending
        await new Promise((resolve) => setTimeout(resolve, 5));
        sent.push({ userId, text: reply.text });
        return { kind: "sent" };
      },
    };
    const follow = (kb: KnowledgeBase, application: "pr-card-new" | "sponsorship-spouse") => ({
      application,
      country: null,
      figure: encodeFigure(kb, followedLines(kb, { application, country: null })),
      createdAt: 0,
    });
    const users = Array.from({ length: 12 }, (_, i) => `tg:${100 + i}`);
    for (const userId of users) {
      await stores[0].addFollow(userId, follow(mayOnly, "pr-card-new"));
      await stores[1].addFollow(userId, follow(mayOnly, "sponsorship-spouse"));
    }
    const alerters = stores.map((store) =>
      createFollowAlerter({
        follows: store,
        store,
        senders: [sender],
        translator,
        clock: { now: () => new Date() },
        // no per-chat spacing or platform cap in the way: the point is who sends, not how fast
        rates: { telegram: { perSecond: 10_000, perChatGapMs: 0 } },
      }),
    );
    const reports = await Promise.all(alerters.map((alerter) => alerter.notify(shipped)));
    expect(sent).toHaveLength(users.length * 2);
    expect(new Set(sent.map((s) => `${s.userId} ${s.text.includes("First PR card") ? "card" : "spouse"}`)).size).toBe(users.length * 2);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(users.length * 2);
    expect(reports.reduce((sum, r) => sum + r.sent + r.claimedElsewhere, 0)).toBe(reports.reduce((sum, r) => sum + r.changed, 0));
    // every figure recorded, claims ended: the next refresh on either instance sends nothing
    expect((await stores[1].pool.query("SELECT count(*)::int AS n FROM follows WHERE alert_claimed_at IS NOT NULL")).rows[0]).toEqual({
      n: 0,
    });
    expect((await alerters[1]!.notify(shipped)).changed).toBe(0);
    expect(sent).toHaveLength(users.length * 2);
  }, 30_000);
});
