import { z } from "zod";
import { blankToUndefined } from "./field-errors";
import { dayToFilter, idField, optionalText, optionalYear, searchField, filterId } from "./common";
import { pastDay } from "./klik";

export const serikatInput = z.object({
  name: z.string().trim().min(1).min(3).max(120),
  kabupatenId: idField,
  foundedYear: optionalYear(1990, new Date().getUTCFullYear()),
});

export type SerikatInput = z.infer<typeof serikatInput>;

/** The most members one serikat could count (a typo guard, not a rule of the program). */
export const MEMBER_COUNT_MAX = 1_000_000;

/**
 * A member count as people type it: "1250", "1 250" or "1.250" (the
 * Indonesian thousands separator); never a fraction or a negative number.
 */
const memberCountField = z.preprocess(
  (v) => {
    const s = blankToUndefined(v);
    if (typeof s !== "string") return s;
    const compact = s.replace(/\s/g, "");
    return /^\d{1,3}(\.\d{3})+$/.test(compact) ? compact.replace(/\./g, "") : compact;
  },
  z
    .string({ error: "validation.required" })
    .regex(/^\d{1,7}$/, { error: "serikat.validation.memberCount" })
    .transform(Number)
    .refine((n) => n <= MEMBER_COUNT_MAX, { error: "serikat.validation.memberCountMax" }),
);

/** One count of a serikat's members on a day (a second count on the same day replaces the first). */
export const membershipInput = z.object({
  recordedOn: pastDay,
  memberCount: memberCountField,
  note: optionalText(500),
});

export type MembershipInput = z.infer<typeof membershipInput>;

/** Which count to delete (one of the serikat's, chosen from its history). */
export const membershipDeleteInput = z.object({ membershipId: idField });

export const serikatFilters = z.object({
  q: searchField(),
  provinceId: filterId,
  kabupatenId: filterId,
  status: z.enum(["active", "inactive", "all"]).catch("active"),
  /** The day the members column counts at (a month "YYYY-MM" means its last day); none: the latest counts. */
  membersOn: dayToFilter,
  page: z.coerce.number().int().min(1).catch(1),
});

export type SerikatFilters = z.infer<typeof serikatFilters>;
