import { describe, expect, it } from "vitest";
import { canExportViolenceDetails, canViewViolenceDetail, suppressCount, violenceDetailWhere } from "@/lib/authz/violence";
import type { Role } from "@/lib/generated/prisma/enums";

const user = (
  role: Role,
  o: Partial<{ kabupatenId: number; canViewViolenceDetails: boolean; canExportViolenceDetails: boolean }> = {},
) => ({
  role,
  kabupatenId: o.kabupatenId ?? null,
  canViewViolenceDetails: o.canViewViolenceDetails ?? false,
  canExportViolenceDetails: o.canExportViolenceDetails ?? false,
});

describe("the sealed violence desk", () => {
  it("opens to the staff of that kabupaten only", () => {
    expect(canViewViolenceDetail(user("DISTRICT_STAFF", { kabupatenId: 7 }), 7)).toBe(true);
    expect(canViewViolenceDetail(user("DISTRICT_STAFF", { kabupatenId: 7 }), 8)).toBe(false);
  });

  it("opens to national staff only with the explicit grant", () => {
    expect(canViewViolenceDetail(user("NATIONAL_STAFF"), 7)).toBe(false);
    expect(canViewViolenceDetail(user("NATIONAL_STAFF", { canViewViolenceDetails: true }), 7)).toBe(true);
  });

  it("stays closed to the director, coordinators and admin, whatever flags they carry", () => {
    for (const role of ["DIRECTOR", "PROVINCE_COORDINATOR", "ADMIN"] as const) {
      expect(canViewViolenceDetail(user(role, { canViewViolenceDetails: true }), 7)).toBe(false);
      expect(violenceDetailWhere(user(role, { canViewViolenceDetails: true }))).toBeNull();
    }
  });

  it("exports details only with both grants", () => {
    expect(canExportViolenceDetails(user("NATIONAL_STAFF", { canViewViolenceDetails: true }))).toBe(false);
    expect(canExportViolenceDetails(user("NATIONAL_STAFF", { canViewViolenceDetails: true, canExportViolenceDetails: true }))).toBe(true);
    expect(canExportViolenceDetails(user("DISTRICT_STAFF", { kabupatenId: 7, canExportViolenceDetails: true }))).toBe(false);
  });

  it("shows counts from 1 to 4 as <5", () => {
    expect([0, 1, 4, 5, 12].map(suppressCount)).toEqual([0, "<5", "<5", 5, 12]);
  });
});
