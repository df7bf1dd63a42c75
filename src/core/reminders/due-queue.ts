import type { Reminder, StoreChange, UserStore } from "../store/user-store.js";
import { MinHeap } from "./min-heap.js";

/** A sender's platform name (ReminderSender.platform). */
export type PlatformId = string;

/**
 * One occurrence the queue found due: just what the scheduler needs to queue it (it re-reads the
 * whole reminder right before sending), so a database queue reads four columns per row.
 */
export interface DueReminder {
  readonly reminderId: string;
  readonly userId: string;
  /** The instant it is due for: with the id, the occurrence. */
  readonly dueAt: number;
  readonly lastDeliveredKey: string | null;
}

/**
 * Port: where the scheduler finds what is due. Two implementations, chosen with the store:
 * - {@link createHeapDueQueue}: an in-memory min-heap filled from the store at start and kept up to
 *   date by its change events (memory and lowdb: the store is in memory anyway, one process).
 * - infra/postgres/postgres-due-queue.ts: the database is the queue (an index on the next due
 *   time); nothing is loaded, and every instance sees every change.
 */
export interface DueQueue {
  /** Prepares the queue (the heap reads every reminder here; a database queue has nothing to do). */
  load(): Promise<void>;
  /**
   * Up to `limit` reminders due at or before `now`, earliest first, leaving out the reminders in
   * `exclude` (already waiting in the scheduler's outbox).
   */
  takeDue(now: number, limit: number, exclude: ReadonlySet<string>): Promise<readonly DueReminder[]>;
  /** The reminder as it is now; the scheduler sends only if the occurrence is still current. */
  current(userId: string, reminderId: string): Promise<Reminder | undefined>;
  /**
   * True when another instance took this occurrence key (one that died while sending it, or before
   * its delivery record was written): the occurrence is then not sent again. Asked before sending.
   * The heap, alone in its process, always says false (`lastDeliveredKey` covers restarts).
   */
  claimedElsewhere(reminderId: string, key: string): Promise<boolean>;
  /**
   * Records the occurrence key as taken by this instance; called as the send starts (its write goes
   * out before the request). False when someone else holds it (should not happen under one sender).
   */
  claim(reminder: Reminder, key: string): Promise<boolean>;
  /** Forgets everything loaded and stops following the store. */
  unload(): void;
  /** Reminders held in memory (the heap), or undefined when the queue holds nothing in memory. */
  readonly size: number | undefined;
}

/** What the scheduler tells a queue factory: the platforms it can deliver to, and their user-id prefixes. */
export interface DueQueueScope {
  readonly platforms: readonly PlatformId[];
  /** The senders' `userPrefix`es: a reminder is queued when its user id starts with one. */
  readonly prefixes: readonly string[];
}

export type DueQueueFactory = (scope: DueQueueScope) => DueQueue;

/**
 * The platform of a user id, from the senders' declared prefixes; undefined for users no sender
 * reaches (the `ask` command's, or a platform not running in this process).
 */
export function platformResolver(
  senders: readonly { readonly platform: PlatformId; readonly userPrefix: string }[],
): (userId: string) => PlatformId | undefined {
  return (userId) => senders.find((s) => userId.startsWith(s.userPrefix))?.platform;
}

/** The instant a reminder is next due: an earlier snooze wins over the regular occurrence; paused → none. */
export function effectiveDue(r: Reminder): number | undefined {
  if (r.paused) return undefined;
  return r.snoozedUntil !== null ? Math.min(r.snoozedUntil, r.nextDueAt) : r.nextDueAt;
}

interface Entry {
  reminder: Reminder;
  version: number;
  dueAt: number;
}

/**
 * The in-memory due queue: a min-heap on the next due instant, fed by the store's change events, so
 * a tick pops only what is due (no scan of every reminder) and pause/delete/forget take effect
 * without polling the store. Removal is lazy: a changed reminder gets a new heap entry and the old
 * one is skipped by its version.
 */
export function createHeapDueQueue(store: UserStore): DueQueueFactory {
  return ({ prefixes }) => {
    const accepted = (userId: string): boolean => prefixes.some((p) => userId.startsWith(p));
    const heap = new MinHeap<{ id: string; version: number }>();
    const entries = new Map<string, Entry>();
    const byUser = new Map<string, Set<string>>();
    let version = 0;
    let loaded = false;
    let unsubscribe: (() => void) | undefined;

    const forget = (reminderId: string): void => {
      const entry = entries.get(reminderId);
      if (!entry) return;
      entries.delete(reminderId);
      const ids = byUser.get(entry.reminder.userId);
      ids?.delete(reminderId);
      if (ids?.size === 0) byUser.delete(entry.reminder.userId);
    };

    const track = (reminder: Reminder): void => {
      const due = effectiveDue(reminder);
      if (!accepted(reminder.userId) || due === undefined) {
        forget(reminder.id);
        return;
      }
      version += 1;
      entries.set(reminder.id, { reminder, version, dueAt: due });
      const ids = byUser.get(reminder.userId) ?? new Set<string>();
      byUser.set(reminder.userId, ids);
      ids.add(reminder.id);
      heap.push(due, { id: reminder.id, version });
    };

    const onChange = (change: StoreChange): void => {
      switch (change.kind) {
        case "reminder-upserted":
          track(change.reminder);
          break;
        case "reminder-deleted":
          forget(change.reminderId);
          break;
        case "user-deleted":
          for (const id of [...(byUser.get(change.userId) ?? [])]) forget(id);
          break;
      }
    };

    return {
      async load() {
        if (loaded) return;
        loaded = true;
        unsubscribe = store.subscribe(onChange);
        for (const reminder of await store.allReminders()) track(reminder);
      },
      async takeDue(now, limit, exclude) {
        const due: DueReminder[] = [];
        // A reminder changed while an older occurrence of it waits in the outbox: keep its entry for later.
        const later: { key: number; value: { id: string; version: number } }[] = [];
        while (due.length < limit) {
          const top = heap.peekKey();
          if (top === undefined || top > now) break;
          const item = heap.pop();
          if (!item) break;
          const entry = entries.get(item.value.id);
          if (!entry || entry.version !== item.value.version) continue; // stale heap entry
          if (exclude.has(entry.reminder.id)) later.push(item);
          else {
            const { id, userId, lastDeliveredKey } = entry.reminder;
            due.push({ reminderId: id, userId, dueAt: entry.dueAt, lastDeliveredKey });
          }
        }
        for (const item of later) heap.push(item.key, item.value);
        return due;
      },
      async current(_userId, reminderId) {
        return entries.get(reminderId)?.reminder;
      },
      async claimedElsewhere() {
        return false;
      },
      async claim() {
        return true;
      },
      unload() {
        unsubscribe?.();
        unsubscribe = undefined;
        loaded = false;
        heap.clear();
        entries.clear();
        byUser.clear();
      },
      get size() {
        return entries.size;
      },
    };
  };
}
