// The one scope function: which part of the country a user may see. Data
// functions put it into the Prisma `where` (areaWhere) or, for raw SQL, into
// the SQL condition (areaSql); both are written from one rule (areaRule), so a
// row outside scope simply is not found, whichever way it is queried.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type ScopedUser = {
  id: number;
  role: Role;
  provinceId: number | null;
  kabupatenId: number | null;
};

export type Scope =
  { kind: "national" } | { kind: "province"; provinceId: number } | { kind: "kabupaten"; provinceId: number; kabupatenId: number };

/** A coordinator or district user with no scope set sees nothing (never everything). */
const NOTHING = { kind: "province", provinceId: -1 } as const;

export function scopeOf(user: ScopedUser): Scope {
  switch (user.role) {
    case "ADMIN":
    case "NATIONAL_STAFF":
    case "DIRECTOR":
      return { kind: "national" };
    case "PROVINCE_COORDINATOR":
      return user.provinceId ? { kind: "province", provinceId: user.provinceId } : NOTHING;
    case "DISTRICT_STAFF":
      return user.provinceId && user.kabupatenId
        ? { kind: "kabupaten", provinceId: user.provinceId, kabupatenId: user.kabupatenId }
        : NOTHING;
    default:
      return NOTHING;
  }
}

/**
 * How deep the area of a table goes: "kabupaten" for rows that carry
 * province_id and kabupaten_id (kader, serikat, KLIK, policy…); "province" for
 * rows that belong to a whole province (an RKTL plan: a district user sees her
 * province's plans).
 */
export type AreaDepth = "kabupaten" | "province";

/** The rule itself: which province and kabupaten the rows must carry (absent: any). */
export function areaRule(user: ScopedUser, depth: AreaDepth = "kabupaten"): { provinceId?: number; kabupatenId?: number } {
  const s = scopeOf(user);
  if (s.kind === "national") return {};
  if (s.kind === "province" || depth === "province") return { provinceId: s.provinceId };
  return { provinceId: s.provinceId, kabupatenId: s.kabupatenId };
}

/** `where` for tables that carry province_id and kabupaten_id (kader, serikat, KLIK, policy…). */
export function areaWhere(user: ScopedUser): { provinceId?: number; kabupatenId?: number } {
  return areaRule(user);
}

/** `where` for tables whose rows belong to a whole province (RKTL plans). */
export function provinceAreaWhere(user: ScopedUser): { provinceId?: number } {
  return areaRule(user, "province");
}

/**
 * The same rule as an SQL condition on `alias.province_id` / `kabupatenAlias.kabupaten_id`
 * (TRUE for national scope). Aliases are SQL fragments written as literals
 * (Prisma.sql`t`), never strings turned into SQL (tests/unit/no-sql-strings.test.ts).
 * The kabupaten alias differs when the kabupaten sits on a joined row (an RKTL
 * target of a plan).
 */
export function areaSql(
  user: ScopedUser,
  alias: Prisma.Sql,
  kabupatenAlias: Prisma.Sql = alias,
  depth: AreaDepth = "kabupaten",
): Prisma.Sql {
  const r = areaRule(user, depth);
  const parts: Prisma.Sql[] = [];
  if (r.provinceId !== undefined) parts.push(Prisma.sql`${alias}.province_id = ${r.provinceId}`);
  if (r.kabupatenId !== undefined) parts.push(Prisma.sql`${kabupatenAlias}.kabupaten_id = ${r.kabupatenId}`);
  return parts.length ? Prisma.sql`(${Prisma.join(parts, " AND ")})` : Prisma.sql`TRUE`;
}

/**
 * `where` for the province table itself. It has an `id` key: combine it with
 * other conditions through `AND: [...]`, never by spreading (a spread would let
 * a requested id replace the scope's).
 */
export function provinceWhere(user: ScopedUser): { id?: number } {
  const r = areaRule(user, "province");
  return r.provinceId === undefined ? {} : { id: r.provinceId };
}

/** `where` for the kabupaten table itself; combine through `AND: [...]` (see provinceWhere). */
export function kabupatenWhere(user: ScopedUser): { provinceId?: number; id?: number } {
  const { provinceId, kabupatenId } = areaRule(user);
  return { ...(provinceId === undefined ? {} : { provinceId }), ...(kabupatenId === undefined ? {} : { id: kabupatenId }) };
}

/** Whether a (province, kabupaten) pair lies inside the user's scope — for checking write targets. */
export function inScope(user: ScopedUser, provinceId: number, kabupatenId: number): boolean {
  const r = areaRule(user);
  return (r.provinceId === undefined || r.provinceId === provinceId) && (r.kabupatenId === undefined || r.kabupatenId === kabupatenId);
}

/** `where` for rows a user owns (background jobs): her own; an admin sees everyone's. */
export function ownerWhere(user: ScopedUser): { ownerId?: number } {
  return user.role === "ADMIN" ? {} : { ownerId: user.id };
}
