import "server-only";
// Geography: provinces → kabupaten → kecamatan → desa, within the user's scope.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, kabupatenWhere, provinceWhere, type ScopedUser } from "@/lib/authz/scope";

export function kabupatenLabel(k: { kind: "KABUPATEN" | "KOTA"; name: string }): string {
  return `${k.kind === "KOTA" ? "Kota" : "Kab."} ${k.name}`;
}

export async function listProvinces(user: ScopedUser) {
  assertCan(user, "geo.read");
  const area = areaWhere(user);
  const [provinces, kader, serikat] = await Promise.all([
    db().province.findMany({
      where: provinceWhere(user),
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true, _count: { select: { kabupaten: { where: kabupatenWhere(user) } } } },
    }),
    db().kader.groupBy({ by: ["provinceId"], where: { ...area, active: true }, _count: { _all: true } }),
    db().serikat.groupBy({ by: ["provinceId"], where: { ...area, active: true }, _count: { _all: true } }),
  ]);
  const kaderBy = new Map(kader.map((r) => [r.provinceId, r._count._all]));
  const serikatBy = new Map(serikat.map((r) => [r.provinceId, r._count._all]));
  return provinces.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    kabupatenCount: p._count.kabupaten,
    serikatCount: serikatBy.get(p.id) ?? 0,
    kaderCount: kaderBy.get(p.id) ?? 0,
  }));
}

/** A province and its kabupaten in scope; null when outside scope or unknown. */
export async function getProvince(user: ScopedUser, id: number) {
  assertCan(user, "geo.read");
  const province = await db().province.findFirst({
    where: { AND: [provinceWhere(user), { id }] },
    select: { id: true, code: true, name: true },
  });
  if (!province) return null;
  const kabWhere = { AND: [kabupatenWhere(user), { provinceId: id }] };
  const [kabupaten, kader] = await Promise.all([
    db().kabupaten.findMany({
      where: kabWhere,
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true, kind: true, isProgramArea: true, _count: { select: { kecamatan: true } } },
    }),
    db().kader.groupBy({
      by: ["kabupatenId"],
      where: { AND: [areaWhere(user), { provinceId: id, active: true }] },
      _count: { _all: true },
    }),
  ]);
  const kaderBy = new Map(kader.map((r) => [r.kabupatenId, r._count._all]));
  return {
    ...province,
    kabupaten: kabupaten.map((k) => ({
      id: k.id,
      code: k.code,
      name: kabupatenLabel(k),
      isProgramArea: k.isProgramArea,
      kecamatanCount: k._count.kecamatan,
      kaderCount: kaderBy.get(k.id) ?? 0,
    })),
  };
}

/** A kabupaten with its kecamatan and desa; null when outside scope or unknown. */
export async function getKabupaten(user: ScopedUser, id: number) {
  assertCan(user, "geo.read");
  const k = await db().kabupaten.findFirst({
    where: { AND: [kabupatenWhere(user), { id }] },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      isProgramArea: true,
      province: { select: { id: true, name: true } },
      kecamatan: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          code: true,
          name: true,
          desa: { orderBy: { name: "asc" }, select: { id: true, code: true, name: true, kind: true } },
        },
      },
      serikat: { where: { active: true }, select: { id: true, name: true } },
    },
  });
  return k ? { ...k, label: kabupatenLabel(k) } : null;
}

/** Kabupaten the user may choose in forms and filters. */
export async function kabupatenOptions(user: ScopedUser, provinceId?: number) {
  assertCan(user, "geo.read");
  const rows = await db().kabupaten.findMany({
    where: { AND: [kabupatenWhere(user), provinceId ? { provinceId } : {}] },
    orderBy: [{ province: { code: "asc" } }, { code: "asc" }],
    select: { id: true, code: true, name: true, kind: true, province: { select: { id: true, name: true } } },
  });
  return rows.map((k) => ({ id: k.id, code: k.code, label: kabupatenLabel(k), provinceId: k.province.id, provinceName: k.province.name }));
}

export async function provinceOptions(user: ScopedUser) {
  assertCan(user, "geo.read");
  return db().province.findMany({ where: provinceWhere(user), orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Desa of one kabupaten in scope, grouped by kecamatan, for a <select>. */
export async function desaOptions(user: ScopedUser, kabupatenId: number) {
  assertCan(user, "geo.read");
  return db().kecamatan.findMany({
    where: { kabupatenId, kabupaten: kabupatenWhere(user) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, desa: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
  });
}
