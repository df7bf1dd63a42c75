import { ACTION_VERSION, type Action, MAX_ACTION_BYTES, MORE_FLAGS, MORE_INTENTS } from "./action-types.js";
import { APPLICATION_IDS, ROLE_IDS, STATUS_IDS } from "./taxonomy.js";

/**
 * Button data: the action types (action-types.ts), their encoding (here) and their validating
 * decoder (action-decode.ts), re-exported from this one module that the core and adapters import.
 */
export * from "./action-types.js";
export { decodeAction } from "./action-decode.js";

/** Index of an id in its list as base-36 text ("" for null); decoding maps it back (undefined when out of range). */
const indexOf = (list: readonly string[], id: string | null): string => (id === null ? "" : list.indexOf(id).toString(36));
const flagCode = (value: boolean | null): string => (value === null ? "-" : value ? "1" : "0");

const SLOT_CODES = { application: "a", role: "r", status: "s" } as const;
export function encodeAction(action: Action): string {
  let data: string;
  switch (action.type) {
    case "clarify":
      data = `${ACTION_VERSION}|c|${action.intent}|${SLOT_CODES[action.slot]}|${action.value}`;
      break;
    case "intent":
      data = `${ACTION_VERSION}|i|${action.intent}`;
      break;
    case "reread":
      data = `${ACTION_VERSION}|q|${action.intent}`;
      break;
    case "language":
      data = `${ACTION_VERSION}|l|${action.locale}`;
      break;
    case "reminder":
      data = `${ACTION_VERSION}|r|${action.op}|${action.reminderId}`;
      break;
    case "forget":
      data = `${ACTION_VERSION}|f|${action.confirm ? "y" : "n"}`;
      break;
    case "follow":
      data = `${ACTION_VERSION}|o|${action.op}|${action.application}|${action.country ?? "-"}`;
      break;
    case "schedule": {
      // 1|w|w2|3|1830|America/St_Johns|acas-medical-results-received fits in 64 bytes.
      const zone = action.zone === "profile" ? "p" : (action.zone ?? "");
      const target = !action.target ? "" : "reminderId" in action.target ? `r${action.target.reminderId}` : `a${action.target.application}`;
      data = `${ACTION_VERSION}|w|${action.unit === "day" ? "d" : "w"}${action.every}|${action.weekday ?? ""}|${action.time?.replace(":", "") ?? ""}|${zone}|${target}`;
      break;
    }
    case "more":
      data = [
        ACTION_VERSION,
        "m",
        indexOf(MORE_INTENTS, action.intent),
        indexOf(APPLICATION_IDS, action.application),
        indexOf(ROLE_IDS, action.role),
        indexOf(STATUS_IDS, action.status),
        action.country ?? "",
        MORE_FLAGS.map((f) => flagCode(action.flags[f])).join(""),
        // Only an answer that corrects a myth has the seventh field, so other buttons stay as they were.
        ...(action.myth ? [action.myth] : []),
      ].join("|");
      break;
  }
  // A UTF-16 unit is at most 3 UTF-8 bytes: short data needs no byte count.
  if (data.length * 3 > MAX_ACTION_BYTES && Buffer.byteLength(data, "utf8") > MAX_ACTION_BYTES) {
    throw new Error(`actions: encoded action is over ${MAX_ACTION_BYTES} bytes: ${data}`);
  }
  return data;
}
