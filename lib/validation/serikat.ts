import { z } from "zod";
import { blankToUndefined } from "./field-errors";
import { idField, optionalYear, searchField } from "./common";

export const serikatInput = z.object({
  name: z.string().trim().min(1).min(3).max(120),
  kabupatenId: idField,
  foundedYear: optionalYear(1990, new Date().getUTCFullYear()),
});

export type SerikatInput = z.infer<typeof serikatInput>;

export const serikatFilters = z.object({
  q: searchField(),
  provinceId: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()).catch(undefined),
  status: z.enum(["active", "inactive", "all"]).catch("active"),
  page: z.coerce.number().int().min(1).catch(1),
});

export type SerikatFilters = z.infer<typeof serikatFilters>;
