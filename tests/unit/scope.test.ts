import { describe, expect, it } from "vitest";
import { areaWhere, inScope, kabupatenWhere, provinceWhere, scopeOf, type ScopedUser } from "@/lib/authz/scope";

const u = (o: Partial<ScopedUser> & Pick<ScopedUser, "role">): ScopedUser => ({ id: 1, provinceId: null, kabupatenId: null, ...o });

describe("scope", () => {
  it("is national for admin, national staff and director", () => {
    for (const role of ["ADMIN", "NATIONAL_STAFF", "DIRECTOR"] as const) {
      expect(scopeOf(u({ role }))).toEqual({ kind: "national" });
      expect(areaWhere(u({ role }))).toEqual({});
    }
  });

  it("limits a coordinator to her province", () => {
    const c = u({ role: "PROVINCE_COORDINATOR", provinceId: 52 });
    expect(areaWhere(c)).toEqual({ provinceId: 52 });
    expect(provinceWhere(c)).toEqual({ id: 52 });
    expect(kabupatenWhere(c)).toEqual({ provinceId: 52 });
    expect(inScope(c, 52, 7)).toBe(true);
    expect(inScope(c, 11, 7)).toBe(false);
  });

  it("limits district staff to their kabupaten", () => {
    const d = u({ role: "DISTRICT_STAFF", provinceId: 52, kabupatenId: 7 });
    expect(areaWhere(d)).toEqual({ provinceId: 52, kabupatenId: 7 });
    expect(kabupatenWhere(d)).toEqual({ provinceId: 52, id: 7 });
    expect(inScope(d, 52, 7)).toBe(true);
    expect(inScope(d, 52, 8)).toBe(false);
  });

  it("gives a scoped role with no scope set nothing, never everything", () => {
    expect(areaWhere(u({ role: "PROVINCE_COORDINATOR" }))).toEqual({ provinceId: -1 });
    expect(areaWhere(u({ role: "DISTRICT_STAFF", provinceId: 52 }))).toEqual({ provinceId: -1 });
  });
});
