import { createRecordStore, type UserRecord } from "./user-records.js";
import type { FollowStore } from "./follows.js";
import type { UserStore } from "./user-store.js";

/** In-memory twin of {@link UserStore}, for tests, the console and `ask`. WARNING: nothing survives a restart. */
export function createMemoryUserStore(): UserStore & FollowStore {
  return createRecordStore(new Map<string, UserRecord>());
}
