// User administration input. The role decides which scope fields are needed;
// the database enforces the same rule with a CHECK constraint.
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { blankToUndefined } from "./field-errors";
import { checkbox, optionalIdField } from "./common";

const base = z.object({
  email: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z
      .string()
      .min(1)
      .max(200)
      .pipe(z.email({ error: "validation.email" })),
  ),
  name: z.string().trim().min(1).min(3).max(120),
  role: z.enum(Role, { error: "validation.choose" }),
  provinceId: optionalIdField,
  kabupatenId: optionalIdField,
  active: checkbox,
  canViewViolenceDetails: checkbox,
  canExportViolenceDetails: checkbox,
});

function scopeRules(u: z.infer<typeof base>, ctx: z.RefinementCtx) {
  if (u.role === "PROVINCE_COORDINATOR" && !u.provinceId)
    ctx.addIssue({ code: "custom", path: ["provinceId"], message: "validation.user.provinceRequired" });
  if (u.role === "DISTRICT_STAFF" && !u.kabupatenId)
    ctx.addIssue({ code: "custom", path: ["kabupatenId"], message: "validation.user.kabupatenRequired" });
}

const password = z.string().min(MIN_PASSWORD_LENGTH, { error: "validation.user.passwordLength" }).max(200);

export const userCreateInput = base.extend({ password }).superRefine(scopeRules);
export const userUpdateInput = base.extend({ password: z.preprocess(blankToUndefined, password.optional()) }).superRefine(scopeRules);

export type UserCreateInput = z.infer<typeof userCreateInput>;
export type UserUpdateInput = z.infer<typeof userUpdateInput>;

/** Only national staff may hold the sealed violence-desk grants. */
export function violenceGrantsAllowed(role: Role): boolean {
  return role === "NATIONAL_STAFF";
}
