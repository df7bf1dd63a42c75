import { z } from "zod";
import { ACCESS_IDS, APPLICATION_IDS, ROLE_IDS, STATUS_IDS, SYSTEM_IDS } from "../taxonomy.js";

// What every knowledge schema is built from: dates, URLs, the provenance every fact carries, ids.

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
export const provenance = {
  sources: z.array(httpsUrl).min(1, "every fact needs at least one source"),
  checked: isoDate,
  /** The fact sheet marks this fact unverified: replies say IRCC has not confirmed it. */
  unverified: z.boolean().optional(),
  /** Rests on a non-government page (the fact sheet had nothing official): replies say so. */
  secondary: z.boolean().optional(),
};

/** A key under a kb-namespace section (camelCase), checked against the catalogue by the loader tests. */
export const textKey = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "expected a camelCase key");

export const systemId = z.enum(SYSTEM_IDS);
export const applicationId = z.enum(APPLICATION_IDS);
export const roleId = z.enum(ROLE_IDS);
export const statusId = z.enum(STATUS_IDS);
export const accessId = z.enum(ACCESS_IDS);

export const durationUnit = z.enum(["minute", "hour", "day", "week", "month"]);
export type DurationUnit = z.infer<typeof durationUnit>;
