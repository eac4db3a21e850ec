import { z } from "zod";
import { blankToUndefined } from "./field-errors";
import { endOfDay, isFilterDay } from "@/lib/domain/day-bound";

/** The largest id the id columns (INTEGER) hold: a larger one names nothing, and the database would refuse the query. */
const MAX_ID = 2_147_483_647;

/** A required id chosen from a <select>. */
export const idField = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "validation.choose" })
    .int()
    .positive({ error: "validation.choose" })
    .max(MAX_ID, { error: "validation.choose" }),
);

/** An optional id; "" means none. */
export const optionalIdField = z.preprocess(blankToUndefined, z.coerce.number().int().positive().max(MAX_ID).optional());

/** A list filter's id: anything that cannot be one (a word, a number beyond INTEGER) is no filter. */
export const filterId = optionalIdField.catch(undefined);

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

export const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());

/** Checkbox: present ("on") means true. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** The `version` a form was loaded with, for optimistic concurrency. */
export const versionField = z.coerce.number().int().positive();

/**
 * An optional inclusive date bound of a list filter, normalised to "YYYY-MM-DD".
 * Dashboards link with days ("2026-10-01") or whole months ("2026-10": the
 * month's first day as a lower bound, its last day as an upper bound).
 */
function dayBound(end: "from" | "to") {
  return z
    .preprocess((v) => {
      const s = blankToUndefined(v);
      if (typeof s !== "string" || !/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) return s;
      if (end === "from") return `${s}-01`;
      const [y, m] = s.split("-").map(Number) as [number, number];
      return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    }, z.string().refine(isFilterDay).optional())
    .catch(undefined);
}

export const dayFromFilter = dayBound("from");
export const dayToFilter = dayBound("to");

/** A DATE-column range from optional inclusive `from`/`to` days; undefined when neither is set. */
export function dayRange(from?: string, to?: string): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { lt: endOfDay(to) } : {}),
  };
}

/**
 * The filters of a parsed list that only links set (a dashboard number, a
 * serikat's page): the list's own form has no control for them, so the form
 * carries them as hidden inputs and says so. Values as query-string strings
 * (true → "1"); unset ones are left out.
 */
export function linkOnlyParams<F extends Record<string, unknown>>(f: F, keys: readonly (keyof F & string)[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = f[k];
    if (v === undefined || v === null || v === false || v === "") continue;
    out[k] = v === true ? "1" : String(v);
  }
  return out;
}

/** The longest text a search box takes (every list's search says so when it is exceeded). */
export const SEARCH_MAX = 100;

/**
 * Why a search box's value cannot be used, or null when it can: longer than
 * the box takes, or with characters no name contains (control characters,
 * NUL included, and the replacement character a broken percent-encoding
 * decodes to). The page says which (components/ui/search-notice.tsx) and
 * lists as if nothing had been searched.
 */
export function searchProblem(raw: unknown, max = SEARCH_MAX): "tooLong" | "unusable" | null {
  if (typeof raw !== "string") return null;
  const s = raw.trim();
  if (s.length > max) return "tooLong";
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f\ufffd]/.test(s)) return "unusable";
  return null;
}

/** A search box's value: trimmed text, or undefined when empty or unusable (see searchProblem). Never throws. */
export function searchField(max = SEARCH_MAX, min = 1) {
  return z
    .preprocess((v) => (searchProblem(v, max) === null ? blankToUndefined(v) : undefined), z.string().trim().min(min).optional())
    .catch(undefined);
}
