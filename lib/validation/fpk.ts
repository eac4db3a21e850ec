// FPK (Forum Pemangku Kepentingan) meeting input, shared by the form, the
// server action and the data layer. Participants arrive as numbered form rows
// (institution_0/personCount_0 …); blank rows are ignored.
import { z } from "zod";
import { blankToUndefined } from "./field-errors";
import { dayFromFilter, dayToFilter, idField, optionalText, filterId } from "./common";
import { pastDay } from "./klik";

/** Participant rows offered by the form. */
export const FPK_PARTICIPANT_ROWS = 8;

const ROWS = Array.from({ length: FPK_PARTICIPANT_ROWS }, (_, i) => i);

/** "1.500.000", "1500000", "Rp 1.500.000" → 1500000n; blank → undefined. */
const budgetField = z.preprocess(
  (v) => {
    const b = blankToUndefined(v);
    return typeof b === "string" ? b.replace(/^\s*rp\.?\s*/i, "").replace(/[.\s]/g, "") : b;
  },
  z
    .string()
    .regex(/^\d{1,15}$/, { error: "fpk.validation.budget" })
    .transform((s) => BigInt(s))
    .optional(),
);

const rowFields = Object.fromEntries(
  ROWS.flatMap((i) => [
    [`institution_${i}`, z.preprocess(blankToUndefined, z.string().trim().max(150).optional())],
    [`personCount_${i}`, z.preprocess(blankToUndefined, z.string().trim().optional())],
  ]),
) as Record<string, z.ZodType<string | undefined>>;

export const fpkMeetingInput = z
  .object({
    kabupatenId: idField,
    heldOn: pastDay,
    agenda: z.string().trim().min(1).max(2000),
    agreements: optionalText(4000),
    followUps: optionalText(4000),
    budgetAmount: budgetField,
    ...rowFields,
  })
  .superRefine((v, ctx) => {
    const rows = v as unknown as Record<string, string | undefined>;
    const seen = new Set<string>();
    let count = 0;
    for (const i of ROWS) {
      const inst = rows[`institution_${i}`];
      const n = rows[`personCount_${i}`];
      if (!inst && !n) continue;
      if (!inst) ctx.addIssue({ code: "custom", path: [`institution_${i}`], message: "validation.required" });
      if (!n || !/^\d{1,5}$/.test(n) || Number(n) < 1) {
        ctx.addIssue({ code: "custom", path: [`personCount_${i}`], message: "fpk.validation.personCount" });
      }
      if (inst) {
        const key = inst.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [`institution_${i}`], message: "fpk.validation.duplicateInstitution" });
        seen.add(key);
        count++;
      }
    }
    if (count === 0) ctx.addIssue({ code: "custom", path: ["institution_0"], message: "fpk.validation.participantsRequired" });
  })
  .transform((v) => {
    const rows = v as unknown as Record<string, string | undefined>;
    return {
      kabupatenId: v.kabupatenId,
      heldOn: v.heldOn,
      agenda: v.agenda,
      agreements: v.agreements,
      followUps: v.followUps,
      budgetAmount: v.budgetAmount,
      participants: ROWS.filter((i) => rows[`institution_${i}`]).map((i) => ({
        institution: rows[`institution_${i}`]!,
        personCount: Number(rows[`personCount_${i}`]),
      })),
    };
  });

export type FpkMeetingInput = z.infer<typeof fpkMeetingInput>;

export const fpkFilters = z.object({
  provinceId: filterId,
  kabupatenId: filterId,
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000).max(2100).optional()).catch(undefined),
  /** A range of months "YYYY-MM" (both inclusive), as the dashboard links to an RKTL window. */
  from: dayFromFilter,
  to: dayToFilter,
  page: z.coerce.number().int().min(1).catch(1),
});

export type FpkFilters = z.infer<typeof fpkFilters>;
