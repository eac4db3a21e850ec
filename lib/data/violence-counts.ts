import "server-only";
// Violence counts for users who may not open violence cases: every count such
// a user sees, on any screen, export or the report, is a cell of the one
// published table of a calendar year (lib/domain/violence-publication.ts,
// docs/decisions/0027-violence-counts-by-year.md). Users who may open the cases
// of their whole scope (the kabupaten's own staff, national staff with the
// grant) are not served from here: they see the rows anyway.
import { db } from "@/lib/db/client";
import { scopeOf, type ScopedUser } from "@/lib/authz/scope";
import { violenceDetailWhere } from "@/lib/authz/violence";
import { publishViolence, type PublishedCount, type PublishedViolence } from "@/lib/domain/violence-publication";
import type { Role } from "@/lib/generated/prisma/enums";
import { casesHeldIn } from "@/lib/measures/activity";
import { cachedAggregate } from "./cache";

/** What deciding about violence counts needs to know of the user. */
export type CountingUser = ScopedUser & { role: Role; canViewViolenceDetails: boolean };

/** Whether the user's violence counts come from the published table (she may not open the violence cases of her scope). */
export function countsFromPublishedTable(user: CountingUser): boolean {
  return violenceDetailWhere({ ...user, canExportViolenceDetails: false }) === null;
}

/** The published table of a calendar year, the same for everyone (cached at the data epoch). */
export function publishedViolenceTable(year: number): Promise<PublishedViolence> {
  return cachedAggregate(`violence-published|${year}`, async () => {
    const heldIn = { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
    const [kabupaten, cases] = await Promise.all([
      db().kabupaten.findMany({ select: { id: true, provinceId: true }, orderBy: { id: "asc" } }),
      db().klikCase.groupBy({ by: ["kabupatenId"], where: { AND: [{ desk: "VIOLENCE" }, casesHeldIn(heldIn)] }, _count: { _all: true } }),
    ]);
    const n = new Map(cases.map((c) => [c.kabupatenId, c._count._all]));
    return publishViolence(kabupaten.map((k) => ({ provinceId: k.provinceId, kabupatenId: k.id, n: n.get(k.id) ?? 0 })));
  });
}

/** An area a view counts: the user's whole scope narrowed by the view's filters. */
export type CountedArea = { provinceId?: number | null; kabupatenId?: number | null };

/**
 * The published count for a view's selection: a calendar year (else null: no
 * count for a free range, a month or a session) and an area. The area is the
 * narrowest of the filters and the user's scope; a filter outside her scope,
 * or a kabupaten outside the province filtered, counts nothing (0), as the
 * list beside it is empty.
 */
export async function publishedViolence(user: CountingUser, year: number | null, area: CountedArea): Promise<PublishedCount> {
  if (year === null) return null;
  const scope = scopeOf(user);
  const provinceId = area.provinceId ?? (scope.kind === "national" ? null : scope.provinceId);
  const kabupatenId = area.kabupatenId ?? (scope.kind === "kabupaten" ? scope.kabupatenId : null);
  if (scope.kind !== "national" && provinceId !== scope.provinceId) return 0;
  if (scope.kind === "kabupaten" && kabupatenId !== scope.kabupatenId) return 0;
  const table = await publishedViolenceTable(year);
  if (kabupatenId) {
    if (provinceId && !(await kabupatenIn(kabupatenId, provinceId))) return 0;
    return table.kabupaten.get(kabupatenId) ?? 0;
  }
  if (provinceId) return table.province.get(provinceId) ?? 0;
  return table.nation;
}

async function kabupatenIn(kabupatenId: number, provinceId: number): Promise<boolean> {
  return (await db().kabupaten.count({ where: { id: kabupatenId, provinceId } })) > 0;
}

/** The published cells of a line of areas (the provinces, or one province's kabupaten) for a calendar year; null: not a year. */
export async function publishedViolenceLine(
  year: number | null,
  level: "province" | "kabupaten",
  ids: readonly number[],
): Promise<Map<number, PublishedCount>> {
  if (year === null) return new Map(ids.map((id) => [id, null]));
  const table = await publishedViolenceTable(year);
  const cells = level === "province" ? table.province : table.kabupaten;
  return new Map(ids.map((id) => [id, cells.get(id) ?? 0]));
}
