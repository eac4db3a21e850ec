// Policy target input, shared by the forms, the server actions and the data layer.
import { z } from "zod";
import { PolicyLevel, PolicyStatus, PolicyTopic, PolicyType } from "@/lib/generated/prisma/enums";
import { typeFitsLevel } from "@/lib/domain/policy-status";
import { blankToUndefined } from "./field-errors";
import { idField, dayFromFilter, dayToFilter, linkOnlyParams, optionalIdField, optionalText, filterId } from "./common";

export const POLICY_TOPICS = Object.values(PolicyTopic);

/** Rupiah as typed: "1500000", "1.500.000" or "Rp 1.500.000"; whole rupiah, not negative. */
const rupiah = z.preprocess(
  (v) => {
    const b = blankToUndefined(v);
    return typeof b === "string" ? b.replace(/^\s*rp\.?/i, "").replace(/[\s.]/g, "") : b;
  },
  z
    .string()
    .regex(/^\d{1,15}$/, { error: "policy.validation.budget" })
    .transform((s) => BigInt(s))
    .optional(),
);

/** A calendar date from <input type="date"> (YYYY-MM-DD), as UTC midnight. */
export const optionalDay = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.invalid" })
    .transform((s, ctx) => {
      const d = new Date(`${s}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
        ctx.addIssue({ code: "custom", message: "validation.invalid" });
        return z.NEVER;
      }
      return d;
    })
    .optional(),
);

export const policyInput = z
  .object({
    level: z.enum(PolicyLevel, { error: "validation.choose" }),
    type: z.enum(PolicyType, { error: "validation.choose" }),
    topic: z.enum(PolicyTopic, { error: "validation.choose" }),
    title: z.string().trim().min(1).min(5).max(300),
    kabupatenId: idField,
    desaId: optionalIdField,
    budgetAmount: rupiah,
  })
  .superRefine((p, ctx) => {
    if (!typeFitsLevel(p.level, p.type)) ctx.addIssue({ code: "custom", path: ["type"], message: "policy.validation.typeLevel" });
    if (p.level === "DESA" && !p.desaId) ctx.addIssue({ code: "custom", path: ["desaId"], message: "policy.validation.desaRequired" });
  })
  // Only a village regulation names a desa.
  .transform((p) => ({ ...p, desaId: p.level === "DESA" ? p.desaId : undefined }));

export type PolicyInput = z.infer<typeof policyInput>;

/** A move along the pipeline; ENACTED also needs number and date (and the document, checked with the upload). */
export const policyTransitionInput = z
  .object({
    toStatus: z.enum(PolicyStatus, { error: "validation.choose" }),
    note: optionalText(1000),
    number: optionalText(120),
    enactedOn: optionalDay,
  })
  .superRefine((p, ctx) => {
    if (p.toStatus !== "ENACTED") return;
    if (!p.number) ctx.addIssue({ code: "custom", path: ["number"], message: "policy.validation.numberRequired" });
    // zod runs this even when a field failed: a date that did not parse has its own message already.
    if (p.enactedOn === undefined) ctx.addIssue({ code: "custom", path: ["enactedOn"], message: "policy.validation.enactedOnRequired" });
    else if (p.enactedOn instanceof Date && p.enactedOn.getTime() > Date.now())
      ctx.addIssue({ code: "custom", path: ["enactedOn"], message: "policy.validation.enactedOnFuture" });
  });

export type PolicyTransitionInput = z.infer<typeof policyTransitionInput>;

export const policyFilters = z.object({
  status: z.preprocess(blankToUndefined, z.enum(PolicyStatus).optional()).catch(undefined),
  type: z.preprocess(blankToUndefined, z.enum(PolicyType).optional()).catch(undefined),
  level: z.preprocess(blankToUndefined, z.enum(PolicyLevel).optional()).catch(undefined),
  topic: z.preprocess(blankToUndefined, z.enum(PolicyTopic).optional()).catch(undefined),
  provinceId: filterId,
  kabupatenId: filterId,
  /** Enacted from/to these days (inclusive), as the dashboards link. */
  enactedFrom: dayFromFilter,
  enactedTo: dayToFilter,
  /** Written regulations only (Perdes, Perda, Perbup, Perwali), in program kabupaten only. */
  written: z.preprocess((v) => v === "1", z.boolean()).catch(false),
  programArea: z.preprocess((v) => v === "1", z.boolean()).catch(false),
  page: z.coerce.number().int().min(1).catch(1),
});

export type PolicyFilters = z.infer<typeof policyFilters>;

/** Filters only the dashboards' links set (the list form has no control for them). */
export const policyLinkOnly = (f: PolicyFilters) => linkOnlyParams(f, ["written", "programArea", "enactedFrom", "enactedTo"]);
