/**
 * Users whose reminder DM failed with Discord error 50007 ("cannot send messages to this user"):
 * they are told once, ephemerally, at their next interaction. Kept in memory and bounded: losing it
 * on restart only skips the notice (the scheduler has already paused their reminders).
 */
export interface DmClosedNotices {
  mark(userId: string): void;
  /** True once per mark: reading clears the flag. */
  take(userId: string): boolean;
}

export function createDmClosedNotices(maxEntries = 10_000): DmClosedNotices {
  const pending = new Set<string>();
  return {
    mark(userId) {
      pending.delete(userId);
      pending.add(userId);
      if (pending.size > maxEntries) {
        const oldest = pending.values().next().value;
        if (oldest !== undefined) pending.delete(oldest);
      }
    },
    take(userId) {
      return pending.delete(userId);
    },
  };
}
