import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Follow, type FollowStore, MAX_FOLLOWS_PER_USER } from "../../src/core/store/follows.js";
import { StoreLimitError, type UserStore } from "../../src/core/store/user-store.js";
import { APPLICATION_IDS } from "../../src/core/taxonomy.js";

type Both = UserStore & FollowStore;

export interface FollowStoreHarness {
  readonly store: Both;
  reopen?(): Promise<Both>;
  cleanup(): Promise<void>;
}

const follow = (application: Follow["application"], country: string | null = null, figure = "k=15:month"): Follow => ({
  application,
  country,
  figure,
  createdAt: Date.UTC(2026, 5, 1),
});

/** The follow part of the user record, run against every store that holds follows (memory twin, lowdb, PostgreSQL). */
export function runFollowStoreContract(name: string, make: () => Promise<FollowStoreHarness>): void {
  describe(`FollowStore contract: ${name}`, () => {
    let h: FollowStoreHarness;
    let store: Both;
    beforeEach(async () => {
      h = await make();
      store = h.store;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it("adds a follow once per application and country, up to the limit", async () => {
      expect(await store.addFollow("tg:1", follow("sponsorship-spouse"))).toBe("added");
      expect(await store.addFollow("tg:1", follow("sponsorship-spouse"))).toBe("exists");
      expect(await store.addFollow("tg:1", follow("study-permit", "IN"))).toBe("added");
      expect(await store.addFollow("tg:1", follow("study-permit", "PH"))).toBe("added");
      expect((await store.listFollows("tg:1")).map((f) => [f.application, f.country])).toEqual([
        ["sponsorship-spouse", null],
        ["study-permit", "IN"],
        ["study-permit", "PH"],
      ]);
      for (const application of APPLICATION_IDS.slice(0, MAX_FOLLOWS_PER_USER - 3)) await store.addFollow("tg:1", follow(application));
      await expect(store.addFollow("tg:1", follow("eta"))).rejects.toBeInstanceOf(StoreLimitError);
    });

    it("records the figure told, deletes one follow, and lists every user's follows", async () => {
      await store.addFollow("tg:1", follow("sponsorship-spouse"));
      await store.addFollow("dc:2", follow("pr-card-new"));
      expect(await store.updateFollowFigure("tg:1", { application: "sponsorship-spouse", country: null }, "k=16:month")).toBe(true);
      expect(await store.updateFollowFigure("tg:1", { application: "eta", country: null }, "x")).toBe(false);
      expect((await store.listFollows("tg:1"))[0]?.figure).toBe("k=16:month");
      expect((await store.allFollows()).map((f) => f.userId).sort()).toEqual(["dc:2", "tg:1"]);
      expect(await store.deleteFollow("dc:2", { application: "pr-card-new", country: null })).toBe(true);
      expect(await store.deleteFollow("dc:2", { application: "pr-card-new", country: null })).toBe(false);
      expect(await store.exportUser("dc:2")).toEqual({ userId: "dc:2", profile: null, reminders: [], log: [] });
    });

    it("shows follows in the export and deletes them with the user", async () => {
      await store.addFollow("tg:1", follow("sponsorship-spouse"));
      expect((await store.exportUser("tg:1")).follows).toEqual([follow("sponsorship-spouse")]);
      await store.deleteUser("tg:1");
      expect(await store.listFollows("tg:1")).toEqual([]);
      expect(await store.allFollows()).toEqual([]);
    });

    it("lets one caller claim a change alert until the figure is recorded, the claim is released, or its lease runs out", async () => {
      const spouse = { application: "sponsorship-spouse" as const, country: null };
      const studyIn = { application: "study-permit" as const, country: "IN" };
      await store.addFollow("tg:1", follow("sponsorship-spouse", null, "old"));
      await store.addFollow("tg:1", follow("study-permit", "IN", "old"));
      const t0 = Date.UTC(2026, 5, 2);
      const lease = 60_000;
      expect(await store.claimFollowAlert("tg:1", spouse, "old", t0, lease)).toBe(true);
      expect(await store.claimFollowAlert("tg:1", spouse, "old", t0 + 1, lease)).toBe(false);
      // another target of the same user is claimed on its own; a figure that is not the stored one never is
      expect(await store.claimFollowAlert("tg:1", studyIn, "stale", t0, lease)).toBe(false);
      expect(await store.claimFollowAlert("tg:1", studyIn, "old", t0, lease)).toBe(true);
      expect(await store.claimFollowAlert("tg:9", spouse, "old", t0, lease)).toBe(false);
      // the sender that claimed it died: after the lease another may take it over
      expect(await store.claimFollowAlert("tg:1", spouse, "old", t0 + lease, lease)).toBe(true);
      // sent and recorded: the alert from "old" is done for everyone
      await store.updateFollowFigure("tg:1", spouse, "new");
      expect(await store.claimFollowAlert("tg:1", spouse, "old", t0 + 10 * lease, lease)).toBe(false);
      expect(await store.claimFollowAlert("tg:1", spouse, "new", t0 + lease, lease)).toBe(true);
      // a failed send gives the claim back at once
      await store.releaseFollowAlert("tg:1", spouse);
      expect(await store.claimFollowAlert("tg:1", spouse, "new", t0 + lease + 1, lease)).toBe(true);
      // a follow deleted and made again starts without a claim
      await store.deleteFollow("tg:1", studyIn);
      await store.addFollow("tg:1", follow("study-permit", "IN", "old"));
      expect(await store.claimFollowAlert("tg:1", studyIn, "old", t0 + 1, lease)).toBe(true);
    });

    it("keeps follows across a reopen (persistent stores)", async () => {
      if (!h.reopen) return;
      await store.addFollow("tg:1", follow("study-permit", "IN", "study=4:week"));
      await store.setLanguage("tg:2", "fr");
      const again = await h.reopen();
      expect(await again.listFollows("tg:1")).toEqual([follow("study-permit", "IN", "study=4:week")]);
      expect((await again.exportUser("tg:2")).follows).toBeUndefined();
    });
  });
}
