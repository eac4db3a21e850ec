import { describe, expect, it } from "vitest";
import { ACTIONS, assertCan, can, ForbiddenError, PERMISSIONS } from "@/lib/authz/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES = Object.keys(PERMISSIONS) as Role[];
const as = (role: Role) => ({ role });

describe("permission map", () => {
  it("covers exactly the five roles", () => {
    expect(ROLES.sort()).toEqual(["ADMIN", "DIRECTOR", "DISTRICT_STAFF", "NATIONAL_STAFF", "PROVINCE_COORDINATOR"]);
  });

  it("denies by default: an action no role lists is refused", () => {
    for (const role of ROLES) expect(can(as(role), "report.secret" as never)).toBe(false);
  });

  it("denies when there is no user", () => {
    expect(can(null, "kader.read")).toBe(false);
    expect(can(undefined, "geo.read")).toBe(false);
  });

  it("lets every role read everything it is scoped to", () => {
    for (const role of ROLES) for (const a of ACTIONS.filter((x) => x.endsWith(".read"))) expect(can(as(role), a)).toBe(true);
  });

  it("splits RKTL work: coordinators plan and report, national staff review", () => {
    expect(ROLES.filter((r) => can(as(r), "rktl.plan"))).toEqual(["PROVINCE_COORDINATOR"]);
    expect(ROLES.filter((r) => can(as(r), "rktl.realise"))).toEqual(["PROVINCE_COORDINATOR"]);
    expect(ROLES.filter((r) => can(as(r), "rktl.review"))).toEqual(["NATIONAL_STAFF"]);
  });

  it("gives the national dashboards to the national roles and the province dashboard to the scoped ones", () => {
    expect(ROLES.filter((r) => can(as(r), "dashboard.national")).sort()).toEqual(["ADMIN", "DIRECTOR", "NATIONAL_STAFF"]);
    expect(ROLES.filter((r) => can(as(r), "dashboard.province")).sort()).toEqual(["DISTRICT_STAFF", "PROVINCE_COORDINATOR"]);
    for (const role of ROLES) expect(can(as(role), "export.data")).toBe(true);
  });

  it("lets only district staff record KLIK sessions", () => {
    expect(ROLES.filter((r) => can(as(r), "klik.write"))).toEqual(["DISTRICT_STAFF"]);
  });

  it("gives the director no write action at all", () => {
    const views = new Set(["dashboard.national", "dashboard.policy", "dashboard.province", "export.data", "report.program"]);
    const writes = ACTIONS.filter((a) => !a.endsWith(".read") && !views.has(a));
    for (const a of writes) expect(can(as("DIRECTOR"), a)).toBe(false);
  });

  it("keeps user administration to ADMIN", () => {
    expect(ROLES.filter((r) => can(as(r), "user.manage"))).toEqual(["ADMIN"]);
  });

  it("lets coordinators and district staff keep the kader registry", () => {
    expect(can(as("PROVINCE_COORDINATOR"), "kader.write")).toBe(true);
    expect(can(as("DISTRICT_STAFF"), "kader.write")).toBe(true);
  });

  it("only lists known actions", () => {
    for (const role of ROLES) for (const a of PERMISSIONS[role]) expect(ACTIONS).toContain(a);
  });

  it("assertCan throws ForbiddenError naming the action", () => {
    expect(() => assertCan(as("DIRECTOR"), "kader.write")).toThrow(ForbiddenError);
    expect(() => assertCan(as("ADMIN"), "user.manage")).not.toThrow();
  });
});
