import { z } from "zod";

// The schema of data/schedule-words/<lng>.json and data/time-zones.json; infra validates the files with it.

const phrase = z.string().trim().min(1).max(80);
const phrases = z.array(phrase).max(200);
const hour = z.number().int().min(0).max(23);

const timePattern = z
  .object({
    /** `{h}` an hour (digits or a number word), `{m}` two-digit minutes; everything else is literal. */
    pattern: phrase,
    minute: z.number().int().min(0).max(59).optional(),
    /** "quarter to {h}", "пів на {h}": the clock hour is one before the spoken one. */
    hourOffset: z.number().int().min(-1).max(0).optional(),
    /** A phrase that names a fixed time without `{h}` ("डेढ़ बजे" = 1:30). */
    hour: hour.optional(),
  })
  .strict()
  .refine((t) => t.pattern.includes("{h}") !== (t.hour !== undefined), {
    message: "a time pattern has either {h} or a fixed hour",
  });

const interval = z
  .object({
    /** `{n}` a count, `{d}` any weekday form (the weekday is read separately). */
    phrases,
    every: z.number().int().min(1).max(52).optional(),
    unit: z.enum(["day", "week"]),
  })
  .strict()
  .refine((i) => i.every !== undefined || i.phrases.every((p) => p.includes("{n}")), {
    message: "an interval without a fixed 'every' must have {n} in every phrase",
  });

export const ScheduleWordsFileSchema = z
  .object({
    /** Words are separated by spaces (false for Chinese: no word boundaries are required). */
    spaced: z.boolean(),
    weekdays: z.object({ "1": phrases, "2": phrases, "3": phrases, "4": phrases, "5": phrases, "6": phrases, "7": phrases }).strict(),
    numbers: z.record(phrase, z.number().int().min(1).max(12)),
    times: z.array(timePattern),
    dayParts: z.object({ am: phrases, pm: phrases, night: phrases }).strict(),
    noon: phrases,
    midnight: phrases,
    intervals: z.array(interval),
    change: phrases,
    log: z
      .object({
        today: phrases,
        yesterday: phrases,
        dayBeforeYesterday: phrases,
        daysAgo: phrases.refine((list) => list.every((p) => p.includes("{n}")), { message: "every daysAgo phrase needs {n}" }),
        last: phrases,
      })
      .strict(),
  })
  .strict();
export type ScheduleWordsFile = z.infer<typeof ScheduleWordsFileSchema>;

export const TimeZonesFileSchema = z
  .object({
    about: z.string().optional(),
    choices: z
      .array(
        z
          .string()
          .regex(/^[A-Za-z_]+(\/[A-Za-z_]+){0,2}$/)
          .max(20),
      )
      .min(2)
      .max(8),
    zones: z.array(z.object({ zone: z.string().min(3), names: phrases.min(1) }).strict()).min(1),
  })
  .strict();
export type TimeZonesFile = z.infer<typeof TimeZonesFileSchema>;
