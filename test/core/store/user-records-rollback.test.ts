import { describe, expect, it } from "vitest";
import { createRecordStore, type PersistenceHooks, type UserRecord } from "../../../src/core/store/user-records.js";
import { type StoreChange, StoreWriteError } from "../../../src/core/store/user-store.js";
import { reminder } from "../../contracts/user-store.contract.js";

/** Hooks whose durable() fails while `failing` is set, as the file store's does when its journal is gone. */
function flakyHooks() {
  const state = { failing: false };
  const hooks: PersistenceHooks = {
    changed() {},
    durable: async () => {
      if (state.failing) throw new StoreWriteError("store: not durable");
    },
    close: async () => {},
  };
  return { state, hooks };
}

describe("a change that could not be made durable is undone in memory (the user is told it failed)", () => {
  it("addReminder: rejects, and the reminder is neither stored nor scheduled", async () => {
    const { state, hooks } = flakyHooks();
    const store = createRecordStore(new Map<string, UserRecord>(), hooks);
    const changes: StoreChange[] = [];
    store.subscribe((c) => changes.push(c));
    state.failing = true;
    await expect(store.addReminder(reminder("a"))).rejects.toBeInstanceOf(StoreWriteError);
    expect(await store.allReminders()).toEqual([]);
    expect(changes.map((c) => c.kind)).toEqual(["reminder-upserted", "reminder-deleted"]);
    // The id is free again: the user can simply try once more.
    state.failing = false;
    await store.addReminder(reminder("a"));
    expect((await store.allReminders()).map((r) => r.id)).toEqual(["a"]);
  });

  it("deleteReminder and deleteUser: reject, and everything is still there", async () => {
    const { state, hooks } = flakyHooks();
    const store = createRecordStore(new Map<string, UserRecord>(), hooks);
    await store.addReminder(reminder("a"));
    await store.addReminder(reminder("b"));
    state.failing = true;
    await expect(store.deleteReminder("tg:1", "a")).rejects.toBeInstanceOf(StoreWriteError);
    await expect(store.deleteUser("tg:1")).rejects.toBeInstanceOf(StoreWriteError);
    expect((await store.listReminders("tg:1")).map((r) => r.id).sort()).toEqual(["a", "b"]);
  });
});
