import type { UserStore } from "../store/user-store.js";
import { nextOccurrence } from "./schedule.js";

/** Occurrence key: one per reminder per scheduled instant; the unit of at-least-once delivery. */
export const occurrenceKey = (reminderId: string, dueAt: number): string => `${reminderId}@${dueAt}`;

/** How the scheduler records what happened to an occurrence in the store. */
export function createOccurrenceRecords(store: UserStore) {
  return {
    /** Records a handled occurrence: next regular occurrence after `now`, snooze cleared if it fired. */
    async advance(userId: string, reminderId: string, dueAt: number, now: number): Promise<void> {
      const current = await store.getReminder(userId, reminderId);
      if (!current) return;
      const nextDueAt = current.nextDueAt <= now ? nextOccurrence(current.schedule, Math.max(now, dueAt)) : current.nextDueAt;
      const snoozedUntil = current.snoozedUntil !== null && current.snoozedUntil > now ? current.snoozedUntil : null;
      await store.updateReminder({ ...current, nextDueAt, snoozedUntil, lastDeliveredKey: occurrenceKey(reminderId, dueAt) });
    },

    /** A user who blocked the bot (or closed DMs): every reminder of theirs is paused, with a one-time notice. */
    async pauseBlocked(userId: string): Promise<void> {
      for (const r of await store.listReminders(userId)) {
        if (!r.paused) await store.updateReminder({ ...r, paused: "blocked" });
      }
      await store.setBlockedNotice(userId, true);
    },
  };
}
