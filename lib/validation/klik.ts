// KLIK PEKKA input, shared by the forms, the server actions and the data layer.
import { z } from "zod";
import { KlikCaseStatus, KlikDesk } from "@/lib/generated/prisma/enums";
import { isIssueTypeOf } from "@/lib/domain/klik-issue-types";
import { blankToUndefined } from "./field-errors";
import { idField, dayFromFilter, dayToFilter, optionalText, versionField, filterId } from "./common";

export const KLIK_STATUSES = Object.values(KlikCaseStatus);

/** The violence desk's sealed fields: never in the audit log, never kept on a phone (decisions 0005, 0030). */
export const SEALED_CASE_FIELDS = ["complainantName", "complainantContact", "narrative"] as const;

function isCalendarDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A calendar day "YYYY-MM-DD" → Date at UTC midnight (stored in a DATE column); not in the future. */
export const pastDay = z.preprocess(
  blankToUndefined,
  z
    .string({ error: "validation.required" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "klik.validation.date" })
    // A day of the calendar: "2026-02-30" is refused, not read as 2 March.
    .refine(isCalendarDay, { error: "klik.validation.date" })
    .transform((s) => new Date(`${s}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 2000, { error: "klik.validation.date" })
    // One day of slack: Indonesia is ahead of UTC.
    .refine((d) => d.getTime() <= Date.now() + 86_400_000, { error: "klik.validation.future" }),
);

export const klikSessionInput = z.object({
  desaId: idField,
  heldOn: pastDay,
  officers: z.string().trim().min(1).max(300),
  notes: optionalText(2000),
});

export type KlikSessionInput = z.infer<typeof klikSessionInput>;

const requiredText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());

function checkCase(v: { desk?: KlikDesk; issueType?: string; status: KlikCaseStatus; referralInstitution?: string }, ctx: z.RefinementCtx) {
  if (v.desk && !isIssueTypeOf(v.desk, v.issueType)) {
    ctx.addIssue({ code: "custom", path: ["issueType"], message: "klik.validation.issueTypeDesk" });
  }
  if (v.status === "REFERRED" && !v.referralInstitution) {
    ctx.addIssue({ code: "custom", path: ["referralInstitution"], message: "klik.validation.referralRequired" });
  }
}

/** A case's short note: a line or two, not a story (the violence desk never keeps one). */
export const CASE_NOTE_MAX = 500;

/**
 * One person served at one desk. For the VIOLENCE desk the complainant's name,
 * contact and narrative go to the sealed detail, and personName and the note
 * are never kept: free text beside a complaint would say what the sealed
 * detail protects (decision 0032).
 */
export const klikCaseInput = z
  .object({
    desk: z.enum(KlikDesk, { error: "validation.choose" }),
    issueType: z.preprocess(blankToUndefined, z.string({ error: "validation.choose" })),
    status: z.enum(KlikCaseStatus, { error: "validation.choose" }),
    referralInstitution: requiredText(200),
    personName: requiredText(120),
    note: optionalText(CASE_NOTE_MAX),
    complainantName: requiredText(120),
    complainantContact: requiredText(120),
    narrative: requiredText(5000),
  })
  .superRefine((v, ctx) => {
    checkCase(v, ctx);
    if (v.desk === "VIOLENCE") {
      if (!v.complainantName) ctx.addIssue({ code: "custom", path: ["complainantName"], message: "validation.required" });
      if (!v.narrative) ctx.addIssue({ code: "custom", path: ["narrative"], message: "validation.required" });
    } else if (!v.personName) {
      ctx.addIssue({ code: "custom", path: ["personName"], message: "validation.required" });
    }
  })
  .transform((v) =>
    v.desk === "VIOLENCE"
      ? { ...v, personName: undefined, note: undefined }
      : { ...v, complainantName: undefined, complainantContact: undefined, narrative: undefined },
  );

export type KlikCaseInput = z.infer<typeof klikCaseInput>;

/**
 * Editing a case: issue type (same desk), status, referral and the note; the
 * desk is checked against the stored case. A violence case's note is dropped
 * as on creation.
 */
export const klikCaseUpdateInput = z
  .object({
    desk: z.enum(KlikDesk).optional(),
    issueType: z.preprocess(blankToUndefined, z.string({ error: "validation.choose" })),
    status: z.enum(KlikCaseStatus, { error: "validation.choose" }),
    referralInstitution: requiredText(200),
    note: optionalText(CASE_NOTE_MAX),
    version: versionField,
  })
  .superRefine(checkCase)
  .transform((v) => (v.desk === "VIOLENCE" ? { ...v, note: undefined } : v));

export const klikFollowUpInput = z.object({
  date: pastDay,
  note: z.string().trim().min(1).max(2000),
});

export const klikFilters = z.object({
  provinceId: filterId,
  kabupatenId: filterId,
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(2000).max(2100).optional()).catch(undefined),
  month: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(12).optional()).catch(undefined),
  /** Held from/to these days (inclusive), as the dashboards link ("YYYY-MM" for whole months). */
  from: dayFromFilter,
  to: dayToFilter,
  page: z.coerce.number().int().min(1).catch(1),
});

export type KlikFilters = z.infer<typeof klikFilters>;
