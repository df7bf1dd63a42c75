import { z } from "zod";
import { applicationId, type DurationUnit, durationUnit, httpsUrl, isoDate, textKey } from "./schema-primitives.js";

// data/timelines.json: IRCC's published processing times, merged from its snapshots (ptime/snapshot.ts).

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

export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type TimelinesFile = z.infer<typeof timelinesFileSchema>;
