import "server-only";
// What the RKTL modules share (plans.ts, targets.ts, realisation.ts): the
// plan's scope, the page size, a target's fields and the version a form carries.
import { provinceAreaWhere, type ScopedUser } from "@/lib/authz/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { versionField } from "@/lib/validation/common";
import { failField } from "../result";

export type Tx = Prisma.TransactionClient;

export const RKTL_PAGE_SIZE = 25;

/** A target's own fields and its kabupaten, as the plan page, the realisation form and the target export read them. */
export const TARGET_FIELDS = {
  id: true,
  activity: true,
  kind: true,
  quantity: true,
  unit: true,
  kabupatenId: true,
  responsible: true,
  plannedMonth: true,
  kabupaten: { select: { name: true, kind: true } },
} as const satisfies Prisma.RktlTargetSelect;

/**
 * Plans carry only a province: coordinators see their province's plans and
 * district staff their province's plans (read-only); national roles all.
 */
export function planWhere(user: ScopedUser): { provinceId?: number } {
  return provinceAreaWhere(user);
}

export const NOT_FOUND = failField("_form", "validation.notFound");

export function versionOf(raw: unknown): number | null {
  const v = versionField.safeParse((raw as Record<string, unknown> | null)?.version);
  return v.success ? v.data : null;
}
