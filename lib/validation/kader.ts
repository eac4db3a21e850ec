// Kader input, shared by the form, the server action and the data layer.
import { z } from "zod";
import { KaderPosition } from "@/lib/generated/prisma/enums";
import { blankToUndefined } from "./field-errors";
import { idField, dayFromFilter, dayToFilter, linkOnlyParams, optionalYear, searchField, filterId } from "./common";

export const KADER_POSITIONS = Object.values(KaderPosition);

export const kaderInput = z.object({
  fullName: z.string().trim().min(1).min(3).max(120),
  position: z.enum(KaderPosition, { error: "validation.choose" }),
  phone: z.preprocess(
    (v) => (typeof blankToUndefined(v) === "string" ? String(v).replace(/[\s-]/g, "") : undefined),
    z
      .string()
      .regex(/^(\+62|0)8\d{7,11}$/, { error: "validation.phone" })
      .optional(),
  ),
  birthYear: optionalYear(1920, 2015),
  joinedYear: optionalYear(1990, new Date().getUTCFullYear()),
  serikatId: idField,
  desaId: idField,
});

export type KaderInput = z.infer<typeof kaderInput>;

export const kaderFilters = z.object({
  q: searchField(),
  provinceId: filterId,
  kabupatenId: filterId,
  serikatId: filterId,
  /** A position, or OFFICERS for every pengurus (all positions but KADER). */
  position: z.preprocess(blankToUndefined, z.enum([...Object.values(KaderPosition), "OFFICERS"]).optional()).catch(undefined),
  status: z.enum(["active", "inactive", "all"]).catch("active"),
  /**
   * As the dashboards link: kader who completed a leadership or implementation
   * class, or took part as participant in a re-training (CASCADE), in a
   * training starting from/to these days.
   */
  trained: z.preprocess(blankToUndefined, z.enum(["LEADERSHIP_TOT", "IMPLEMENTATION", "CASCADE"]).optional()).catch(undefined),
  from: dayFromFilter,
  to: dayToFilter,
  page: z.coerce.number().int().min(1).catch(1),
});

export type KaderFilters = z.infer<typeof kaderFilters>;

/**
 * Filters only links set: a serikat's page (`serikatId`) and the dashboards
 * (`trained` with its training period `from`/`to`, which apply only with it).
 */
export function kaderLinkOnly(f: KaderFilters): Record<string, string> {
  return linkOnlyParams(f, f.trained ? ["serikatId", "trained", "from", "to"] : ["serikatId"]);
}
