// RKTL input, shared by the forms, the server actions and the data layer.
import { z } from "zod";
import { RktlStatus, RktlTargetKind } from "@/lib/generated/prisma/enums";
import { parseMonthKey } from "@/lib/domain/rktl-progress";
import { blankToUndefined } from "./field-errors";
import { dayFromFilter, dayToFilter, idField, optionalText, filterId } from "./common";

export const RKTL_KINDS = Object.values(RktlTargetKind);
export const RKTL_STATUSES = Object.values(RktlStatus);

/** A month chosen as "YYYY-MM" → its first day (UTC). */
export const monthField = z.preprocess(
  blankToUndefined,
  z.string({ error: "validation.choose" }).transform((s, ctx) => {
    const d = parseMonthKey(s);
    if (!d) {
      ctx.addIssue({ code: "custom", message: "rktl.validation.month" });
      return z.NEVER;
    }
    return d;
  }),
);

export const planInput = z.object({
  trainingId: idField,
  windowStart: monthField,
});
export type PlanInput = z.infer<typeof planInput>;

export const targetInput = z.object({
  activity: z.string().trim().min(1).min(3).max(200),
  kind: z.enum(RktlTargetKind, { error: "validation.choose" }),
  quantity: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "rktl.validation.wholeNumber" })
      .int({ error: "rktl.validation.wholeNumber" })
      .min(1, { error: "rktl.validation.quantityPositive" })
      .max(100_000),
  ),
  unit: z.string().trim().min(1).max(40),
  kabupatenId: idField,
  responsible: z.string().trim().min(1).min(2).max(120),
  plannedMonth: monthField,
});
export type TargetInput = z.infer<typeof targetInput>;

export const reviewInput = z.object({
  comment: z.string({ error: "rktl.validation.commentRequired" }).trim().min(3, { error: "rktl.validation.commentRequired" }).max(1000),
});

export const realisationInput = z.object({
  month: monthField,
  achieved: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "rktl.validation.wholeNumber" })
      .int({ error: "rktl.validation.wholeNumber" })
      .min(0, { error: "rktl.validation.achievedNotNegative" })
      .max(100_000),
  ),
  note: optionalText(500),
  behindReason: optionalText(500),
});
export type RealisationInput = z.infer<typeof realisationInput>;

/** The version a realisation form was loaded with: none when the month had no report yet. */
export const optionalVersionField = z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional());

const pageField = z.coerce.number().int().min(1).catch(1);

export const planFilters = z.object({
  provinceId: filterId,
  status: z.preprocess(blankToUndefined, z.enum(RktlStatus).optional()).catch(undefined),
  page: pageField,
});
export type PlanFilters = z.infer<typeof planFilters>;

/** Progress filters of the target list: met = ON_TRACK, behind = BEHIND or OFF_TRACK (lib/domain/rktl-progress.ts). */
export const TARGET_PROGRESS_FILTERS = ["met", "behind"] as const;

/**
 * The target list (/rktl/target), as the national dashboard links its RKTL
 * numbers: targets of submitted plans in an area, planned from/to these days.
 */
export const targetFilters = z.object({
  provinceId: filterId,
  kabupatenId: filterId,
  from: dayFromFilter,
  to: dayToFilter,
  status: z.preprocess(blankToUndefined, z.enum(TARGET_PROGRESS_FILTERS).optional()).catch(undefined),
  page: pageField,
});
export type TargetFilters = z.infer<typeof targetFilters>;
