import { createMemoryUserStore } from "../../src/core/store/memory-user-store.js";
import { runFollowStoreContract } from "./follow-store.contract.js";
import { runUserStoreContract } from "./user-store.contract.js";

runUserStoreContract("memory", async () => ({ store: createMemoryUserStore(), cleanup: async () => {} }));

runFollowStoreContract("memory", async () => ({ store: createMemoryUserStore(), cleanup: async () => {} }));
