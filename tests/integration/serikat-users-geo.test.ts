import { beforeAll, describe, expect, it } from "vitest";
import { createSerikat, getSerikat, listSerikat, updateSerikat } from "@/lib/data/serikat";
import { createUser, listUsers, updateUser, userFilters } from "@/lib/data/users";
import { desaOptions, getKabupaten, getProvince, kabupatenOptions, listProvinces } from "@/lib/data/geo";
import { serikatFilters } from "@/lib/validation/serikat";
import { ForbiddenError } from "@/lib/authz/permissions";
import { buildWorld, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("geography in scope", () => {
  it("lists only the coordinator's province, with counts", async () => {
    const rows = await listProvinces(w.users.coordA);
    expect(rows).toEqual([expect.objectContaining({ name: "Provinsi A", kabupatenCount: 2, kaderCount: 2, serikatCount: 2 })]);
    expect((await listProvinces(w.users.national)).length).toBe(2);
  });

  it("shows district staff their own kabupaten only", async () => {
    const p = await getProvince(w.users.staffA1, w.a.province.id);
    expect(p?.kabupaten.map((k) => k.id)).toEqual([w.a.kabupaten.id]);
    expect(await getKabupaten(w.users.staffA1, w.a2.id)).toBeNull();
    expect(await getProvince(w.users.coordA, w.b.province.id)).toBeNull();
    expect(await getKabupaten(w.users.coordA, w.b.kabupaten.id)).toBeNull();
  });

  it("form options never reach outside scope, whatever the request asks", async () => {
    expect(await kabupatenOptions(w.users.coordA, w.b.province.id)).toEqual([]);
    expect((await kabupatenOptions(w.users.staffA1)).map((k) => k.id)).toEqual([w.a.kabupaten.id]);
    expect(await desaOptions(w.users.staffA1, w.a2.id)).toEqual([]);
    expect((await kabupatenOptions(w.users.national)).length).toBe(3);
  });
});

describe("serikat", () => {
  it("lists and finds in scope only", async () => {
    const rows = (await listSerikat(w.users.coordB, serikatFilters.parse({}))).rows;
    expect(rows.map((r) => r.name)).toEqual(["Serikat B"]);
    expect(await getSerikat(w.users.coordB, w.serikatA1.id)).toBeNull();
    expect((await listSerikat(w.users.coordB, serikatFilters.parse({ provinceId: String(w.a.province.id) }))).total).toBe(0);
  });

  it("creates in scope, refuses a kabupaten outside it and duplicates, and writes nothing then", async () => {
    expect((await createSerikat(w.users.coordA, { name: "Serikat Baru", kabupatenId: String(w.a2.id) })).ok).toBe(true);
    const before = await w.prisma.serikat.count();
    expect(await createSerikat(w.users.coordA, { name: "Serikat Luar", kabupatenId: String(w.b.kabupaten.id) })).toEqual({
      ok: false,
      fieldErrors: { kabupatenId: { key: "validation.outOfScope" } },
    });
    expect(await createSerikat(w.users.coordA, { name: "Serikat Baru", kabupatenId: String(w.a2.id) })).toEqual({
      ok: false,
      fieldErrors: { name: { key: "validation.serikat.duplicate" } },
    });
    expect(await createSerikat(w.users.staffA1, { name: "Serikat Tetangga", kabupatenId: String(w.a2.id) })).toEqual({
      ok: false,
      fieldErrors: { kabupatenId: { key: "validation.outOfScope" } },
    });
    expect(await w.prisma.serikat.count()).toBe(before);
  });

  it("moving a serikat to another kabupaten moves its kader's area too", async () => {
    const s = await w.prisma.serikat.findUniqueOrThrow({ where: { id: w.serikatA2.id } });
    const r = await updateSerikat(w.users.national, s.id, {
      name: s.name,
      kabupatenId: String(w.a.kabupaten.id),
      version: String(s.version),
    });
    expect(r.ok).toBe(true);
    const kader = await w.prisma.kader.findMany({ where: { serikatId: s.id } });
    expect(kader.every((k) => k.kabupatenId === w.a.kabupaten.id)).toBe(true);
  });
});

describe("user administration", () => {
  const form = (o: Record<string, string>) => ({ name: "Koordinator Baru", password: "kata-sandi-panjang", active: "on", ...o });

  it("is for the admin only", async () => {
    for (const u of [w.users.national, w.users.director, w.users.coordA, w.users.staffA1]) {
      await expect(listUsers(u, userFilters.parse({}))).rejects.toThrow(ForbiddenError);
      await expect(createUser(u, form({ email: "x@test.pekka", role: "DIRECTOR" }))).rejects.toThrow(ForbiddenError);
    }
  });

  it("creates a district user whose province follows the kabupaten", async () => {
    const r = await createUser(
      w.users.admin,
      form({ email: "Staf.Baru@Test.Pekka", role: "DISTRICT_STAFF", kabupatenId: String(w.a2.id) }),
    );
    expect(r.ok).toBe(true);
    const u = await w.prisma.user.findUniqueOrThrow({ where: { email: "staf.baru@test.pekka" } });
    expect(u).toMatchObject({ provinceId: w.a.province.id, kabupatenId: w.a2.id, role: "DISTRICT_STAFF" });
    expect(u.passwordHash).toMatch(/^\$2[aby]\$11\$/);
  });

  it("refuses a taken email and a coordinator without province, writing nothing", async () => {
    const before = await w.prisma.user.count();
    expect(await createUser(w.users.admin, form({ email: "staf.baru@test.pekka", role: "DIRECTOR" }))).toEqual({
      ok: false,
      fieldErrors: { email: { key: "validation.user.emailTaken" } },
    });
    expect(await createUser(w.users.admin, form({ email: "koord@test.pekka", role: "PROVINCE_COORDINATOR" }))).toEqual({
      ok: false,
      fieldErrors: { provinceId: { key: "validation.user.provinceRequired" } },
    });
    expect(await w.prisma.user.count()).toBe(before);
  });

  it("grants violence-desk access to national staff only", async () => {
    await createUser(
      w.users.admin,
      form({
        email: "koord.v@test.pekka",
        role: "PROVINCE_COORDINATOR",
        provinceId: String(w.a.province.id),
        canViewViolenceDetails: "on",
      }),
    );
    await createUser(w.users.admin, form({ email: "nas.v@test.pekka", role: "NATIONAL_STAFF", canViewViolenceDetails: "on" }));
    expect((await w.prisma.user.findUniqueOrThrow({ where: { email: "koord.v@test.pekka" } })).canViewViolenceDetails).toBe(false);
    expect((await w.prisma.user.findUniqueOrThrow({ where: { email: "nas.v@test.pekka" } })).canViewViolenceDetails).toBe(true);
  });

  it("does not let the admin lock herself out", async () => {
    const me = w.users.admin;
    expect(await updateUser(me, me.id, { email: me.email, name: me.name, role: "DIRECTOR", active: "on", version: "1" })).toEqual({
      ok: false,
      fieldErrors: { role: { key: "validation.user.cannotDemoteSelf" } },
    });
  });

  it("the database itself refuses a coordinator without a province", async () => {
    await expect(
      w.prisma.user.create({ data: { email: "rusak@test.pekka", name: "Rusak", passwordHash: "x", role: "PROVINCE_COORDINATOR" } }),
    ).rejects.toThrow();
  });
});
