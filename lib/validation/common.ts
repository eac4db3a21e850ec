import { z } from "zod";
import { blankToUndefined } from "./field-errors";

/** A required id chosen from a <select>. */
export const idField = z.preprocess(
  blankToUndefined,
  z.coerce.number({ error: "validation.choose" }).int().positive({ error: "validation.choose" }),
);

/** An optional id; "" means none. */
export const optionalIdField = z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional());

/** An optional whole number within bounds; "" means none. */
export function optionalYear(min: number, max: number) {
  return z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "validation.year" })
      .int({ error: "validation.year" })
      .min(min, { error: "validation.yearRange" })
      .max(max, { error: "validation.yearRange" })
      .optional(),
  );
}

export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max).optional());

/** Checkbox: present ("on") means true. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** The `version` a form was loaded with, for optimistic concurrency. */
export const versionField = z.coerce.number().int().positive();

/** An optional "YYYY-MM-DD" list filter (dashboard links); anything else is ignored. */
export const optionalDayFilter = z
  .preprocess(blankToUndefined, z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime())).optional())
  .catch(undefined);

/** A DATE-column range from optional inclusive `from`/`to` days; undefined when neither is set. */
export function dayRange(from?: string, to?: string): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
  };
}
