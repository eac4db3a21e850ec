// The import pages' inputs: the confirmation form and the preview's filters.
import { z } from "zod";
import { ImportOutcome } from "@/lib/generated/prisma/enums";
import { checkbox } from "./common";

export const commitInput = z.object({ skipErrors: checkbox.optional().default(false) });

export const previewFilters = z.object({
  only: z.enum(ImportOutcome).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
