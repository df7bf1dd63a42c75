import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  MAX_LOG_ENTRIES_PER_USER,
  MAX_REMINDERS_PER_USER,
  type Reminder,
  type StoreChange,
  StoreLimitError,
  type UserStore,
} from "../../src/core/store/user-store.js";

/** How a store under test is made; `reopen` (persistent stores) closes it and opens the same data again. */
export interface StoreHarness {
  readonly store: UserStore;
  reopen?(): Promise<UserStore>;
  cleanup(): Promise<void>;
}

export const reminder = (id: string, userId = "tg:1", extra: Partial<Reminder> = {}): Reminder => ({
  id,
  userId,
  schedule: { unit: "week", every: 1, time: "09:00", zone: "America/Toronto", anchor: "2026-11-23" },
  application: null,
  paused: null,
  nextDueAt: Date.UTC(2026, 10, 23, 14, 0),
  snoozedUntil: null,
  lastDeliveredKey: null,
  createdAt: Date.UTC(2026, 10, 22),
  ...extra,
});

/**
 * The one behaviour contract of {@link UserStore}: every implementation (memory twin, lowdb,
 * PostgreSQL) runs exactly these cases, so the core can rely on them whichever store main.ts wires.
 */
export function runUserStoreContract(name: string, make: () => Promise<StoreHarness>): void {
  describe(`UserStore contract: ${name}`, () => {
    let h: StoreHarness;
    let store: UserStore;
    beforeEach(async () => {
      h = await make();
      store = h.store;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it("knows nothing about a new user", async () => {
      expect(await store.getProfile("tg:1")).toBeUndefined();
      expect(await store.exportUser("tg:1")).toEqual({ userId: "tg:1", profile: null, reminders: [], log: [] });
      expect(await store.listReminders("tg:1")).toEqual([]);
      expect(await store.listLog("tg:1")).toEqual([]);
    });

    it("keeps language and time zone per user", async () => {
      await store.setLanguage("tg:1", "fr");
      await store.setTimezone("tg:1", "Europe/Paris");
      await store.setLanguage("dc:2", "es");
      expect(await store.getProfile("tg:1")).toEqual({ language: "fr", timezone: "Europe/Paris" });
      expect((await store.getProfile("dc:2"))?.language).toBe("es");
    });

    it("adds, lists, updates and deletes reminders, scoped to their user", async () => {
      await store.addReminder(reminder("a1"));
      await store.addReminder(reminder("a2"));
      await store.addReminder(reminder("b1", "dc:9"));
      expect((await store.listReminders("tg:1")).map((r) => r.id)).toEqual(["a1", "a2"]);
      expect(await store.getReminder("dc:9", "a1")).toBeUndefined();
      expect((await store.allReminders()).map((r) => r.id).sort()).toEqual(["a1", "a2", "b1"]);
      expect(await store.updateReminder({ ...reminder("a1"), paused: "user" })).toBe(true);
      expect((await store.getReminder("tg:1", "a1"))?.paused).toBe("user");
      expect(await store.updateReminder(reminder("zz"))).toBe(false);
      expect(await store.deleteReminder("tg:1", "a1")).toBe(true);
      expect(await store.deleteReminder("tg:1", "a1")).toBe(false);
      expect(await store.deleteReminder("tg:1", "b1")).toBe(false);
      expect((await store.listReminders("tg:1")).map((r) => r.id)).toEqual(["a2"]);
    });

    it("rejects a duplicate reminder id and more than the per-user limit", async () => {
      await store.addReminder(reminder("x"));
      await expect(store.addReminder(reminder("x", "tg:2"))).rejects.toThrow(/already exists/);
      for (let i = 1; i < MAX_REMINDERS_PER_USER; i++) await store.addReminder(reminder(`x${i}`));
      await expect(store.addReminder(reminder("over"))).rejects.toBeInstanceOf(StoreLimitError);
      expect(await store.listReminders("tg:1")).toHaveLength(MAX_REMINDERS_PER_USER);
    });

    it("keeps the status log in date order and bounded", async () => {
      await store.addLogEntry("tg:1", { status: "copr", date: "2026-05-01", recordedAt: 3 });
      await store.addLogEntry("tg:1", { status: "aor", date: "2026-01-10", recordedAt: 4 });
      expect((await store.listLog("tg:1")).map((e) => e.status)).toEqual(["aor", "copr"]);
      for (let i = 0; i < MAX_LOG_ENTRIES_PER_USER + 5; i++)
        await store.addLogEntry("tg:2", { status: "aor", date: "2026-02-01", recordedAt: i });
      const log = await store.listLog("tg:2");
      expect(log).toHaveLength(MAX_LOG_ENTRIES_PER_USER);
      expect(log[0]?.recordedAt).toBe(5);
    });

    it("sets and clears the blocked notice", async () => {
      await store.setBlockedNotice("tg:1", true);
      expect((await store.getProfile("tg:1"))?.blockedNotice).toBe(true);
      await store.setBlockedNotice("tg:1", false);
      expect(await store.exportUser("tg:1")).toMatchObject({ profile: null });
    });

    it("exports everything it holds about a user and deleteUser removes all of it", async () => {
      await store.setLanguage("tg:1", "fr");
      await store.addReminder(reminder("r1"));
      await store.addLogEntry("tg:1", { status: "aor", date: "2026-01-10", recordedAt: 1 });
      await store.addReminder(reminder("o1", "tg:2"));
      const data = await store.exportUser("tg:1");
      expect(data.profile).toEqual({ language: "fr" });
      expect(data.reminders.map((r) => r.id)).toEqual(["r1"]);
      expect(data.log).toHaveLength(1);
      await store.deleteUser("tg:1");
      await store.deleteUser("tg:1");
      expect(await store.exportUser("tg:1")).toEqual({ userId: "tg:1", profile: null, reminders: [], log: [] });
      expect((await store.allReminders()).map((r) => r.id)).toEqual(["o1"]);
      // The id is free again: nothing of the user lingers in indexes.
      await store.addReminder(reminder("r1", "tg:3"));
    });

    it("tells subscribers about reminder changes and deletions", async () => {
      const seen: StoreChange["kind"][] = [];
      const off = store.subscribe((c) => seen.push(c.kind));
      await store.addReminder(reminder("s1"));
      await store.updateReminder({ ...reminder("s1"), paused: "user" });
      await store.deleteReminder("tg:1", "s1");
      await store.deleteUser("tg:1");
      off();
      await store.addReminder(reminder("s2"));
      expect(seen).toEqual(["reminder-upserted", "reminder-upserted", "reminder-deleted", "user-deleted"]);
    });

    it("keeps everything across a reopen (persistent stores)", async () => {
      if (!h.reopen) return;
      await store.setLanguage("tg:1", "fr");
      await store.addReminder(reminder("p1", "tg:1", { application: "study-permit", snoozedUntil: 5, lastDeliveredKey: "p1@1" }));
      await store.addLogEntry("tg:1", { status: "aor", date: "2026-01-10", recordedAt: 1 });
      await store.addReminder(reminder("gone", "tg:2"));
      await store.deleteUser("tg:2");
      const before = await store.exportUser("tg:1");
      const again = await h.reopen();
      expect(await again.exportUser("tg:1")).toEqual(before);
      expect((await again.getReminder("tg:1", "p1"))?.application).toBe("study-permit");
      expect((await again.listLog("tg:1"))[0]?.status).toBe("aor");
      expect(await again.exportUser("tg:2")).toEqual({ userId: "tg:2", profile: null, reminders: [], log: [] });
    });
  });
}
