import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createKader, getKader, listKader, setKaderActive, updateKader } from "@/lib/data/kader";
import { kaderFilters } from "@/lib/validation/kader";
import { ForbiddenError } from "@/lib/authz/permissions";
import { buildWorld, kaderForm, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const filters = (o: Record<string, string> = {}) => kaderFilters.parse({ status: "all", ...o });

describe("kader scoping", () => {
  it("national roles see every province", async () => {
    for (const u of [w.users.national, w.users.director, w.users.admin]) {
      const names = (await listKader(u, filters())).rows.map((r) => r.fullName);
      expect(names).toEqual(expect.arrayContaining(["Siti Aminah", "Wartini", "Cut Nyak Rahma"]));
    }
  });

  it("a coordinator's queries never return another province's rows", async () => {
    const rows = (await listKader(w.users.coordA, filters())).rows;
    expect(rows.map((r) => r.fullName).sort()).toEqual(["Siti Aminah", "Wartini"]);
    expect(rows.every((r) => r.provinceName === "Provinsi A")).toBe(true);
  });

  it("a filter cannot widen the scope", async () => {
    const asking = await listKader(w.users.coordA, filters({ provinceId: String(w.b.province.id) }));
    expect(asking.total).toBe(0);
    const byKab = await listKader(w.users.staffA1, filters({ kabupatenId: String(w.a2.id) }));
    expect(byKab.total).toBe(0);
  });

  it("district staff see only their kabupaten", async () => {
    const rows = (await listKader(w.users.staffA1, filters())).rows;
    expect(rows.map((r) => r.fullName)).toEqual(["Siti Aminah"]);
  });

  it("a record outside scope is simply not found", async () => {
    expect(await getKader(w.users.coordA, w.kaderB.id)).toBeNull();
    expect(await getKader(w.users.staffA1, w.kaderA2.id)).toBeNull();
    expect((await getKader(w.users.coordB, w.kaderB.id))?.fullName).toBe("Cut Nyak Rahma");
  });
});

describe("kader writes", () => {
  it("creates a kader in scope with province and kabupaten taken from the serikat", async () => {
    const r = await createKader(w.users.staffA1, kaderForm(w, { fullName: "Baiq Rohani" }));
    expect(r.ok).toBe(true);
    const row = await w.prisma.kader.findFirstOrThrow({ where: { fullName: "Baiq Rohani" } });
    expect(row).toMatchObject({ provinceId: w.a.province.id, kabupatenId: w.a.kabupaten.id, birthYear: 1980 });
    const audit = await w.prisma.auditLog.findFirst({ where: { entity: "kader", entityId: String(row.id), action: "create" } });
    expect(audit?.userId).toBe(w.users.staffA1.id);
  });

  it("refuses invalid input field by field and writes nothing", async () => {
    const before = await w.prisma.kader.count();
    const r = await createKader(w.users.coordA, kaderForm(w, { fullName: "", phone: "123", birthYear: "abc" }));
    expect(r).toEqual({
      ok: false,
      fieldErrors: {
        fullName: { key: "validation.required" },
        phone: { key: "validation.phone" },
        birthYear: { key: "validation.year" },
      },
    });
    expect(await w.prisma.kader.count()).toBe(before);
  });

  it("refuses a duplicate name in the same desa and writes nothing", async () => {
    const before = await w.prisma.kader.count();
    const r = await createKader(w.users.coordA, kaderForm(w, { fullName: "Siti Aminah" }));
    expect(r).toEqual({ ok: false, fieldErrors: { fullName: { key: "validation.kader.duplicate" } } });
    expect(await w.prisma.kader.count()).toBe(before);
  });

  it("refuses a serikat outside the user's scope", async () => {
    const r = await createKader(
      w.users.coordA,
      kaderForm(w, { fullName: "Nur Hasanah", serikatId: String(w.serikatB.id), desaId: String(w.b.desa.id) }),
    );
    expect(r).toEqual({ ok: false, fieldErrors: { serikatId: { key: "validation.outOfScope" } } });
    expect(await w.prisma.kader.count({ where: { fullName: "Nur Hasanah" } })).toBe(0);
  });

  it("refuses a desa outside the serikat's kabupaten", async () => {
    const r = await createKader(w.users.coordA, kaderForm(w, { fullName: "Nur Hasanah", desaId: String(w.a2.desa.id) }));
    expect(r).toEqual({ ok: false, fieldErrors: { desaId: { key: "validation.kader.desaOutsideSerikat" } } });
  });

  it("the director writes nothing", async () => {
    await expect(createKader(w.users.director, kaderForm(w, { fullName: "Dewi Lestari" }))).rejects.toThrow(ForbiddenError);
    await expect(setKaderActive(w.users.director, w.kaderA1.id, false)).rejects.toThrow(ForbiddenError);
  });

  it("refuses the second of two concurrent edits and keeps the first", async () => {
    const k = await w.prisma.kader.findUniqueOrThrow({ where: { id: w.kaderA2.id } });
    const form = (name: string) =>
      kaderForm(w, { fullName: name, serikatId: String(w.serikatA2.id), desaId: String(w.a2.desa.id), version: String(k.version) });
    expect((await updateKader(w.users.coordA, k.id, form("Wartini Sulastri"))).ok).toBe(true);
    const second = await updateKader(w.users.national, k.id, form("Wartini Handayani"));
    expect(second).toEqual({ ok: false, fieldErrors: { _form: { key: "validation.stale" } } });
    expect((await w.prisma.kader.findUniqueOrThrow({ where: { id: k.id } })).fullName).toBe("Wartini Sulastri");
  });

  it("an edit sent again with its key answers its own result, not STALE", async () => {
    const k = await w.prisma.kader.findUniqueOrThrow({ where: { id: w.kaderA2.id } });
    const form = kaderForm(w, {
      fullName: "Wartini Dikirim Ulang",
      serikatId: String(w.serikatA2.id),
      desaId: String(w.a2.desa.id),
      version: String(k.version),
      idempotencyKey: randomUUID(),
    });
    const first = await updateKader(w.users.coordA, k.id, form);
    expect(first).toEqual({ ok: true, value: { id: k.id } });
    expect(await updateKader(w.users.coordA, k.id, form)).toEqual(first);
    expect((await w.prisma.kader.findUniqueOrThrow({ where: { id: k.id } })).version).toBe(k.version + 1);
    // Without the key, the same repeat is the stale edit it looks like.
    const { idempotencyKey: _key, ...keyless } = form;
    expect(await updateKader(w.users.coordA, k.id, keyless)).toEqual({ ok: false, fieldErrors: { _form: { key: "validation.stale" } } });
  });

  it("cannot edit or deactivate a kader outside scope", async () => {
    const r = await updateKader(w.users.coordA, w.kaderB.id, kaderForm(w, { version: "1" }));
    expect(r).toEqual({ ok: false, fieldErrors: { _form: { key: "validation.notFound" } } });
    expect(await setKaderActive(w.users.staffA1, w.kaderB.id, false)).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect((await w.prisma.kader.findUniqueOrThrow({ where: { id: w.kaderB.id } })).active).toBe(true);
  });

  it("deactivates a kader, who then drops out of the default (active) list", async () => {
    expect((await setKaderActive(w.users.staffA1, w.kaderA1.id, false)).ok).toBe(true);
    const active = await listKader(w.users.staffA1, kaderFilters.parse({}));
    expect(active.rows.map((r) => r.id)).not.toContain(w.kaderA1.id);
  });
});

describe("kader list filters", () => {
  it("OFFICERS lists every pengurus and no plain kader", async () => {
    const { makeKader } = await import("@/prisma/factories");
    await makeKader(w.prisma, { serikat: w.serikatB, desaId: w.b.desa.id }, { fullName: "Ketua B", position: "KETUA" });
    await makeKader(w.prisma, { serikat: w.serikatB, desaId: w.b.desa.id }, { fullName: "Bendahara B", position: "BENDAHARA" });
    const rows = (await listKader(w.users.coordB, kaderFilters.parse({ position: "OFFICERS" }))).rows;
    expect(rows.map((r) => r.fullName).sort()).toEqual(["Bendahara B", "Ketua B"]);
  });
});

describe("kader search", () => {
  it("searches the text as itself: % and _ are no wildcards", async () => {
    expect((await listKader(w.users.national, filters({ q: "Siti" }))).rows.map((r) => r.fullName)).toContain("Siti Aminah");
    for (const q of ["%", "_", "S%h", "Sit_", "\\"]) expect((await listKader(w.users.national, filters({ q }))).total, q).toBe(0);
  });
});
