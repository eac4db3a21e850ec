// `npm run geo:load` and the demo seed (no user: run by the operator, never by a
// request): brings the database's areas in line with the official list
// for some provinces (docs/decisions/0024-official-geography.md). Idempotent by
// code; renamed areas are updated; an area that left the list is deleted only
// when no record points to it, otherwise it is kept and reported.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { diffAreas, type AreaDiff, type AreaRow, type WantedArea } from "@/lib/geo/diff";
import { readOfficialAreas, type OfficialAreas } from "@/lib/geo/source";

type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type LevelCounts = { created: number; updated: number; unchanged: number; deleted: number };
export type KeptArea = { level: "kabupaten" | "kecamatan" | "desa"; id: number; code: string | null; name: string; references: number };
export type GeoLoadReport = {
  provinces: LevelCounts;
  kabupaten: LevelCounts;
  kecamatan: LevelCounts;
  desa: LevelCounts;
  kept: KeptArea[];
};

const CHUNK = 5_000;

function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function counts(d: AreaDiff, deleted: number): LevelCounts {
  return { created: d.create.length, updated: d.update.length, unchanged: d.unchanged, deleted };
}

async function loadProvinces(tx: Tx, source: OfficialAreas): Promise<{ counts: LevelCounts; idByCode: Map<string, number> }> {
  const existing = await tx.province.findMany({ select: { id: true, code: true, name: true, slug: true } });
  const byCode = new Map(existing.map((p) => [p.code, p]));
  const slugs = new Set(existing.map((p) => p.slug));
  const c: LevelCounts = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
  for (const p of source.provinces) {
    const row = byCode.get(p.code);
    if (row && row.name === p.name) c.unchanged++;
    else if (row) {
      await tx.province.update({ where: { id: row.id }, data: { name: p.name } });
      c.updated++;
    } else {
      // The app's slugs are short ("ntb"); a province new to the app gets one from its name.
      let slug = slugify(p.name);
      if (slugs.has(slug)) slug = `${slug}-${p.code}`;
      slugs.add(slug);
      const created = await tx.province.create({
        data: { code: p.code, name: p.name, slug },
        select: { id: true, code: true, name: true, slug: true },
      });
      byCode.set(p.code, created);
      c.created++;
    }
  }
  return { counts: c, idByCode: new Map([...byCode].map(([code, p]) => [code, p.id])) };
}

async function createInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Ids that codes of the given level map to, after its changes. */
async function codeIds(rows: Promise<{ id: number; code: string | null }[]>): Promise<Map<string, number>> {
  return new Map((await rows).flatMap((r) => (r.code ? [[r.code, r.id] as const] : [])));
}

function parentOf(map: Map<string, number>, code: string): number {
  const id = map.get(code);
  if (id === undefined) throw new Error(`official list: parent ${code} not loaded`);
  return id;
}

export async function loadGeographyIn(tx: Tx, provinces: readonly string[] | "all"): Promise<GeoLoadReport> {
  const source = readOfficialAreas(provinces);
  const provinceCodes = source.provinces.map((p) => p.code);
  const inProvinces = { code: { in: provinceCodes } };
  const kept: KeptArea[] = [];

  const prov = await loadProvinces(tx, source);

  // Kabupaten
  const kabRows: AreaRow[] = (
    await tx.kabupaten.findMany({
      where: { province: inProvinces },
      select: { id: true, code: true, name: true, provinceId: true, kind: true },
    })
  ).map((k) => ({ id: k.id, code: k.code, name: k.name, parentId: k.provinceId, kind: k.kind }));
  const kabWanted: WantedArea[] = source.kabupaten.map((k) => ({
    code: k.code,
    name: k.name,
    parentId: parentOf(prov.idByCode, k.provinceCode),
    kind: k.kind,
  }));
  const kabDiff = diffAreas(kabRows, kabWanted);
  for (const u of kabDiff.update) {
    await tx.kabupaten.update({
      where: { id: u.id },
      data: { code: u.code, name: u.name, provinceId: u.parentId, kind: u.kind as "KABUPATEN" | "KOTA" },
    });
  }
  await createInChunks(kabDiff.create, (chunk) =>
    tx.kabupaten.createMany({
      data: chunk.map((k) => ({ code: k.code, name: k.name, provinceId: k.parentId, kind: k.kind as "KABUPATEN" | "KOTA" })),
    }),
  );
  const kabIds = await codeIds(tx.kabupaten.findMany({ where: { province: inProvinces }, select: { id: true, code: true } }));

  // Kecamatan
  const kecRows: AreaRow[] = (
    await tx.kecamatan.findMany({
      where: { kabupaten: { province: inProvinces } },
      select: { id: true, code: true, name: true, kabupatenId: true },
    })
  ).map((k) => ({ id: k.id, code: k.code, name: k.name, parentId: k.kabupatenId }));
  const kecWanted: WantedArea[] = source.kecamatan.map((k) => ({
    code: k.code,
    name: k.name,
    parentId: parentOf(kabIds, k.kabupatenCode),
  }));
  const kecDiff = diffAreas(kecRows, kecWanted);
  for (const u of kecDiff.update) {
    await tx.kecamatan.update({ where: { id: u.id }, data: { code: u.code, name: u.name, kabupatenId: u.parentId } });
  }
  await createInChunks(kecDiff.create, (chunk) =>
    tx.kecamatan.createMany({ data: chunk.map((k) => ({ code: k.code, name: k.name, kabupatenId: k.parentId })) }),
  );
  const kecIds = await codeIds(
    tx.kecamatan.findMany({ where: { kabupaten: { province: inProvinces } }, select: { id: true, code: true } }),
  );

  // Desa
  const desaRows: AreaRow[] = (
    await tx.desa.findMany({
      where: { kecamatan: { kabupaten: { province: inProvinces } } },
      select: { id: true, code: true, name: true, kecamatanId: true, kind: true },
    })
  ).map((d) => ({ id: d.id, code: d.code, name: d.name, parentId: d.kecamatanId, kind: d.kind }));
  const desaWanted: WantedArea[] = source.desa.map((d) => ({
    code: d.code,
    name: d.name,
    parentId: parentOf(kecIds, d.kecamatanCode),
    kind: d.kind,
  }));
  const desaDiff = diffAreas(desaRows, desaWanted);
  for (const u of desaDiff.update) {
    await tx.desa.update({
      where: { id: u.id },
      data: { code: u.code, name: u.name, kecamatanId: u.parentId, kind: u.kind as "DESA" | "KELURAHAN" },
    });
  }
  await createInChunks(desaDiff.create, (chunk) =>
    tx.desa.createMany({
      data: chunk.map((d) => ({ code: d.code, name: d.name, kecamatanId: d.parentId, kind: d.kind as "DESA" | "KELURAHAN" })),
    }),
  );

  // Gone areas, children first: a kecamatan can only go once its desa have.
  const desaDeleted = await removeGone(tx, "desa", desaDiff.gone, kept);
  const kecDeleted = await removeGone(tx, "kecamatan", kecDiff.gone, kept);
  const kabDeleted = await removeGone(tx, "kabupaten", kabDiff.gone, kept);

  return {
    provinces: prov.counts,
    kabupaten: counts(kabDiff, kabDeleted),
    kecamatan: counts(kecDiff, kecDeleted),
    desa: counts(desaDiff, desaDeleted),
    kept,
  };
}

const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

/** How many rows point to each area; an area with none can be deleted. */
async function referenceCounts(tx: Tx, level: KeptArea["level"], ids: number[]): Promise<Map<number, number>> {
  const where = { id: { in: ids } };
  const rows =
    level === "desa"
      ? await tx.desa.findMany({
          where,
          select: { id: true, _count: { select: { kader: true, klikSessions: true, policyTargets: true } } },
        })
      : level === "kecamatan"
        ? await tx.kecamatan.findMany({ where, select: { id: true, _count: { select: { desa: true } } } })
        : await tx.kabupaten.findMany({
            where,
            select: {
              id: true,
              _count: {
                select: {
                  kecamatan: true,
                  users: true,
                  serikat: true,
                  kader: true,
                  trainings: true,
                  rktlTargets: true,
                  klikSessions: true,
                  klikCases: true,
                  policyTargets: true,
                  fpkMeetings: true,
                },
              },
            },
          });
  return new Map(rows.map((r) => [r.id, sum(r._count)]));
}

async function removeGone(tx: Tx, level: KeptArea["level"], gone: AreaRow[], kept: KeptArea[]): Promise<number> {
  if (gone.length === 0) return 0;
  const refs = await referenceCounts(
    tx,
    level,
    gone.map((g) => g.id),
  );
  const free = gone.filter((g) => (refs.get(g.id) ?? 0) === 0).map((g) => g.id);
  for (const g of gone) {
    const n = refs.get(g.id) ?? 0;
    if (n > 0) kept.push({ level, id: g.id, code: g.code, name: g.name, references: n });
  }
  if (free.length === 0) return 0;
  const where = { id: { in: free } };
  const res =
    level === "desa"
      ? await tx.desa.deleteMany({ where })
      : level === "kecamatan"
        ? await tx.kecamatan.deleteMany({ where })
        : await tx.kabupaten.deleteMany({ where });
  return res.count;
}

/** All or nothing: one transaction, so a failure midway leaves the areas as they were. */
export async function loadGeography(prisma: PrismaClient, provinces: readonly string[] | "all"): Promise<GeoLoadReport> {
  return prisma.$transaction((tx) => loadGeographyIn(tx, provinces), { timeout: 600_000, maxWait: 30_000 });
}
