import type { ScheduleAction } from "../actions.js";

/** How long a question about a reminder's day, time or zone waits for a typed answer. */
const PENDING_MS = 15 * 60_000;
const MAX_PENDING = 10_000;

/** Per-user schedules in progress (the bot asked for a part); bounded and short-lived, in memory only. */
export interface PendingSchedules {
  get(userId: string, now: number): Draft | undefined;
  set(userId: string, draft: Draft, now: number): void;
  delete(userId: string): void;
}

export function createPendingSchedules(): PendingSchedules {
  const drafts = new Map<string, { draft: Draft; at: number }>();
  return {
    get(userId, now) {
      const entry = drafts.get(userId);
      if (entry && now - entry.at > PENDING_MS) drafts.delete(userId);
      return entry && now - entry.at <= PENDING_MS ? entry.draft : undefined;
    },
    set(userId, draft, now) {
      drafts.delete(userId);
      if (drafts.size >= MAX_PENDING) drafts.delete(drafts.keys().next().value as string);
      drafts.set(userId, { draft, at: now });
    },
    delete(userId) {
      drafts.delete(userId);
    },
  };
}

/** A schedule being assembled: null = not understood yet, to be asked. */
export interface Draft {
  unit: "day" | "week";
  every: number;
  weekday: number | null;
  time: string | null;
  zone: string | null;
  target: ScheduleAction["target"];
}
