// The sealed violence-complaints desk. Its narrative and the complainant's
// identity are for the staff of that kabupaten and for national staff holding
// the explicit grant; everyone else (director and coordinators included) sees
// counts only. Every view is audit-logged by the data layer.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

type ViolenceUser = {
  role: Role;
  kabupatenId: number | null;
  canViewViolenceDetails: boolean;
  canExportViolenceDetails: boolean;
};

export function canViewViolenceDetail(user: ViolenceUser, caseKabupatenId: number): boolean {
  if (user.role === "DISTRICT_STAFF") return user.kabupatenId === caseKabupatenId;
  if (user.role === "NATIONAL_STAFF") return user.canViewViolenceDetails;
  return false;
}

/** `where` on klik_case rows whose violence details the user may read; null when none. */
export function violenceDetailWhere(user: ViolenceUser): { kabupatenId?: number } | null {
  if (user.role === "DISTRICT_STAFF" && user.kabupatenId) return { kabupatenId: user.kabupatenId };
  if (user.role === "NATIONAL_STAFF" && user.canViewViolenceDetails) return {};
  return null;
}

/**
 * `where` on klik_case rows a list or export may show the user as rows: every
 * open-desk case, and violence cases only where she may open them. Anyone
 * else gets the violence desk as a suppressed count, never one row per case
 * (counting rows would give back every "<5").
 */
export function caseRowWhere(user: ViolenceUser): Prisma.KlikCaseWhereInput {
  const violence = violenceDetailWhere(user);
  const openDesks = { desk: { not: "VIOLENCE" as const } };
  return violence ? { OR: [openDesks, { desk: "VIOLENCE" as const, ...violence }] } : openDesks;
}

export function canExportViolenceDetails(user: ViolenceUser): boolean {
  return user.role === "NATIONAL_STAFF" && user.canViewViolenceDetails && user.canExportViolenceDetails;
}

// Small counts (1–4 shown as "<5") and their complementary cells: the one rule
// is lib/domain/suppression.ts, re-exported here for the callers that come for
// the violence desk.
export { SUPPRESSION_THRESHOLD, suppressCount } from "@/lib/domain/suppression";
