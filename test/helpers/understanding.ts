import type { Understanding } from "../../src/core/nlu/understanding.js";

/** An Understanding with nothing understood; tests that script the understander override what they need. */
export const BLANK_UNDERSTANDING: Understanding = {
  lang: "en",
  langDetected: false,
  intent: null,
  application: null,
  role: null,
  status: null,
  country: null,
  quebec: null,
  insideCanada: null,
  targetLocale: null,
  identifiers: [],
  followUp: false,
};
