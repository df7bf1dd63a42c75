export { type Provenance, mergeProvenance } from "./provenance.js";
export type { RuleResult } from "./result.js";
export type { QuestionSignals } from "./signals.js";
export { type StatusAnswer, type StatusQuery, statusMeaning } from "./status-meaning.js";
export { type TimelineAnswer, type TimelineKind, type TimelineLine, type TimelineQuery, timeline } from "./timeline.js";
export { type TrackAnswer, type TrackQuery, whereToTrack } from "./where-to-track.js";
export { type AccessAnswer, type AccessQuery, whoMayAccess } from "./who-may-access.js";
