import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createFpkMeeting, getFpkMeeting, listFpkMeetings, updateFpkMeeting } from "@/lib/data/fpk";
import { fpkFilters } from "@/lib/validation/fpk";
import { ForbiddenError } from "@/lib/authz/permissions";
import { buildKlikWorld, type KlikWorld } from "./klik-world";

let w: KlikWorld;
beforeAll(async () => {
  w = await buildKlikWorld();
});

const filters = (o: Record<string, string> = {}) => fpkFilters.parse(o);
const form = (o: Record<string, string> = {}) => ({
  kabupatenId: String(w.a.kabupaten.id),
  heldOn: "2026-11-05",
  agenda: "Pemantauan kepesertaan JKN PBI",
  agreements: "Dinas Sosial memverifikasi 120 nama.",
  followUps: "",
  budgetAmount: "1.500.000",
  institution_0: "Dinas Sosial",
  personCount_0: "3",
  institution_1: "BPJS Kesehatan",
  personCount_1: "2",
  ...o,
});

describe("FPK scope", () => {
  it("lists meetings in scope for every role", async () => {
    const ids = async (u: Parameters<typeof listFpkMeetings>[0]) => (await listFpkMeetings(u, filters())).rows.map((r) => r.id).sort();
    for (const u of [w.users.admin, w.users.national, w.users.director]) expect(await ids(u)).toEqual([w.fpkA1.id, w.fpkB.id].sort());
    expect(await ids(w.users.coordA)).toEqual([w.fpkA1.id]);
    expect(await ids(w.users.coordB)).toEqual([w.fpkB.id]);
    expect(await ids(w.users.staffA1)).toEqual([w.fpkA1.id]);
    expect(await ids(w.users.staffA2)).toEqual([]);
    expect((await listFpkMeetings(w.users.coordA, filters({ kabupatenId: String(w.b.kabupaten.id) }))).total).toBe(0);
  });

  it("a meeting outside scope is not found", async () => {
    expect(await getFpkMeeting(w.users.coordA, w.fpkB.id)).toBeNull();
    expect(await getFpkMeeting(w.users.staffA2, w.fpkA1.id)).toBeNull();
    expect((await getFpkMeeting(w.users.staffA1, w.fpkA1.id))?.participants).toEqual([{ institution: "Dinas Sosial", personCount: 2 }]);
  });

  it("refuses writes to the national roles", async () => {
    for (const u of [w.users.admin, w.users.national, w.users.director]) {
      await expect(createFpkMeeting(u, form())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateFpkMeeting(u, w.fpkA1.id, { ...form(), version: "1" })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("lets coordinators write in their province and district staff in their kabupaten only", async () => {
    expect((await createFpkMeeting(w.users.coordA, form({ kabupatenId: String(w.a2.id) }))).ok).toBe(true);
    expect(await createFpkMeeting(w.users.coordA, form({ kabupatenId: String(w.b.kabupaten.id) }))).toEqual({
      ok: false,
      fieldErrors: { kabupatenId: { key: "validation.outOfScope" } },
    });
    expect(await createFpkMeeting(w.users.staffA1, form({ kabupatenId: String(w.a2.id) }))).toEqual({
      ok: false,
      fieldErrors: { kabupatenId: { key: "validation.outOfScope" } },
    });
    expect(await updateFpkMeeting(w.users.coordA, w.fpkB.id, { ...form(), version: "1" })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect(await updateFpkMeeting(w.users.staffA2, w.fpkA1.id, { ...form({ kabupatenId: String(w.a2.id) }), version: "1" })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
  });
});

describe("FPK writes", () => {
  it("saves a meeting with its participants and budget, audited", async () => {
    const r = await createFpkMeeting(w.users.staffA1, form());
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    const m = await w.prisma.fpkMeeting.findUniqueOrThrow({ where: { id }, include: { participants: { orderBy: { id: "asc" } } } });
    expect(m).toMatchObject({ kabupatenId: w.a.kabupaten.id, provinceId: w.a.province.id, budgetAmount: 1_500_000n, followUps: null });
    expect(m.participants.map((p) => [p.institution, p.personCount])).toEqual([
      ["Dinas Sosial", 3],
      ["BPJS Kesehatan", 2],
    ]);
    expect(await w.prisma.auditLog.count({ where: { entity: "fpk_meeting", entityId: String(id), action: "create" } })).toBe(1);
  });

  it("keeps the budget optional but never negative or fractional", async () => {
    const none = await createFpkMeeting(w.users.staffA1, form({ budgetAmount: "" }));
    expect(none.ok).toBe(true);
    expect((await w.prisma.fpkMeeting.findUniqueOrThrow({ where: { id: none.ok ? none.value.id : 0 } })).budgetAmount).toBeNull();
    expect((await createFpkMeeting(w.users.staffA1, form({ budgetAmount: "0" }))).ok).toBe(true);
    for (const bad of ["-5000", "1,5", "abc"]) {
      expect(await createFpkMeeting(w.users.staffA1, form({ budgetAmount: bad }))).toEqual({
        ok: false,
        fieldErrors: { budgetAmount: { key: "fpk.validation.budget" } },
      });
    }
  });

  it("checks participant rows", async () => {
    expect(
      await createFpkMeeting(w.users.staffA1, form({ institution_0: "", personCount_0: "", institution_1: "", personCount_1: "" })),
    ).toEqual({
      ok: false,
      fieldErrors: { institution_0: { key: "fpk.validation.participantsRequired" } },
    });
    expect(
      await createFpkMeeting(
        w.users.staffA1,
        form({ personCount_1: "0", institution_2: "dinas sosial", personCount_2: "1", personCount_3: "4" }),
      ),
    ).toEqual({
      ok: false,
      fieldErrors: {
        personCount_1: { key: "fpk.validation.personCount" },
        institution_2: { key: "fpk.validation.duplicateInstitution" },
        institution_3: { key: "validation.required" },
      },
    });
  });

  it("edits a meeting, replacing its participants, with optimistic concurrency", async () => {
    const m = await w.prisma.fpkMeeting.findUniqueOrThrow({ where: { id: w.fpkA1.id } });
    const edit = form({ agenda: "Forum A1 (diperbaiki)", institution_1: "Bappeda", personCount_1: "1", version: String(m.version) });
    expect((await updateFpkMeeting(w.users.staffA1, m.id, edit)).ok).toBe(true);
    const after = await w.prisma.fpkMeeting.findUniqueOrThrow({
      where: { id: m.id },
      include: { participants: { orderBy: { id: "asc" } } },
    });
    expect(after).toMatchObject({ agenda: "Forum A1 (diperbaiki)", version: m.version + 1, budgetAmount: 1_500_000n });
    expect(after.participants.map((p) => p.institution)).toEqual(["Dinas Sosial", "Bappeda"]);
    expect(await updateFpkMeeting(w.users.coordA, m.id, { ...edit, agenda: "Terlambat" })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.stale" } },
    });
    expect((await w.prisma.fpkMeeting.findUniqueOrThrow({ where: { id: m.id } })).agenda).toBe("Forum A1 (diperbaiki)");
  });

  it("an edit sent again with its key answers its own result, not STALE; the same key with other input is refused", async () => {
    const m = await w.prisma.fpkMeeting.findUniqueOrThrow({ where: { id: w.fpkA1.id } });
    const edit = form({ agenda: "Forum A1 (dikirim ulang)", version: String(m.version), idempotencyKey: randomUUID() });
    const first = await updateFpkMeeting(w.users.staffA1, m.id, edit);
    expect(first).toEqual({ ok: true, value: { id: m.id } });
    expect(await updateFpkMeeting(w.users.staffA1, m.id, edit)).toEqual(first);
    expect((await w.prisma.fpkMeeting.findUniqueOrThrow({ where: { id: m.id } })).version).toBe(m.version + 1);
    expect(await updateFpkMeeting(w.users.staffA1, m.id, { ...edit, agenda: "Lain" })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.keyReused" } },
    });
  });
});
