import { v1Schema } from "./store-schema.js";

/**
 * JSON-level migrations from version N to N+1, applied in order on load up to v2. v2 → v3 is not a
 * JSON rewrite: a v2 file is checked user by user in its object form (which can still see a
 * reminder stored under another user) and its records are written as v3 by the next snapshot.
 * A migrated file is kept as `<path>.v<N>.bak` by the store.
 */
const MIGRATIONS: Readonly<Record<number, (data: unknown) => unknown>> = {
  1: (data) => {
    const v1 = v1Schema.parse(data);
    const users: Record<string, unknown> = {};
    for (const [id, profile] of Object.entries(v1.users)) {
      users[id] = { profile: profile.language ? { language: profile.language } : {}, reminders: [], log: [] };
    }
    return { version: 2, users };
  },
};

/** Brings parsed JSON of `version` up to the v2 object form; throws with the reason when it cannot. */
export function migrateToV2(json: unknown, version: number): unknown {
  let data = json;
  for (let v = version; v < 2; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) throw new Error(`no migration from version ${v}`);
    data = migrate(data);
  }
  return data;
}
