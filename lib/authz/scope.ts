// The one scope function: which part of the country a user may see. Data
// functions put it into the Prisma `where`, so a row outside scope simply is
// not found.
import type { Role } from "@/lib/generated/prisma/enums";

export type ScopedUser = {
  id: number;
  role: Role;
  provinceId: number | null;
  kabupatenId: number | null;
};

export type Scope =
  | { kind: "national" }
  | { kind: "province"; provinceId: number }
  | { kind: "kabupaten"; provinceId: number; kabupatenId: number };

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

/** `where` for tables that carry province_id and kabupaten_id (kader, serikat, KLIK, policy…). */
export function areaWhere(user: ScopedUser): { provinceId?: number; kabupatenId?: number } {
  const s = scopeOf(user);
  if (s.kind === "national") return {};
  if (s.kind === "province") return { provinceId: s.provinceId };
  return { provinceId: s.provinceId, kabupatenId: s.kabupatenId };
}

/**
 * `where` for the province table itself. It has an `id` key: combine it with
 * other conditions through `AND: [...]`, never by spreading (a spread would let
 * a requested id replace the scope's).
 */
export function provinceWhere(user: ScopedUser): { id?: number } {
  const s = scopeOf(user);
  return s.kind === "national" ? {} : { id: s.provinceId };
}

/** `where` for the kabupaten table itself; combine through `AND: [...]` (see provinceWhere). */
export function kabupatenWhere(user: ScopedUser): { provinceId?: number; id?: number } {
  const s = scopeOf(user);
  if (s.kind === "national") return {};
  if (s.kind === "province") return { provinceId: s.provinceId };
  return { provinceId: s.provinceId, id: s.kabupatenId };
}

/** Whether a (province, kabupaten) pair lies inside the user's scope — for checking write targets. */
export function inScope(user: ScopedUser, provinceId: number, kabupatenId: number): boolean {
  const s = scopeOf(user);
  if (s.kind === "national") return true;
  if (s.kind === "province") return s.provinceId === provinceId;
  return s.provinceId === provinceId && s.kabupatenId === kabupatenId;
}
