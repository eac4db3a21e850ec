// npm run geo:load on real PostgreSQL: idempotent by code, renames are updates,
// an area that left the official list is deleted only when nothing points to it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadGeography, type GeoLoadReport } from "@/lib/data/geo-load";
import { makeKader, makeSerikat, resetDatabase } from "@/prisma/factories";
import { seed } from "@/prisma/seed";

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = createPrismaClient();
  await resetDatabase(prisma);
});
afterAll(async () => {
  await resetDatabase(prisma);
  await prisma.$disconnect();
});

const nothingChanged = (r: GeoLoadReport) =>
  [r.provinces, r.kabupaten, r.kecamatan, r.desa].every((c) => c.created === 0 && c.updated === 0 && c.deleted === 0);

describe("geo:load for Aceh (11) and NTB (52)", () => {
  let first: GeoLoadReport;
  beforeAll(async () => {
    first = await loadGeography(prisma, ["11", "52"]);
  });

  it("loads every official area of the two provinces with its code", async () => {
    expect(first.provinces.created).toBe(2);
    expect(first.kabupaten.created).toBe(await prisma.kabupaten.count());
    expect(first.desa.created).toBeGreaterThan(7000);
    expect(await prisma.desa.count({ where: { code: null } })).toBe(0);
    const masbagik = await prisma.desa.findMany({
      where: { name: "Masbagik Selatan" },
      include: { kecamatan: { include: { kabupaten: true } } },
    });
    expect(masbagik).toHaveLength(1);
    expect(masbagik[0]!.code).toBe("5203052003");
    expect(masbagik[0]!.kecamatan.kabupaten).toMatchObject({ code: "5203", name: "Lombok Timur", kind: "KABUPATEN" });
    expect(await prisma.kabupaten.findUnique({ where: { code: "1171" } })).toMatchObject({ name: "Banda Aceh", kind: "KOTA" });
    expect(first.kept).toEqual([]);
  });

  it("changes nothing when run again", async () => {
    const again = await loadGeography(prisma, ["11", "52"]);
    expect(nothingChanged(again)).toBe(true);
    expect(again.desa.unchanged).toBe(first.desa.created);
  });

  it("updates a renamed area instead of duplicating it", async () => {
    const desa = await prisma.desa.findFirstOrThrow({ where: { code: { startsWith: "5203" } } });
    await prisma.desa.update({ where: { id: desa.id }, data: { name: "Nama Lama Sebelum Pemekaran" } });
    const kec = await prisma.kecamatan.findFirstOrThrow({ where: { code: { startsWith: "1106" } } });
    await prisma.kecamatan.update({ where: { id: kec.id }, data: { name: "Kecamatan Lama" } });
    const before = await prisma.desa.count();

    const r = await loadGeography(prisma, ["11", "52"]);
    expect(r.desa).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect(r.kecamatan).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect(await prisma.desa.count()).toBe(before);
    expect((await prisma.desa.findUniqueOrThrow({ where: { id: desa.id } })).name).toBe(desa.name);
    expect((await prisma.kecamatan.findUniqueOrThrow({ where: { id: kec.id } })).name).toBe(kec.name);
  });

  it("gives its code to an area entered by name before the list was loaded, without a duplicate", async () => {
    const desa = await prisma.desa.findFirstOrThrow({ where: { code: { startsWith: "1107" } } });
    await prisma.desa.update({ where: { id: desa.id }, data: { code: null } });
    const r = await loadGeography(prisma, ["11", "52"]);
    expect(r.desa).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect((await prisma.desa.findUniqueOrThrow({ where: { id: desa.id } })).code).toBe(desa.code);
  });

  it("reports, and keeps, an area that left the list while records point to it; deletes one nobody uses", async () => {
    const kab = await prisma.kabupaten.findUniqueOrThrow({ where: { code: "5203" } });
    const kec = await prisma.kecamatan.findFirstOrThrow({ where: { kabupatenId: kab.id } });
    const used = await prisma.desa.create({ data: { kecamatanId: kec.id, code: "5203999001", name: "Desa Yang Dihapus Kemendagri" } });
    const unused = await prisma.desa.create({ data: { kecamatanId: kec.id, code: "5203999002", name: "Desa Kosong" } });
    const serikat = await makeSerikat(prisma, kab);
    const kader = await makeKader(prisma, { serikat, desaId: used.id });

    const r = await loadGeography(prisma, ["11", "52"]);
    expect(r.desa).toMatchObject({ created: 0, updated: 0, deleted: 1 });
    expect(r.kept).toEqual([{ level: "desa", id: used.id, code: "5203999001", name: used.name, references: 1 }]);
    expect(await prisma.desa.findUnique({ where: { id: unused.id } })).toBeNull();
    expect((await prisma.kader.findUniqueOrThrow({ where: { id: kader.id } })).desaId).toBe(used.id);

    // Still reported on every run until someone moves the kader; nothing else changes.
    const again = await loadGeography(prisma, ["11", "52"]);
    expect(nothingChanged(again)).toBe(true);
    expect(again.kept.map((k) => k.id)).toEqual([used.id]);
  });
});

describe("the demo seed with the full official list", () => {
  it("makes its own areas the official ones and adds the rest of its 20 provinces without duplicates", async () => {
    const summary = await seed(prisma, { geo: "full" });
    expect(summary.officialDesa).toBeGreaterThan(60_000);
    expect(await prisma.desa.count()).toBe(summary.desa! + summary.officialDesa!);
    expect(await prisma.desa.count({ where: { code: null } })).toBe(0);
    expect(await prisma.kecamatan.count({ where: { code: null } })).toBe(0);
    // The seed's desa keep their ids (the records point to them) and have their codes.
    const kader = await prisma.kader.findFirstOrThrow({ include: { desa: true } });
    expect(kader.desa.id).toBeLessThanOrEqual(summary.desa!);
    expect(kader.desa.code).toMatch(/^\d{10}$/);
    const r = await loadGeography(
      prisma,
      (await prisma.province.findMany()).map((p) => p.code),
    );
    expect(nothingChanged(r)).toBe(true);
  }, 120_000);
});
