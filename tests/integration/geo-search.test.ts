// The searchable desa fields' data layer on the demo seed: suggestions and the
// text a form posts resolve only inside the user's area.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ScopedUser } from "@/lib/authz/scope";
import { desaLabel, resolveDesa, searchDesa, withDesaFromSearch, withKabupatenFromSearch } from "@/lib/data/geo-search";
import { ok } from "@/lib/data/result";
import { seed } from "@/prisma/seed";

let prisma: PrismaClient;
let staff: ScopedUser; // Lombok Timur
let coordNtb: ScopedUser;
let national: ScopedUser;
let lombokTimur: number;
let bima: number;

const asUser = async (email: string): Promise<ScopedUser> =>
  prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, provinceId: true, kabupatenId: true } });

beforeAll(async () => {
  prisma = createPrismaClient();
  await seed(prisma, { geo: "program" });
  staff = await asUser("staf.lomboktimur@pekka.demo");
  coordNtb = await asUser("koordinator.ntb@pekka.demo");
  national = await asUser("nasional@pekka.demo");
  lombokTimur = (await prisma.kabupaten.findUniqueOrThrow({ where: { code: "5203" } })).id;
  bima = (await prisma.kabupaten.findFirstOrThrow({ where: { code: { startsWith: "52" }, NOT: { code: "5203" } } })).id;
}, 120_000);
afterAll(async () => {
  await prisma.$disconnect();
});

describe("searchDesa", () => {
  it("finds desa by the start of their name or of one of its words, in the user's area only", async () => {
    const hits = await searchDesa(staff, { q: "masb" });
    expect(hits.map((h) => h.name)).toEqual(expect.arrayContaining(["Masbagik Selatan", "Masbagik Utara"]));
    expect(hits.every((h) => h.code?.startsWith("5203"))).toBe(true);
    expect((await searchDesa(staff, { q: "selatan" })).map((h) => h.name)).toContain("Masbagik Selatan");
    // Another kabupaten of the same province: nothing for district staff, something for the coordinator.
    const elsewhere = await prisma.desa.findFirstOrThrow({ where: { kecamatan: { kabupatenId: bima } } });
    expect(await searchDesa(staff, { q: elsewhere.name, kabupatenId: bima })).toEqual([]);
    expect((await searchDesa(coordNtb, { q: elsewhere.name, kabupatenId: bima })).map((h) => h.id)).toContain(elsewhere.id);
  });

  it("finds by code prefix, by kecamatan name, and stays bounded", async () => {
    const byCode = await searchDesa(staff, { q: "520305" });
    expect(byCode.length).toBeGreaterThan(0);
    expect(byCode.every((h) => h.code!.startsWith("520305"))).toBe(true);
    expect((await searchDesa(staff, { q: "masbagik" })).every((h) => h.kecamatan === "Masbagik" || h.name.startsWith("Masbagik"))).toBe(
      true,
    );
    expect((await searchDesa(national, { q: "52" })).length).toBeLessThanOrEqual(20);
  });

  it("treats LIKE wildcards and hostile text as text", async () => {
    for (const q of ["%", "_%", "%%", "\\", "' OR 1=1 --", "a".repeat(5000), "\u0000", "\u0000' OR 1=1 --", "Mas\u0000bagik", "😀😀"]) {
      expect(await searchDesa(national, { q })).toEqual([]);
    }
    // NUL, which PostgreSQL refuses, in what a desa field posts: an unknown desa, not a failed query.
    expect((await resolveDesa(staff, "Masbagik\u0000 Selatan", { field: "desaId" })).ok).toBe(false);
    expect(await searchDesa(national, { q: "m" })).toEqual([]); // one letter: too little
  });
});

describe("resolveDesa: the text a desa field posts", () => {
  it("takes the chosen suggestion, a bare code or a unique name", async () => {
    const [d] = await searchDesa(staff, { q: "Masbagik Selatan" });
    expect(await resolveDesa(staff, desaLabel(d!), { field: "desaId" })).toEqual(ok(d!.id));
    expect(await resolveDesa(staff, ` ${d!.code} `, { field: "desaId" })).toEqual(ok(d!.id));
    expect(await resolveDesa(staff, "masbagik selatan", { field: "desaId", kabupatenId: lombokTimur })).toEqual(ok(d!.id));
    expect(await resolveDesa(staff, "", { field: "desaId" })).toEqual(ok(undefined));
  });

  it("refuses what is outside the user's area, unknown or ambiguous, on the named field", async () => {
    const elsewhere = await prisma.desa.findFirstOrThrow({ where: { kecamatan: { kabupatenId: bima } } });
    expect(await resolveDesa(staff, elsewhere.code, { field: "desaId" })).toEqual({
      ok: false,
      fieldErrors: { desaId: { key: "validation.area.codeNotFound" } },
    });
    expect(await resolveDesa(staff, "%%", { field: "desaId" })).toEqual({
      ok: false,
      fieldErrors: { desaId: { key: "validation.area.notFound" } },
    });
    expect(await resolveDesa(staff, "Desa Yang Tidak Ada", { field: "desaId" })).toEqual({
      ok: false,
      fieldErrors: { desaId: { key: "validation.area.notFound" } },
    });
    const kecs = await prisma.kecamatan.findMany({ where: { kabupatenId: lombokTimur }, take: 2 });
    const twin = await prisma.desa.findFirstOrThrow({ where: { kecamatanId: kecs[0]!.id } });
    const copy = await prisma.desa.create({ data: { kecamatanId: kecs[1]!.id, name: twin.name } });
    try {
      expect(await resolveDesa(staff, twin.name, { field: "desaId" })).toEqual({
        ok: false,
        fieldErrors: { desaId: { key: "validation.area.ambiguous" } },
      });
    } finally {
      await prisma.desa.delete({ where: { id: copy.id } });
    }
  });

  it("hands the write desaId, or the resolver's error without calling it", async () => {
    const [d] = await searchDesa(staff, { q: "Masbagik Selatan" });
    const seen: Record<string, string>[] = [];
    const write = async (v: Record<string, string>) => {
      seen.push(v);
      return ok(1);
    };
    await withDesaFromSearch(staff, { desa: desaLabel(d!), kabupatenId: String(lombokTimur) }, write);
    await withDesaFromSearch(staff, { desa: "" }, write);
    expect(seen.map((v) => v.desaId)).toEqual([String(d!.id), ""]);
    const refused = await withDesaFromSearch(staff, { desa: "0000000000" }, write);
    expect(refused.ok).toBe(false);
    expect(seen).toHaveLength(2);
  });
});

describe("withKabupatenFromSearch: a form's searchable kabupaten field", () => {
  it("takes an id, the chosen suggestion, a code or a unique name in the user's area; refuses the rest on kabupatenId", async () => {
    const ids: string[] = [];
    const write = async (v: Record<string, string>) => {
      ids.push(v.kabupatenId!);
      return ok(1);
    };
    for (const text of [String(lombokTimur), "Kab. Lombok Timur · Nusa Tenggara Barat · 5203", "5203", "lombok timur", ""]) {
      expect((await withKabupatenFromSearch(coordNtb, { kabupatenId: text }, write)).ok).toBe(true);
    }
    expect(ids).toEqual([...Array(4).fill(String(lombokTimur)), ""]);
    for (const text of ["1106", "Kab. Aceh Besar · Aceh · 1106", "lombok", "%"]) {
      expect(await withKabupatenFromSearch(coordNtb, { kabupatenId: text }, write)).toEqual({
        ok: false,
        fieldErrors: { kabupatenId: { key: "validation.area.kabupatenNotFound" } },
      });
    }
    expect(ids).toHaveLength(5);
  });
});
