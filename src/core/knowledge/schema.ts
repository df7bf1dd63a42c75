import { z } from "zod";
import { ACCESS_IDS, APPLICATION_IDS, ROLE_IDS, STATUS_IDS, SYSTEM_IDS } from "../taxonomy.js";

/**
 * zod schemas for the knowledge base files in data/. Every fact carries the official pages it rests on
 * (`sources`) and the date those pages were read (`checked`), so every answer can cite both. Facts the
 * fact sheet marks unverified carry `unverified: true` and are worded as such; facts resting on a
 * non-government page carry `secondary: true` (the loader checks that flag against the source hosts).
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export const isoDate = z.string().refine((value) => {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}, "expected an ISO date YYYY-MM-DD");

export const httpsUrl = z.string().refine((value) => {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}, "expected an https URL");

/** Fields every fact carries. */
const provenance = {
  sources: z.array(httpsUrl).min(1, "every fact needs at least one source"),
  checked: isoDate,
  /** The fact sheet marks this fact unverified: replies say IRCC has not confirmed it. */
  unverified: z.boolean().optional(),
  /** Rests on a non-government page (the fact sheet had nothing official): replies say so. */
  secondary: z.boolean().optional(),
};

/** A key under a kb-namespace section (camelCase), checked against the catalogue by the loader tests. */
const textKey = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "expected a camelCase key");

export const systemId = z.enum(SYSTEM_IDS);
export const applicationId = z.enum(APPLICATION_IDS);
export const roleId = z.enum(ROLE_IDS);
export const statusId = z.enum(STATUS_IDS);
export const accessId = z.enum(ACCESS_IDS);

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

export const durationUnit = z.enum(["minute", "hour", "day", "week", "month"]);
export type DurationUnit = z.infer<typeof durationUnit>;

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

/** One published value: a duration, or IRCC's "Not enough data" / "No processing time available". */
export type PtimeValue =
  | { readonly amount: number; readonly unit: DurationUnit; readonly part?: number }
  | { readonly noData: "not-enough-data" | "not-available" };

const DURATION_UNITS: ReadonlySet<unknown> = new Set(durationUnit.options);
const NO_DATA: ReadonlySet<unknown> = new Set(["not-enough-data", "not-available"]);

/** Checked by hand: timelines.json holds about 1,500 of these, and a zod union would cost ~80 ms at every start. */
function isPtimeValue(value: unknown): value is PtimeValue {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  if ("noData" in v) return keys.length === 1 && NO_DATA.has(v.noData);
  const partOk = v.part === undefined || (Number.isInteger(v.part) && (v.part as number) > 0);
  return (
    typeof v.amount === "number" &&
    v.amount >= 0 &&
    DURATION_UNITS.has(v.unit) &&
    partOk &&
    keys.every((k) => k === "amount" || k === "unit" || k === "part")
  );
}

export const ptimeValueSchema = z.custom<PtimeValue>(
  isPtimeValue,
  'expected {"amount", "unit"[, "part"]} or {"noData": "not-enough-data" | "not-available"}',
);

export const timelineEntrySchema = z
  .strictObject({
    /** IRCC's JSON key ("pr_card.new_pr", "visitor-outside-canada"). */
    key: z.string().min(1),
    applications: z.array(applicationId).min(1),
    /** kb:timeline.variants.<variant> names the line when an application has several (e.g. super visa). */
    variant: textKey.nullable(),
    quebec: z.boolean().nullable(),
    insideCanada: z.boolean().nullable(),
    kind: z.enum(["historical", "forward-looking"]),
    /** IRCC's `lastupdated` of the snapshot the value comes from. */
    asOf: isoDate,
    value: ptimeValueSchema.optional(),
    /** ISO 3166 alpha-2 → value, for lines IRCC publishes per country of residence. */
    byCountry: z.record(z.string().regex(/^[A-Z]{2}$/), ptimeValueSchema).optional(),
  })
  .refine((entry) => (entry.value === undefined) !== (entry.byCountry === undefined), "exactly one of value or byCountry");

export const timelinesFileSchema = z.strictObject({
  sources: z.array(httpsUrl).min(1),
  checked: isoDate,
  /** `lastupdated` dates of the snapshots merged, oldest first. */
  snapshots: z.array(isoDate).min(1),
  entries: z.array(timelineEntrySchema),
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().min(1)),
  /** IRCC keys present in the snapshots that map to no application id (kept visible for the operator). */
  skipped: z.array(z.string()),
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
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type TimelinesFile = z.infer<typeof timelinesFileSchema>;

const officialCache = new Map<string, boolean>();

/** Hosts whose pages count as official (government of Canada, Quebec, the IRB, the laws site). Cached: answers call it often. */
export function isOfficialSource(url: string): boolean {
  const known = officialCache.get(url);
  if (known !== undefined) return known;
  let official = false;
  try {
    official = /(^|\.)(canada\.ca|gc\.ca|quebec\.ca|gouv\.qc\.ca)$/.test(new URL(url).hostname.toLowerCase());
  } catch {
    official = false;
  }
  if (officialCache.size < 10_000) officialCache.set(url, official);
  return official;
}
