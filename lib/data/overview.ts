import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, kabupatenWhere, provinceWhere, type ScopedUser } from "@/lib/authz/scope";

/** Headline counts of the master data within the user's scope (the home page). */
export async function masterDataCounts(user: ScopedUser) {
  assertCan(user, "geo.read");
  const area = areaWhere(user);
  const [provinces, kabupaten, serikat, kader, pengurus] = await Promise.all([
    db().province.count({ where: provinceWhere(user) }),
    db().kabupaten.count({ where: kabupatenWhere(user) }),
    db().serikat.count({ where: { ...area, active: true } }),
    db().kader.count({ where: { ...area, active: true } }),
    db().kader.count({ where: { ...area, active: true, position: { not: "KADER" } } }),
  ]);
  return { provinces, kabupaten, serikat, kader, pengurus };
}
