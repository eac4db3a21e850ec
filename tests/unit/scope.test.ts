import { describe, expect, it } from "vitest";
import { areaSql, areaWhere, inScope, kabupatenWhere, provinceAreaWhere, provinceWhere, scopeOf, type ScopedUser } from "@/lib/authz/scope";
import { Prisma } from "@/lib/generated/prisma/client";

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

describe("one rule for Prisma and SQL", () => {
  const users: ScopedUser[] = [
    u({ role: "ADMIN" }),
    u({ role: "NATIONAL_STAFF" }),
    u({ role: "DIRECTOR" }),
    u({ role: "PROVINCE_COORDINATOR", provinceId: 52 }),
    u({ role: "PROVINCE_COORDINATOR" }),
    u({ role: "DISTRICT_STAFF", provinceId: 52, kabupatenId: 7 }),
    u({ role: "DISTRICT_STAFF", provinceId: 52 }),
    u({ role: "DISTRICT_STAFF" }),
  ];

  it("puts the same columns and values in the SQL as in the where, for every role and scope", () => {
    const t = Prisma.sql`t`;
    for (const user of users) {
      const where = areaWhere(user);
      const sql = areaSql(user, t);
      const columns = [...sql.sql.matchAll(/t\.(province_id|kabupaten_id) = \?/g)].map((m) => m[1]);
      const expected = Object.keys(where).map((k) => (k === "provinceId" ? "province_id" : "kabupaten_id"));
      expect(columns).toEqual(expected);
      expect(sql.values).toEqual(Object.values(where));
      if (columns.length === 0) expect(sql.sql).toBe("TRUE");
    }
  });

  it("narrows province-wide rows (RKTL plans) by province only", () => {
    const d = u({ role: "DISTRICT_STAFF", provinceId: 52, kabupatenId: 7 });
    expect(provinceAreaWhere(d)).toEqual({ provinceId: 52 });
    expect(areaSql(d, Prisma.sql`pl`, Prisma.sql`rt`, "province").values).toEqual([52]);
    expect(provinceAreaWhere(u({ role: "DISTRICT_STAFF" }))).toEqual({ provinceId: -1 });
  });

  it("puts the kabupaten condition on the joined alias when told", () => {
    const d = u({ role: "DISTRICT_STAFF", provinceId: 52, kabupatenId: 7 });
    expect(areaSql(d, Prisma.sql`pl`, Prisma.sql`rt`).sql).toBe("(pl.province_id = ? AND rt.kabupaten_id = ?)");
  });
});
