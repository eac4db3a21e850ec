import { beforeAll, describe, expect, it } from "vitest";
import { listTrainings } from "@/lib/data/training/list";
import { getTraining } from "@/lib/data/training/detail";
import { getTrainingCascade } from "@/lib/data/training/cascade";
import { createTraining, updateTraining } from "@/lib/data/training/writes";
import { getClassForEditing, registerParticipant, removeParticipant, saveAttendance } from "@/lib/data/training/participants";
import { trainingFilters } from "@/lib/validation/training";
import { ForbiddenError } from "@/lib/authz/permissions";
import { loadSessionUser } from "@/lib/data/session-user";
import { day, makeKader, makeTraining, makeUser } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

type T = Awaited<ReturnType<typeof makeTraining>>;
let w: World;
let staffA2: NonNullable<Awaited<ReturnType<typeof loadSessionUser>>>;
let nat: T, provA: T, provB: T, localA1: T, localA2: T;
let guideVersionId: number;

const lead = (t: T) => t.classes.find((c) => c.kind === "LEADERSHIP_TOT")!;
const impl = (t: T) => t.classes.find((c) => c.kind === "IMPLEMENTATION")!;
const filters = (o: Record<string, string> = {}) => trainingFilters.parse(o);
const titles = async (u: Parameters<typeof listTrainings>[0], o: Record<string, string> = {}) =>
  (await listTrainings(u, filters(o))).rows.map((r) => r.title).sort();

beforeAll(async () => {
  w = await buildWorld();
  const p = w.prisma;
  staffA2 = (await loadSessionUser((await makeUser(p, { role: "DISTRICT_STAFF", provinceId: w.a.province.id, kabupatenId: w.a2.id })).id))!;
  nat = await makeTraining(p, { level: "NATIONAL", title: "Nasional 2017", startDate: day("2017-05-20"), endDate: day("2017-05-23") });
  provA = await makeTraining(p, {
    level: "PROVINCIAL",
    provinceId: w.a.province.id,
    parentTrainingId: nat.id,
    title: "Provinsi A 2017",
    startDate: day("2017-07-10"),
    endDate: day("2017-07-12"),
  });
  provB = await makeTraining(p, {
    level: "PROVINCIAL",
    provinceId: w.b.province.id,
    parentTrainingId: nat.id,
    title: "Provinsi B 2017",
    startDate: day("2017-07-10"),
  });
  localA1 = await makeTraining(p, {
    level: "LOCAL",
    provinceId: w.a.province.id,
    kabupatenId: w.a.kabupaten.id,
    parentTrainingId: provA.id,
    title: "Lokal A1 2017",
    startDate: day("2017-09-04"),
    endDate: day("2017-09-05"),
  });
  localA2 = await makeTraining(p, {
    level: "LOCAL",
    provinceId: w.a.province.id,
    kabupatenId: w.a2.id,
    parentTrainingId: provA.id,
    title: "Lokal A2 2018",
    startDate: day("2018-01-15"),
  });
  const guide = await p.guide.create({
    data: { topic: "JKN", title: "Panduan JKN Uji", versions: { create: [{ version: "1.0", publishedOn: day("2017-04-13") }] } },
    include: { versions: true },
  });
  guideVersionId = guide.versions[0]!.id;
});

function trainingForm(o: Record<string, string> = {}): Record<string, string> {
  return {
    level: "PROVINCIAL",
    title: "Pelatihan Ulang Kader Provinsi A",
    theme: "Kepemimpinan Perempuan dan Perlindungan Sosial",
    objectives: "1. Meneruskan materi.\n2. Simulasi KLIK PEKKA.",
    startDate: "2017-08-01",
    endDate: "2017-08-03",
    place: "Sekretariat Serikat Pekka",
    organiser: "Serikat Pekka bersama Seknas",
    provinceId: String(w.a.province.id),
    kabupatenId: "",
    parentTrainingId: "",
    leadershipClassName: "Kelas Pelatih Kabupaten",
    implementationClassName: "Kelas Pelaksana KLIK PEKKA",
    ...o,
  };
}

describe("training scope", () => {
  it("national roles see every training", async () => {
    for (const u of [w.users.national, w.users.director, w.users.admin]) {
      expect(await titles(u)).toEqual(["Lokal A1 2017", "Lokal A2 2018", "Nasional 2017", "Provinsi A 2017", "Provinsi B 2017"]);
    }
  });

  it("a coordinator sees national trainings and those of her province only", async () => {
    expect(await titles(w.users.coordA)).toEqual(["Lokal A1 2017", "Lokal A2 2018", "Nasional 2017", "Provinsi A 2017"]);
    expect(await titles(w.users.coordB)).toEqual(["Nasional 2017", "Provinsi B 2017"]);
  });

  it("district staff see national, their province's provincial and their kabupaten's local trainings", async () => {
    expect(await titles(w.users.staffA1)).toEqual(["Lokal A1 2017", "Nasional 2017", "Provinsi A 2017"]);
    expect(await titles(staffA2)).toEqual(["Lokal A2 2018", "Nasional 2017", "Provinsi A 2017"]);
  });

  it("filters by level and year narrow the scope, never widen it", async () => {
    expect(await titles(w.users.national, { level: "LOCAL" })).toEqual(["Lokal A1 2017", "Lokal A2 2018"]);
    expect(await titles(w.users.national, { year: "2018" })).toEqual(["Lokal A2 2018"]);
    expect(await titles(w.users.coordB, { level: "LOCAL" })).toEqual([]);
  });

  it("a training outside scope is simply not found", async () => {
    expect(await getTraining(w.users.coordA, provB.id)).toBeNull();
    expect(await getTraining(w.users.staffA1, localA2.id)).toBeNull();
    expect(await getTrainingCascade(w.users.coordB, provA.id)).toBeNull();
    expect((await getTraining(w.users.coordB, nat.id))?.title).toBe("Nasional 2017");
    expect(await getClassForEditing(w.users.coordA, nat.id, lead(nat).id)).toBeNull(); // visible, not hers to change
    expect(await getClassForEditing(w.users.coordA, provA.id, lead(provB).id)).toBeNull(); // class of another training
  });

  it("the director reads but writes nothing", async () => {
    const d = w.users.director;
    expect(await getTraining(d, provB.id)).not.toBeNull();
    await expect(createTraining(d, trainingForm({ level: "NATIONAL" }))).rejects.toThrow(ForbiddenError);
    await expect(updateTraining(d, nat.id, trainingForm({ version: "1" }))).rejects.toThrow(ForbiddenError);
    await expect(registerParticipant(d, nat.id, lead(nat).id, { kaderId: String(w.kaderA1.id), role: "PARTICIPANT" })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(saveAttendance(d, nat.id, lead(nat).id, {})).rejects.toThrow(ForbiddenError);
    await expect(removeParticipant(d, nat.id, { participationId: "1" })).rejects.toThrow(ForbiddenError);
  });
});

describe("creating and editing trainings", () => {
  it("a coordinator creates a provincial training in her province with both classes, guides and audit", async () => {
    const r = await createTraining(w.users.coordA, trainingForm({ [`guide_${guideVersionId}`]: "on", parentTrainingId: String(nat.id) }));
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    const row = await w.prisma.training.findUniqueOrThrow({ where: { id }, include: { classes: true, guides: true } });
    expect(row).toMatchObject({ level: "PROVINCIAL", provinceId: w.a.province.id, kabupatenId: null, parentTrainingId: nat.id });
    expect(row.objectives).toBe("1. Meneruskan materi.\n2. Simulasi KLIK PEKKA.");
    expect(row.classes.map((c) => c.kind).sort()).toEqual(["IMPLEMENTATION", "LEADERSHIP_TOT"]);
    expect(row.guides.map((g) => g.guideVersionId)).toEqual([guideVersionId]);
    const audit = await w.prisma.auditLog.findFirst({ where: { entity: "training", entityId: String(id), action: "create" } });
    expect(audit?.userId).toBe(w.users.coordA.id);
  });

  it("level rules: national only for national staff; coordinators and district staff in their own area", async () => {
    const before = await w.prisma.training.count();
    expect(await createTraining(w.users.coordA, trainingForm({ level: "NATIONAL" }))).toEqual({
      ok: false,
      fieldErrors: { level: { key: "training.validation.levelNotAllowed" } },
    });
    expect(await createTraining(w.users.staffA1, trainingForm())).toEqual({
      ok: false,
      fieldErrors: { level: { key: "training.validation.levelNotAllowed" } },
    });
    expect(await createTraining(w.users.coordA, trainingForm({ provinceId: String(w.b.province.id) }))).toEqual({
      ok: false,
      fieldErrors: { provinceId: { key: "validation.outOfScope" } },
    });
    expect(await createTraining(w.users.staffA1, trainingForm({ level: "LOCAL", kabupatenId: String(w.a2.id) }))).toEqual({
      ok: false,
      fieldErrors: { kabupatenId: { key: "validation.outOfScope" } },
    });
    expect(await createTraining(w.users.coordA, trainingForm({ level: "PROVINCIAL", provinceId: "" }))).toEqual({
      ok: false,
      fieldErrors: { provinceId: { key: "training.validation.provinceRequired" } },
    });
    expect(await w.prisma.training.count()).toBe(before);
  });

  it("admins, like national staff, may hold national trainings", async () => {
    const r = await createTraining(w.users.admin, trainingForm({ level: "NATIONAL", title: "Pelatihan Nasional oleh Admin" }));
    expect(r.ok).toBe(true);
  });

  it("local trainings take their province from the kabupaten; national ones drop any place given", async () => {
    const local = await createTraining(
      w.users.staffA1,
      trainingForm({ level: "LOCAL", provinceId: String(w.b.province.id), kabupatenId: String(w.a.kabupaten.id) }),
    );
    expect(local.ok).toBe(true);
    const l = await w.prisma.training.findUniqueOrThrow({ where: { id: local.ok ? local.value.id : 0 } });
    expect(l).toMatchObject({ level: "LOCAL", provinceId: w.a.province.id, kabupatenId: w.a.kabupaten.id });
    const national = await createTraining(w.users.national, trainingForm({ level: "NATIONAL", implementationClassName: "" }));
    expect(national.ok).toBe(true);
    const n = await w.prisma.training.findUniqueOrThrow({ where: { id: national.ok ? national.value.id : 0 }, include: { classes: true } });
    expect(n).toMatchObject({ provinceId: null, kabupatenId: null });
    expect(n.classes.map((c) => c.kind)).toEqual(["LEADERSHIP_TOT"]);
  });

  it("refuses an end before the start, no class, and bad dates, writing nothing", async () => {
    const before = await w.prisma.training.count();
    expect(await createTraining(w.users.national, trainingForm({ startDate: "2017-08-03", endDate: "2017-08-01" }))).toEqual({
      ok: false,
      fieldErrors: { endDate: { key: "training.validation.endBeforeStart" } },
    });
    expect(await createTraining(w.users.national, trainingForm({ leadershipClassName: "", implementationClassName: "" }))).toEqual({
      ok: false,
      fieldErrors: { leadershipClassName: { key: "training.validation.classRequired" } },
    });
    const bad = await createTraining(w.users.national, trainingForm({ startDate: "2017-02-30", title: "" }));
    expect(bad).toEqual({
      ok: false,
      fieldErrors: { startDate: { key: "training.validation.date" }, title: { key: "validation.required" } },
    });
    expect(await w.prisma.training.count()).toBe(before);
  });

  it("a parent must be visible, have ended before, and not be the training or its descendant", async () => {
    expect(await createTraining(w.users.coordA, trainingForm({ parentTrainingId: String(localA1.id), startDate: "2017-08-01" }))).toEqual({
      ok: false,
      fieldErrors: { parentTrainingId: { key: "training.validation.parentNotBefore" } },
    });
    expect(await createTraining(w.users.coordA, trainingForm({ parentTrainingId: String(provB.id) }))).toEqual({
      ok: false,
      fieldErrors: { parentTrainingId: { key: "validation.outOfScope" } },
    });
    // X (2019) → Y (2019-03); moving X after Y and making Y its parent would close a loop.
    const x = await makeTraining(w.prisma, { level: "NATIONAL", title: "X", startDate: day("2019-01-07") });
    await makeTraining(w.prisma, { level: "NATIONAL", title: "Y", parentTrainingId: x.id, startDate: day("2019-03-04") });
    const y = await w.prisma.training.findFirstOrThrow({ where: { title: "Y" } });
    const r = await updateTraining(
      w.users.national,
      x.id,
      trainingForm({ level: "NATIONAL", version: "1", startDate: "2019-06-03", endDate: "2019-06-04", parentTrainingId: String(y.id) }),
    );
    expect(r).toEqual({ ok: false, fieldErrors: { parentTrainingId: { key: "training.validation.parentCycle" } } });
  });

  it("updates with optimistic concurrency and audit; stale versions and other areas are refused", async () => {
    const created = await createTraining(w.users.coordA, trainingForm({ title: "Akan Diubah" }));
    const id = created.ok ? created.value.id : 0;
    const r = await updateTraining(w.users.coordA, id, trainingForm({ title: "Sudah Diubah", version: "1", implementationClassName: "" }));
    expect(r).toEqual({ ok: true, value: { id } });
    const row = await w.prisma.training.findUniqueOrThrow({ where: { id }, include: { classes: true } });
    expect(row).toMatchObject({ title: "Sudah Diubah", version: 2 });
    expect(row.classes.map((c) => c.kind)).toEqual(["LEADERSHIP_TOT"]);
    const audit = await w.prisma.auditLog.findFirst({ where: { entity: "training", entityId: String(id), action: "update" } });
    expect(audit?.before).toMatchObject({ title: "Akan Diubah" });
    expect(audit?.after).toMatchObject({ title: "Sudah Diubah" });

    expect(await updateTraining(w.users.coordA, id, trainingForm({ title: "Versi Basi", version: "1" }))).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.stale" } },
    });
    expect(await updateTraining(w.users.coordB, id, trainingForm({ version: "2" }))).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect(await updateTraining(w.users.staffA1, provA.id, trainingForm({ version: "1" }))).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect((await w.prisma.training.findUniqueOrThrow({ where: { id } })).title).toBe("Sudah Diubah");
  });
});

describe("participants, attendance and the facilitator rule", () => {
  it("registers a kader in scope once; a duplicate is refused with a field error and nothing written", async () => {
    const r = await registerParticipant(w.users.coordA, provA.id, lead(provA).id, { kaderId: String(w.kaderA1.id), role: "PARTICIPANT" });
    expect(r.ok).toBe(true);
    const audit = await w.prisma.auditLog.findFirst({
      where: { entity: "participation", entityId: String(r.ok ? r.value.id : 0), action: "create" },
    });
    expect(audit?.userId).toBe(w.users.coordA.id);
    const before = await w.prisma.participation.count();
    const auditsBefore = await w.prisma.auditLog.count();
    expect(
      await registerParticipant(w.users.coordA, provA.id, lead(provA).id, { kaderId: String(w.kaderA1.id), role: "FACILITATOR" }),
    ).toEqual({
      ok: false,
      fieldErrors: { kaderId: { key: "training.validation.duplicateParticipant" } },
    });
    expect(await w.prisma.participation.count()).toBe(before);
    expect(await w.prisma.auditLog.count()).toBe(auditsBefore);
  });

  it("refuses kader and classes outside the user's scope", async () => {
    expect(
      await registerParticipant(w.users.coordA, provA.id, impl(provA).id, { kaderId: String(w.kaderB.id), role: "PARTICIPANT" }),
    ).toEqual({
      ok: false,
      fieldErrors: { kaderId: { key: "validation.outOfScope" } },
    });
    expect(
      await registerParticipant(w.users.coordB, provA.id, impl(provA).id, { kaderId: String(w.kaderB.id), role: "PARTICIPANT" }),
    ).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect(
      await registerParticipant(w.users.staffA1, provA.id, impl(provA).id, { kaderId: String(w.kaderA1.id), role: "PARTICIPANT" }),
    ).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect(
      await registerParticipant(w.users.staffA1, localA1.id, impl(localA1).id, { kaderId: String(w.kaderA2.id), role: "PARTICIPANT" }),
    ).toEqual({
      ok: false,
      fieldErrors: { kaderId: { key: "validation.outOfScope" } },
    });
  });

  it("records attendance per day and completion, with audit; rows outside scope are refused", async () => {
    const part = await w.prisma.participation.findUniqueOrThrow({
      where: { classId_kaderId: { classId: lead(provA).id, kaderId: w.kaderA1.id } },
    });
    const r = await saveAttendance(w.users.coordA, provA.id, lead(provA).id, {
      [`p${part.id}`]: "1",
      [`p${part.id}_d2017-07-10`]: "on",
      [`p${part.id}_d2017-07-12`]: "on",
      [`p${part.id}_done`]: "on",
    });
    expect(r).toEqual({ ok: true, value: { saved: 1 } });
    const rows = await w.prisma.participationAttendance.findMany({ where: { participationId: part.id }, orderBy: { day: "asc" } });
    expect(rows.map((a) => [a.day.toISOString().slice(0, 10), a.present])).toEqual([
      ["2017-07-10", true],
      ["2017-07-11", false],
      ["2017-07-12", true],
    ]);
    expect((await w.prisma.participation.findUniqueOrThrow({ where: { id: part.id } })).completed).toBe(true);
    const audit = await w.prisma.auditLog.findFirst({
      where: { entity: "participation", entityId: String(part.id), action: "attendance" },
    });
    expect(audit?.after).toEqual({ completed: true, present: ["2017-07-10", "2017-07-12"] });

    // A participation of another province's training cannot be smuggled in.
    const other = await w.prisma.participation.create({ data: { classId: lead(provB).id, kaderId: w.kaderB.id } });
    expect(await saveAttendance(w.users.coordA, provA.id, lead(provA).id, { [`p${other.id}`]: "1", [`p${other.id}_done`]: "on" })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect((await w.prisma.participation.findUniqueOrThrow({ where: { id: other.id } })).completed).toBe(false);
  });

  it("a re-training's facilitator must have completed the parent's leadership class", async () => {
    // kaderA2 took provA's implementation class only: not a ToT graduate.
    await registerParticipant(w.users.coordA, provA.id, impl(provA).id, { kaderId: String(w.kaderA2.id), role: "PARTICIPANT" });
    expect(
      await registerParticipant(staffA2, localA2.id, lead(localA2).id, { kaderId: String(w.kaderA2.id), role: "FACILITATOR" }),
    ).toEqual({
      ok: false,
      fieldErrors: { role: { key: "training.validation.facilitatorNotGraduate" } },
    });
    // kaderA1 completed provA's leadership class (above): she may facilitate localA1.
    expect(
      (await registerParticipant(w.users.staffA1, localA1.id, lead(localA1).id, { kaderId: String(w.kaderA1.id), role: "FACILITATOR" })).ok,
    ).toBe(true);
    // A root training has no such rule.
    expect(
      (await registerParticipant(w.users.national, nat.id, lead(nat).id, { kaderId: String(w.kaderB.id), role: "FACILITATOR" })).ok,
    ).toBe(true);
    // Re-pointing localA1 at a parent she did not graduate from is refused.
    expect(
      await updateTraining(
        w.users.staffA1,
        localA1.id,
        trainingForm({
          level: "LOCAL",
          kabupatenId: String(w.a.kabupaten.id),
          version: "1",
          startDate: "2017-09-04",
          endDate: "2017-09-05",
          parentTrainingId: String(nat.id),
        }),
      ),
    ).toEqual({ ok: false, fieldErrors: { parentTrainingId: { key: "training.validation.facilitatorsNotFromParent" } } });
  });

  it("a class with participants cannot be dropped; a mistaken registration can be removed", async () => {
    const r = await updateTraining(
      w.users.coordA,
      provA.id,
      trainingForm({
        version: "1",
        startDate: "2017-07-10",
        endDate: "2017-07-12",
        parentTrainingId: String(nat.id),
        leadershipClassName: "",
      }),
    );
    expect(r).toEqual({ ok: false, fieldErrors: { leadershipClassName: { key: "training.validation.classHasParticipants" } } });
    const part = await w.prisma.participation.findUniqueOrThrow({
      where: { classId_kaderId: { classId: impl(provA).id, kaderId: w.kaderA2.id } },
    });
    expect(await removeParticipant(w.users.coordB, provA.id, { participationId: String(part.id) })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect(await removeParticipant(w.users.coordA, provA.id, { participationId: String(part.id) })).toEqual({
      ok: true,
      value: { id: part.id },
    });
    expect(await w.prisma.participation.findUnique({ where: { id: part.id } })).toBeNull();
    expect(await w.prisma.auditLog.count({ where: { entity: "participation", entityId: String(part.id), action: "delete" } })).toBe(1);
  });

  it("the detail page shows names in scope and only counts per province outside it", async () => {
    const asA = (await getTraining(w.users.coordA, nat.id))!;
    const leadA = asA.classes.find((c) => c.kind === "LEADERSHIP_TOT")!;
    expect(leadA.participations).toEqual([]);
    expect(leadA.outsideScope).toEqual([{ provinceName: "Provinsi B", count: 1 }]);
    const asNational = (await getTraining(w.users.national, nat.id))!;
    expect(asNational.classes.find((c) => c.kind === "LEADERSHIP_TOT")!.participations.map((p) => p.kader.fullName)).toEqual([
      "Cut Nyak Rahma",
    ]);
  });
});

describe("the cascade", () => {
  it("counts people reached per province and the multiplier on a known tree", async () => {
    const p = w.prisma;
    const mk = (s: World["serikatA1"], desaId: number, fullName: string) => makeKader(p, { serikat: s, desaId }, { fullName });
    const [g1, g2, g3, r1, r2, r3, r4] = [
      await mk(w.serikatA1, w.a.desa.id, "Graduate A"),
      await mk(w.serikatB, w.b.desa.id, "Graduate B"),
      await mk(w.serikatA1, w.a.desa.id, "Dropout A"),
      await mk(w.serikatA1, w.a.desa.id, "Reached A1"),
      await mk(w.serikatA2, w.a2.desa.id, "Reached A2"),
      await mk(w.serikatB, w.b.desa.id, "Reached B"),
      await mk(w.serikatA1, w.a.desa.id, "Reached A1 local"),
    ];
    const root = await makeTraining(p, { level: "NATIONAL", title: "Akar", startDate: day("2020-02-03") });
    const c1 = await makeTraining(p, {
      level: "PROVINCIAL",
      provinceId: w.a.province.id,
      parentTrainingId: root.id,
      title: "Anak A",
      startDate: day("2020-04-06"),
    });
    const c2 = await makeTraining(p, {
      level: "PROVINCIAL",
      provinceId: w.b.province.id,
      parentTrainingId: root.id,
      title: "Anak B",
      startDate: day("2020-04-13"),
    });
    const gc = await makeTraining(p, {
      level: "LOCAL",
      provinceId: w.a.province.id,
      kabupatenId: w.a.kabupaten.id,
      parentTrainingId: c1.id,
      title: "Cucu A1",
      startDate: day("2020-06-01"),
    });
    const join = (cls: { id: number }, k: { id: number }, o: { role?: "PARTICIPANT" | "FACILITATOR"; completed?: boolean } = {}) =>
      p.participation.create({ data: { classId: cls.id, kaderId: k.id, role: o.role ?? "PARTICIPANT", completed: o.completed ?? true } });
    await join(lead(root), g1);
    await join(lead(root), g2);
    await join(lead(root), g3, { completed: false });
    await join(lead(c1), g1, { role: "FACILITATOR" });
    await join(lead(c1), r1);
    await join(impl(c1), r2);
    await join(lead(c2), g2, { role: "FACILITATOR" });
    await join(impl(c2), r3);
    await join(lead(gc), r1, { role: "FACILITATOR" });
    await join(impl(gc), r4);
    await join(impl(gc), r2); // reached twice, counted once

    const c = (await getTrainingCascade(w.users.national, root.id))!;
    expect(c.descendants).toBe(3);
    expect(c.reached).toBe(4);
    expect(c.graduates).toBe(2);
    expect(c.multiplier).toBe(2);
    expect(c.reachedByProvince).toEqual([
      { provinceId: w.a.province.id, provinceName: "Provinsi A", count: 3 },
      { provinceId: w.b.province.id, provinceName: "Provinsi B", count: 1 },
    ]);
    expect(c.root.children.map((n) => n.training.title)).toEqual(["Anak A", "Anak B"]);
    expect(c.root.children[0]!.children.map((n) => [n.training.title, n.participants])).toEqual([["Cucu A1", 2]]);

    // The coordinator of A sees the same numbers; B's re-training is listed without a link.
    const asA = (await getTrainingCascade(w.users.coordA, root.id))!;
    expect(asA.reached).toBe(4);
    expect(asA.root.children.map((n) => [n.training.title, n.training.visible])).toEqual([
      ["Anak A", true],
      ["Anak B", false],
    ]);

    const leaf = (await getTrainingCascade(w.users.national, gc.id))!;
    expect(leaf.multiplier).toBeNull();
  });
});
