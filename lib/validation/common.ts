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
