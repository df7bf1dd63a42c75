/**
 * Moved to src/infra/store/ (issue 17). This re-export keeps branches written before the split
 * compiling while they are merged; import from "./store/store-lock.js" and delete this file once
 * nothing imports it.
 */
export * from "./store/store-lock.js";
