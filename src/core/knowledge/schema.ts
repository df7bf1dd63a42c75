import { z } from "zod";
import { APPLICATION_IDS, ROLE_IDS, STATUS_IDS, SYSTEM_IDS } from "../taxonomy.js";
import { accessId, applicationId, durationUnit, httpsUrl, provenance, roleId, systemId, textKey } from "./schema-primitives.js";
import { timelinesFileSchema } from "./timelines-schema.js";

export { isOfficialSource } from "./official-source.js";
export {
  accessId,
  applicationId,
  type DurationUnit,
  durationUnit,
  httpsUrl,
  isoDate,
  roleId,
  statusId,
  systemId,
} from "./schema-primitives.js";
export {
  type PtimeValue,
  ptimeValueSchema,
  type TimelineEntry,
  type TimelinesFile,
  timelineEntrySchema,
  timelinesFileSchema,
} from "./timelines-schema.js";

/**
 * zod schemas for the knowledge base files in data/. Every fact carries the official pages it rests on
 * (`sources`) and the date those pages were read (`checked`), so every answer can cite both. Facts the
 * fact sheet marks unverified carry `unverified: true` and are worded as such; facts resting on a
 * non-government page carry `secondary: true` (the loader checks that flag against the source hosts).
 */

export const APPLICATION_GROUPS = [
  "pr-economic",
  "pr-quebec",
  "quebec-selection",
  "sponsorship-family",
  "sponsorship-other",
  "pr-other",
  "refugee",
  "pr-confirmation",
  "pr-card",
  "prtd",
  "citizenship-grant",
  "citizenship-other",
  "temporary",
  "temporary-extension",
  "eta",
  "admin",
] as const;
export const applicationGroup = z.enum(APPLICATION_GROUPS);
export type ApplicationGroup = z.infer<typeof applicationGroup>;

/** Conditions a tracking step or a timeline line depends on (from the question's slots or signals). */
export const trackCondition = z.enum(["inside-canada", "outside-canada", "after-referral", "before-referral"]);

export const systemSchema = z.strictObject({
  /** Where the user goes (tool, sign-in chooser or help page). */
  url: httpsUrl,
  ...provenance,
});

export const trackStepSchema = z.strictObject({
  system: systemId,
  /** Only when this holds; when the slot is unknown the step is kept. */
  when: trackCondition.optional(),
  /** Coverage of this system for this application is not confirmed by IRCC. */
  unverified: z.boolean().optional(),
});

export const applicationSchema = z.strictObject({
  group: applicationGroup,
  /** Where to check, best first. `[{system:"none"}]` when nothing tracks it online. */
  track: z.array(trackStepSchema).min(1),
  /** Systems people expect but that do not show this application. */
  notSystems: z.array(systemId),
  /** Caveat ids (data/caveats.json) that apply whenever this application is tracked. */
  caveats: z.array(textKey),
  ...provenance,
});

export const caveatSchema = z.strictObject({
  /** Numbers (days, hours) interpolated into the caveat's text, so figures live in data, not in catalogues. */
  params: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  ...provenance,
});

export const accessRuleSchema = z.strictObject({
  access: accessId,
  /** kb:accessReasons.<reason> explains the rule. */
  reason: textKey,
  /** kb:accessInstead.<instead> says what to do instead, when the answer is not a plain yes. */
  instead: textKey.nullable(),
  ...provenance,
});

export const roleRulesSchema = z.strictObject({
  default: accessRuleSchema,
  /** Overrides for a whole application group (e.g. sponsorships). */
  groups: z.partialRecord(applicationGroup, accessRuleSchema).optional(),
  /** Overrides for one application (most specific; wins over groups). */
  applications: z.partialRecord(applicationId, accessRuleSchema).optional(),
  /** When the text shows the asker has no IMM 5475/5476 on file. */
  withoutForm: accessRuleSchema.optional(),
  /** By group: when the asker wants the other party's part of a split file (sponsor vs sponsored person). */
  otherPart: z.partialRecord(applicationGroup, accessRuleSchema).optional(),
  /** By group: when the asker asks only about their own part of a split file (a sponsor's sponsorship part). */
  ownPart: z.partialRecord(applicationGroup, accessRuleSchema).optional(),
  /** The answer does not depend on the application, so it can be given before the application is known. */
  applicationIndependent: z.boolean(),
});

export const accessFileSchema = z.strictObject({
  roles: z.strictObject(
    Object.fromEntries(ROLE_IDS.map((id) => [id, roleRulesSchema])) as Record<(typeof ROLE_IDS)[number], typeof roleRulesSchema>,
  ),
  /** Someone using another person's credentials: always "no", whatever the role. */
  credentialSharing: accessRuleSchema,
  /** A spouse asking about a spousal sponsorship: either the sponsor or the sponsored person, each with their own part. */
  sponsorshipParty: accessRuleSchema,
  /** Caveats shown when a given role asks where to track (e.g. sponsors see only their part). */
  roleCaveats: z.partialRecord(roleId, z.array(textKey)),
});

export const worrySchema = z.strictObject({
  /**
   * processing-time: only once the published processing time has passed; deadline: act now, by the date in the
   * letter; after-days: if nothing changes after `days`; none: the label alone is no reason to worry.
   */
  kind: z.enum(["processing-time", "deadline", "after-days", "none"]),
  days: z.number().int().positive().optional(),
});

export const statusSchema = z.strictObject({
  /** Where the label appears; null for letters and events that are not a label in a tool (the AOR). */
  system: systemId.nullable(),
  /** IRCC's own on-screen wording, so users can match what they see; null when IRCC shows no label. */
  labels: z.strictObject({ en: z.string().min(1), fr: z.string().min(1) }).nullable(),
  /** The French label comes from community tools, not from an IRCC page. */
  labelFrUnverified: z.boolean().optional(),
  worry: worrySchema,
  /** Durations (data/durations.json) worth giving with this status, e.g. the ceremony wait for the oath activity. */
  durations: z.array(textKey).optional(),
  /** The application whose published time decides when to worry when the question names none (photo accepted → new PR card). */
  relatedApplication: applicationId.optional(),
  ...provenance,
});

export const durationSchema = z.strictObject({
  /** Applications this duration is shown for in timeline answers. */
  applications: z.array(applicationId).min(1),
  min: z.number().nonnegative().optional(),
  max: z.number().positive().optional(),
  unit: durationUnit,
  ...provenance,
});

export const serviceStandardSchema = z.strictObject({
  applications: z.array(applicationId).min(1),
  amount: z.number().positive(),
  unit: durationUnit,
  ...provenance,
});

export const systemsFileSchema = z.strictObject(
  Object.fromEntries(SYSTEM_IDS.map((id) => [id, systemSchema])) as Record<(typeof SYSTEM_IDS)[number], typeof systemSchema>,
);
export const applicationsFileSchema = z.strictObject(
  Object.fromEntries(APPLICATION_IDS.map((id) => [id, applicationSchema])) as Record<
    (typeof APPLICATION_IDS)[number],
    typeof applicationSchema
  >,
);
export const statusesFileSchema = z.strictObject(
  Object.fromEntries(STATUS_IDS.map((id) => [id, statusSchema])) as Record<(typeof STATUS_IDS)[number], typeof statusSchema>,
);
export const caveatsFileSchema = z.record(textKey, caveatSchema);
export const durationsFileSchema = z.record(textKey, durationSchema);

/** A claim popular articles get wrong (fact sheet, "where popular articles are wrong"); kb:myths.<id> states the correction. */
export const mythSchema = z.strictObject({
  /** Applications the myth is about. */
  applications: z.array(applicationId).min(1),
  ...provenance,
});
export const mythsFileSchema = z.record(textKey, mythSchema);
export const serviceStandardsFileSchema = z.record(textKey, serviceStandardSchema);

/** The knowledge base files, each with its schema. Adding a file here makes the loader read and validate it. */
export const KNOWLEDGE_FILES = {
  systems: { file: "systems.json", schema: systemsFileSchema },
  applications: { file: "applications.json", schema: applicationsFileSchema },
  caveats: { file: "caveats.json", schema: caveatsFileSchema },
  access: { file: "access.json", schema: accessFileSchema },
  statuses: { file: "statuses.json", schema: statusesFileSchema },
  durations: { file: "durations.json", schema: durationsFileSchema },
  serviceStandards: { file: "service-standards.json", schema: serviceStandardsFileSchema },
  timelines: { file: "timelines.json", schema: timelinesFileSchema },
  myths: { file: "myths.json", schema: mythsFileSchema },
} as const;

export type KnowledgeFiles = { readonly [K in keyof typeof KNOWLEDGE_FILES]: z.infer<(typeof KNOWLEDGE_FILES)[K]["schema"]> };
export type SystemFact = z.infer<typeof systemSchema>;
export type ApplicationFact = z.infer<typeof applicationSchema>;
export type TrackStep = z.infer<typeof trackStepSchema>;
export type TrackCondition = z.infer<typeof trackCondition>;
export type CaveatFact = z.infer<typeof caveatSchema>;
export type AccessRule = z.infer<typeof accessRuleSchema>;
export type RoleRules = z.infer<typeof roleRulesSchema>;
export type StatusFact = z.infer<typeof statusSchema>;
export type DurationFact = z.infer<typeof durationSchema>;
export type ServiceStandardFact = z.infer<typeof serviceStandardSchema>;
