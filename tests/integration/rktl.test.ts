// RKTL plans against a real PostgreSQL: scope for every role, the approval
// flow, fixed targets, realisation until CLOSED, concurrency, progress,
// suggestions and the audit trail. The clock is passed in (`now`).
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/authz/permissions";
import { approvePlan, closePlan, createPlan, getPlan, listPlans, returnPlan, submitPlan } from "@/lib/data/rktl/plans";
import { addTarget, deleteTarget, updateTarget } from "@/lib/data/rktl/targets";
import { getTargetRealisation, recordRealisation } from "@/lib/data/rktl/realisation";
import { realisationSuggestions } from "@/lib/data/rktl/suggestions";
import { planFilters } from "@/lib/validation/rktl";
import { addDays, day, makeKlikCase, makeKlikSession, makeRktlPlan, makeTraining } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

let w: World;
let national: Awaited<ReturnType<typeof makeTraining>>;
let older: Awaited<ReturnType<typeof makeTraining>>;

// The clock of these tests: 22 November 2026, inside an October–March window.
const NOW = day("2026-11-22");
const OCT = "2026-10";

beforeAll(async () => {
  w = await buildWorld();
  older = await makeTraining(w.prisma, { title: "Lokakarya Nasional 2017", startDate: day("2017-05-20") });
  national = await makeTraining(w.prisma, { title: "Pelatihan Nasional 2026", startDate: day("2026-09-08") });
});

const targetForm = (o: Record<string, string> = {}) => ({
  activity: "Menyelenggarakan KLIK PEKKA di desa dampingan",
  kind: "KLIK_SESSION",
  quantity: "4",
  unit: "sesi",
  kabupatenId: String(w.a.kabupaten.id),
  responsible: "Siti Aminah",
  plannedMonth: OCT,
  ...o,
});
const versionOf = async (planId: number) => String((await w.prisma.rktlPlan.findUniqueOrThrow({ where: { id: planId } })).version);

/** A plan of province A for a fresh training, approved, with one KLIK target planned in October. */
async function approvedPlan(o: { quantity?: number; kind?: "KLIK_SESSION" | "JKN_ENROLMENT" | "FPK_MEETING" | "RETRAINING" } = {}) {
  const training = await makeTraining(w.prisma, { startDate: day("2026-09-01") });
  const plan = await makeRktlPlan(w.prisma, {
    provinceId: w.a.province.id,
    trainingId: training.id,
    windowStart: day("2026-10-01"),
    status: "APPROVED",
    targets: [{ kabupatenId: w.a.kabupaten.id, kind: o.kind ?? "KLIK_SESSION", quantity: o.quantity ?? 4, monthOffset: 0 }],
  });
  return { plan, target: plan.targets[0]! };
}

describe("creating a plan", () => {
  it("the coordinator creates a draft for her own province; the window is six months", async () => {
    const r = await createPlan(w.users.coordA, { trainingId: String(national.id), windowStart: OCT });
    expect(r.ok).toBe(true);
    const plan = await w.prisma.rktlPlan.findUniqueOrThrow({ where: { id: r.ok ? r.value.id : 0 } });
    expect(plan).toMatchObject({
      provinceId: w.a.province.id,
      status: "DRAFT",
      windowStart: day("2026-10-01"),
      windowEnd: day("2027-03-01"),
    });
    const audit = await w.prisma.auditLog.findFirst({ where: { entity: "rktl_plan", entityId: String(plan.id), action: "create" } });
    expect(audit?.userId).toBe(w.users.coordA.id);
  });

  it("refuses a second plan for the same province and training as a field error", async () => {
    const r = await createPlan(w.users.coordA, { trainingId: String(national.id), windowStart: "2026-11" });
    expect(r).toEqual({ ok: false, fieldErrors: { trainingId: { key: "rktl.validation.duplicatePlan" } } });
  });

  it("refuses a bad month and a missing training field by field", async () => {
    const r = await createPlan(w.users.coordB, { trainingId: "", windowStart: "2026-13" });
    expect(r).toEqual({
      ok: false,
      fieldErrors: { trainingId: { key: "validation.choose" }, windowStart: { key: "rktl.validation.month" } },
    });
  });

  it("only coordinators plan: national staff, director and district staff are refused", async () => {
    for (const u of [w.users.national, w.users.director, w.users.staffA1, w.users.admin]) {
      await expect(createPlan(u, { trainingId: String(older.id), windowStart: OCT })).rejects.toThrow(ForbiddenError);
    }
  });
});

describe("scope", () => {
  let planA: number;
  let planB: number;
  beforeAll(async () => {
    planA = (
      await makeRktlPlan(w.prisma, { provinceId: w.a.province.id, trainingId: older.id, targets: [{ kabupatenId: w.a.kabupaten.id }] })
    ).id;
    planB = (
      await makeRktlPlan(w.prisma, { provinceId: w.b.province.id, trainingId: older.id, targets: [{ kabupatenId: w.b.kabupaten.id }] })
    ).id;
  });

  it("lists: coordinator and district staff see their province's plans, national roles all", async () => {
    const ids = async (u: World["users"][keyof World["users"]]) => (await listPlans(u, planFilters.parse({}))).rows.map((p) => p.id);
    expect(await ids(w.users.coordA)).toContain(planA);
    expect(await ids(w.users.coordA)).not.toContain(planB);
    expect(await ids(w.users.staffA1)).toContain(planA);
    expect(await ids(w.users.staffA1)).not.toContain(planB);
    for (const u of [w.users.national, w.users.director, w.users.admin])
      expect(await ids(u)).toEqual(expect.arrayContaining([planA, planB]));
    // A filter cannot widen the scope.
    expect((await listPlans(w.users.coordA, planFilters.parse({ provinceId: String(w.b.province.id) }))).rows.length).toBe(0);
  });

  it("another province's plan is simply not found, for reading and for every write", async () => {
    const b = await w.prisma.rktlPlan.findUniqueOrThrow({ where: { id: planB }, include: { targets: true } });
    const tB = b.targets[0]!;
    const notFound = { ok: false, fieldErrors: { _form: { key: "validation.notFound" } } };
    expect(await getPlan(w.users.coordA, planB)).toBeNull();
    expect(await getPlan(w.users.staffA1, planB)).toBeNull();
    expect(await getTargetRealisation(w.users.coordA, tB.id, null)).toBeNull();
    expect(await addTarget(w.users.coordA, planB, targetForm())).toEqual(notFound);
    expect(await updateTarget(w.users.coordA, tB.id, targetForm({ version: String(tB.version) }))).toEqual(notFound);
    expect(await deleteTarget(w.users.coordA, tB.id, { version: String(tB.version) })).toEqual(notFound);
    expect(await submitPlan(w.users.coordA, planB, { version: String(b.version) })).toEqual(notFound);
    expect(await recordRealisation(w.users.coordA, tB.id, { month: "2017-06", achieved: "1" }, NOW)).toEqual(notFound);
    expect(await w.prisma.rktlTarget.count({ where: { planId: planB } })).toBe(1);
  });

  it("director and district staff write nothing; coordinators do not review", async () => {
    const a = await w.prisma.rktlPlan.findUniqueOrThrow({ where: { id: planA }, include: { targets: true } });
    const t = a.targets[0]!;
    const v = { version: String(a.version) };
    for (const u of [w.users.director, w.users.staffA1]) {
      await expect(addTarget(u, planA, targetForm())).rejects.toThrow(ForbiddenError);
      await expect(updateTarget(u, t.id, targetForm({ version: String(t.version) }))).rejects.toThrow(ForbiddenError);
      await expect(deleteTarget(u, t.id, { version: String(t.version) })).rejects.toThrow(ForbiddenError);
      await expect(submitPlan(u, planA, v)).rejects.toThrow(ForbiddenError);
      await expect(approvePlan(u, planA, v)).rejects.toThrow(ForbiddenError);
      await expect(returnPlan(u, planA, { ...v, comment: "Perbaiki" })).rejects.toThrow(ForbiddenError);
      await expect(closePlan(u, planA, v)).rejects.toThrow(ForbiddenError);
      await expect(recordRealisation(u, t.id, { month: "2017-06", achieved: "1" }, NOW)).rejects.toThrow(ForbiddenError);
    }
    await expect(approvePlan(w.users.coordA, planA, v)).rejects.toThrow(ForbiddenError);
    await expect(closePlan(w.users.coordA, planA, v)).rejects.toThrow(ForbiddenError);
    await expect(addTarget(w.users.national, planA, targetForm())).rejects.toThrow(ForbiddenError);
    await expect(recordRealisation(w.users.national, t.id, { month: "2017-06", achieved: "1" }, NOW)).rejects.toThrow(ForbiddenError);
    expect(await w.prisma.rktlTarget.count({ where: { planId: planA } })).toBe(1);
  });
});

describe("targets and the approval flow", () => {
  let planId: number;
  beforeAll(async () => {
    const training = await makeTraining(w.prisma, { startDate: day("2026-09-15") });
    const r = await createPlan(w.users.coordA, { trainingId: String(training.id), windowStart: OCT });
    if (!r.ok) throw new Error("setup");
    planId = r.value.id;
  });

  it("refuses to submit a plan without targets", async () => {
    expect(await submitPlan(w.users.coordA, planId, { version: await versionOf(planId) })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "rktl.validation.noTargets" } },
    });
  });

  it("validates targets: quantity > 0, kabupaten of her province, month inside the window", async () => {
    expect(await addTarget(w.users.coordA, planId, targetForm({ quantity: "0", activity: "" }))).toEqual({
      ok: false,
      fieldErrors: { quantity: { key: "rktl.validation.quantityPositive" }, activity: { key: "validation.required" } },
    });
    expect(await addTarget(w.users.coordA, planId, targetForm({ kabupatenId: String(w.b.kabupaten.id) }))).toEqual({
      ok: false,
      fieldErrors: { kabupatenId: { key: "validation.outOfScope" } },
    });
    expect(await addTarget(w.users.coordA, planId, targetForm({ plannedMonth: "2027-04" }))).toEqual({
      ok: false,
      fieldErrors: { plannedMonth: { key: "rktl.validation.monthOutsideWindow" } },
    });
    expect(await w.prisma.rktlTarget.count({ where: { planId } })).toBe(0);
  });

  it("adds, edits and deletes targets while DRAFT, each audited", async () => {
    const a = await addTarget(w.users.coordA, planId, targetForm({ kabupatenId: String(w.a2.id), plannedMonth: "2026-12" }));
    const b = await addTarget(
      w.users.coordA,
      planId,
      targetForm({ kind: "ADVOCACY", activity: "Advokasi anggaran desa", quantity: "2", unit: "desa" }),
    );
    expect(a.ok && b.ok).toBe(true);
    const tid = a.ok ? a.value.id : 0;
    const u = await updateTarget(w.users.coordA, tid, targetForm({ quantity: "6", version: "1" }));
    expect(u.ok).toBe(true);
    expect((await w.prisma.rktlTarget.findUniqueOrThrow({ where: { id: tid } })).quantity).toBe(6);
    const extra = await addTarget(w.users.coordA, planId, targetForm({ activity: "Target yang dihapus" }));
    const xid = extra.ok ? extra.value.id : 0;
    expect((await deleteTarget(w.users.coordA, xid, { version: "1" })).ok).toBe(true);
    expect(await w.prisma.rktlTarget.count({ where: { planId } })).toBe(2);
    const actions = (
      await w.prisma.auditLog.findMany({ where: { entity: "rktl_target", entityId: { in: [String(tid), String(xid)] } } })
    ).map((l) => l.action);
    expect(actions.sort()).toEqual(["create", "create", "delete", "update"]);
  });

  it("refuses the second of two concurrent target edits and keeps the first", async () => {
    const t = await w.prisma.rktlTarget.findFirstOrThrow({ where: { planId, kind: "ADVOCACY" } });
    const loaded = String(t.version);
    expect((await updateTarget(w.users.coordA, t.id, targetForm({ kind: "ADVOCACY", quantity: "3", version: loaded }))).ok).toBe(true);
    const second = await updateTarget(w.users.coordA, t.id, targetForm({ kind: "ADVOCACY", quantity: "9", version: loaded }));
    expect(second).toEqual({ ok: false, fieldErrors: { _form: { key: "validation.stale" } } });
    expect((await w.prisma.rktlTarget.findUniqueOrThrow({ where: { id: t.id } })).quantity).toBe(3);
  });

  it("submits; targets are then fixed; national staff return it with a comment she sees", async () => {
    expect((await submitPlan(w.users.coordA, planId, { version: await versionOf(planId) })).ok).toBe(true);
    const t = await w.prisma.rktlTarget.findFirstOrThrow({ where: { planId } });
    const fixed = { ok: false, fieldErrors: { _form: { key: "rktl.validation.targetsFixed" } } };
    expect(await addTarget(w.users.coordA, planId, targetForm())).toEqual(fixed);
    expect(await updateTarget(w.users.coordA, t.id, targetForm({ version: String(t.version) }))).toEqual(fixed);

    expect(await returnPlan(w.users.national, planId, { version: await versionOf(planId), comment: "" })).toEqual({
      ok: false,
      fieldErrors: { comment: { key: "rktl.validation.commentRequired" } },
    });
    expect((await returnPlan(w.users.national, planId, { version: await versionOf(planId), comment: "Tambahkan target JKN." })).ok).toBe(
      true,
    );
    const plan = await getPlan(w.users.coordA, planId, NOW);
    expect(plan).toMatchObject({ status: "DRAFT", reviewComment: "Tambahkan target JKN." });
    expect((await addTarget(w.users.coordA, planId, targetForm({ kind: "JKN_ENROLMENT", unit: "orang", quantity: "20" }))).ok).toBe(true);
  });

  it("approval needs the version the reviewer saw; approved targets are fixed", async () => {
    expect((await submitPlan(w.users.coordA, planId, { version: await versionOf(planId) })).ok).toBe(true);
    expect(await approvePlan(w.users.national, planId, { version: "1" })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.stale" } },
    });
    expect((await approvePlan(w.users.national, planId, { version: await versionOf(planId) })).ok).toBe(true);
    const plan = await w.prisma.rktlPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({ status: "APPROVED", approvedById: w.users.national.id, reviewComment: null });
    expect(plan.approvedAt).toBeInstanceOf(Date);
    const t = await w.prisma.rktlTarget.findFirstOrThrow({ where: { planId } });
    expect(await deleteTarget(w.users.coordA, t.id, { version: String(t.version) })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "rktl.validation.targetsFixed" } },
    });
    const actions = (
      await w.prisma.auditLog.findMany({ where: { entity: "rktl_plan", entityId: String(planId) }, orderBy: { id: "asc" } })
    ).map((l) => l.action);
    expect(actions).toEqual(["create", "submit", "return", "submit", "approve"]);
  });
});

describe("realisation", () => {
  it("is refused before approval", async () => {
    const training = await makeTraining(w.prisma);
    const plan = await makeRktlPlan(w.prisma, {
      provinceId: w.a.province.id,
      trainingId: training.id,
      windowStart: day("2026-10-01"),
      status: "SUBMITTED",
      targets: [{ kabupatenId: w.a.kabupaten.id }],
    });
    expect(await recordRealisation(w.users.coordA, plan.targets[0]!.id, { month: OCT, achieved: "4" }, NOW)).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "rktl.validation.notApproved" } },
    });
  });

  it("records one row per target and month (a second save of the month updates it), audited", async () => {
    const { target } = await approvedPlan();
    expect((await recordRealisation(w.users.coordA, target.id, { month: OCT, achieved: "4", note: "Di dua desa" }, NOW)).ok).toBe(true);
    const row = await w.prisma.rktlRealisation.findFirstOrThrow({ where: { targetId: target.id } });
    expect(row).toMatchObject({ achieved: 4, note: "Di dua desa", recordedById: w.users.coordA.id, version: 1 });
    expect((await recordRealisation(w.users.coordA, target.id, { month: OCT, achieved: "5", version: "1" }, NOW)).ok).toBe(true);
    expect(await w.prisma.rktlRealisation.count({ where: { targetId: target.id } })).toBe(1);
    expect((await w.prisma.rktlRealisation.findFirstOrThrow({ where: { targetId: target.id } })).achieved).toBe(5);
    const actions = (
      await w.prisma.auditLog.findMany({ where: { entity: "rktl_realisation", entityId: String(row.id) }, orderBy: { id: "asc" } })
    ).map((l) => l.action);
    expect(actions).toEqual(["create", "update"]);
  });

  it("only for months of the window up to now", async () => {
    const { target } = await approvedPlan();
    for (const month of ["2026-12", "2026-09", "2027-04"]) {
      expect(await recordRealisation(w.users.coordA, target.id, { month, achieved: "1" }, NOW)).toEqual({
        ok: false,
        fieldErrors: { month: { key: "rktl.validation.monthNotReportable" } },
      });
    }
    expect((await recordRealisation(w.users.coordA, target.id, { month: "2026-12", achieved: "4" }, day("2026-12-02"))).ok).toBe(true);
  });

  it("refuses a negative number", async () => {
    const { target } = await approvedPlan();
    expect(await recordRealisation(w.users.coordA, target.id, { month: OCT, achieved: "-1" }, NOW)).toEqual({
      ok: false,
      fieldErrors: { achieved: { key: "rktl.validation.achievedNotNegative" } },
    });
  });

  it("computes on-track status against the planned month and asks for a reason when behind", async () => {
    const { plan, target } = await approvedPlan({ quantity: 4 });
    // In October (the planned month) nothing is due yet: no reason needed.
    expect((await recordRealisation(w.users.coordA, target.id, { month: OCT, achieved: "1" }, day("2026-10-20"))).ok).toBe(true);
    expect((await getPlan(w.users.coordA, plan.id, day("2026-10-20")))!.targets[0]!.progress).toMatchObject({
      achieved: 1,
      expected: 0,
      status: "NOT_DUE",
    });
    // In November October is over: 1 of 4 is off track, so a reason is required.
    expect(await recordRealisation(w.users.coordA, target.id, { month: "2026-11", achieved: "1" }, NOW)).toEqual({
      ok: false,
      fieldErrors: { behindReason: { key: "rktl.validation.behindReasonRequired" } },
    });
    expect(
      (
        await recordRealisation(
          w.users.coordA,
          target.id,
          { month: "2026-11", achieved: "1", behindReason: "Hujan deras, sesi ditunda" },
          NOW,
        )
      ).ok,
    ).toBe(true);
    expect((await getPlan(w.users.coordA, plan.id, NOW))!.targets[0]!.progress).toMatchObject({
      achieved: 2,
      expected: 4,
      percent: 50,
      status: "BEHIND",
    });
    // The list sums realisations in the database: 2 of 4 → 50 %.
    expect((await listPlans(w.users.coordA, planFilters.parse({}))).rows.find((p) => p.id === plan.id)?.percent).toBe(50);
    // Reaching the quantity puts it on track; no reason needed.
    const nov = await w.prisma.rktlRealisation.findFirstOrThrow({ where: { targetId: target.id, month: day("2026-11-01") } });
    expect(
      (await recordRealisation(w.users.coordA, target.id, { month: "2026-11", achieved: "3", version: String(nov.version) }, NOW)).ok,
    ).toBe(true);
    const done = (await getPlan(w.users.coordA, plan.id, NOW))!;
    expect(done.targets[0]!.progress).toMatchObject({ achieved: 4, percent: 100, status: "ON_TRACK" });
    expect(done.percent).toBe(100);
    expect((await listPlans(w.users.national, planFilters.parse({}))).rows.find((p) => p.id === plan.id)?.percent).toBe(100);
  });

  it("refuses the second of two concurrent saves of the same month and keeps the first", async () => {
    const { target } = await approvedPlan();
    // Both opened the form before anything was reported for October.
    expect((await recordRealisation(w.users.coordA, target.id, { month: OCT, achieved: "4", version: "" }, NOW)).ok).toBe(true);
    expect(await recordRealisation(w.users.coordA, target.id, { month: OCT, achieved: "2", version: "", behindReason: "x" }, NOW)).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.stale" } },
    });
    // Both opened the form at version 1.
    expect((await recordRealisation(w.users.coordA, target.id, { month: OCT, achieved: "5", version: "1" }, NOW)).ok).toBe(true);
    expect(await recordRealisation(w.users.coordA, target.id, { month: OCT, achieved: "6", version: "1" }, NOW)).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.stale" } },
    });
    expect((await w.prisma.rktlRealisation.findFirstOrThrow({ where: { targetId: target.id } })).achieved).toBe(5);
  });

  it("stays open until national staff close the plan, then stops", async () => {
    const { plan, target } = await approvedPlan();
    expect((await recordRealisation(w.users.coordA, target.id, { month: OCT, achieved: "4" }, NOW)).ok).toBe(true);
    expect((await closePlan(w.users.national, plan.id, { version: await versionOf(plan.id) })).ok).toBe(true);
    expect(await recordRealisation(w.users.coordA, target.id, { month: "2026-11", achieved: "1" }, NOW)).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "rktl.validation.planClosed" } },
    });
    expect(await w.prisma.rktlRealisation.count({ where: { targetId: target.id } })).toBe(1);
    expect(
      (await w.prisma.auditLog.findFirst({ where: { entity: "rktl_plan", entityId: String(plan.id), action: "close" } }))?.userId,
    ).toBe(w.users.national.id);
  });
});

describe("suggestions from what the system already recorded", () => {
  it("equal the counts of KLIK sessions, JKN cases, FPK meetings and re-trainings per kabupaten and month", async () => {
    const kab = { id: w.a.kabupaten.id, provinceId: w.a.province.id };
    const other = { id: w.a2.id, provinceId: w.a.province.id };
    // KLIK sessions: two in October, one in November in kabupaten A1; one in A2 (not counted for A1).
    const s1 = await makeKlikSession(w.prisma, { kabupaten: kab, desaId: w.a.desa.id, heldOn: day("2026-10-03") });
    const s2 = await makeKlikSession(w.prisma, { kabupaten: kab, desaId: w.a.desa.id, heldOn: day("2026-10-28") });
    await makeKlikSession(w.prisma, { kabupaten: kab, desaId: w.a.desa.id, heldOn: day("2026-11-02") });
    await makeKlikSession(w.prisma, { kabupaten: other, desaId: w.a2.desa.id, heldOn: day("2026-10-10") });
    await makeKlikSession(w.prisma, { kabupaten: kab, desaId: w.a.desa.id, heldOn: day("2026-09-30") }); // before the window
    // JKN cases at the social-protection desk: three in October; other issues and desks do not count.
    await makeKlikCase(w.prisma, s1, { desk: "SOCIAL_PROTECTION", issueType: "JKN_ENROLMENT" });
    await makeKlikCase(w.prisma, s1, { desk: "SOCIAL_PROTECTION", issueType: "JKN_ENROLMENT" });
    await makeKlikCase(w.prisma, s2, { desk: "SOCIAL_PROTECTION", issueType: "JKN_ENROLMENT" });
    await makeKlikCase(w.prisma, s2, { desk: "SOCIAL_PROTECTION", issueType: "PKH_CASH_TRANSFER" });
    await makeKlikCase(w.prisma, s2, { desk: "LEGAL_IDENTITY", issueType: "BIRTH_CERTIFICATE" });
    // FPK meetings: one in November.
    await w.prisma.fpkMeeting.create({
      data: { provinceId: kab.provinceId, kabupatenId: kab.id, heldOn: day("2026-11-12"), agenda: "Rapat FPK" },
    });
    // Re-trainings: a local one in A1 and a provincial one (no kabupaten) in December; a national one never counts.
    await makeTraining(w.prisma, {
      level: "LOCAL",
      provinceId: kab.provinceId,
      kabupatenId: kab.id,
      parentTrainingId: older.id,
      startDate: day("2026-12-05"),
    });
    await makeTraining(w.prisma, {
      level: "PROVINCIAL",
      provinceId: kab.provinceId,
      parentTrainingId: older.id,
      startDate: addDays(day("2026-12-01"), 10),
    });
    await makeTraining(w.prisma, { level: "NATIONAL", startDate: day("2026-12-07") });

    const plan = { provinceId: kab.provinceId, windowStart: day("2026-10-01") };
    const kinds = ["KLIK_SESSION", "JKN_ENROLMENT", "FPK_MEETING", "RETRAINING"] as const;
    const s = await realisationSuggestions(
      plan,
      kinds.map((kind) => ({ kind, kabupatenId: kab.id })),
    );
    const at = (kind: string, month: string) => s.get(`${kind}:${kab.id}:${month}`) ?? 0;
    expect(at("KLIK_SESSION", "2026-10")).toBe(2);
    expect(at("KLIK_SESSION", "2026-11")).toBe(1);
    expect(at("KLIK_SESSION", "2026-09")).toBe(0);
    expect(at("JKN_ENROLMENT", "2026-10")).toBe(3);
    expect(at("FPK_MEETING", "2026-11")).toBe(1);
    expect(at("RETRAINING", "2026-12")).toBe(2);
    // Cross-check against plain counts of the underlying records.
    expect(at("KLIK_SESSION", "2026-10")).toBe(
      await w.prisma.klikSession.count({ where: { kabupatenId: kab.id, heldOn: { gte: day("2026-10-01"), lt: day("2026-11-01") } } }),
    );
    expect(at("JKN_ENROLMENT", "2026-10")).toBe(
      await w.prisma.klikCase.count({
        where: {
          kabupatenId: kab.id,
          desk: "SOCIAL_PROTECTION",
          issueType: "JKN_ENROLMENT",
          session: { heldOn: { gte: day("2026-10-01"), lt: day("2026-11-01") } },
        },
      }),
    );

    // The realisation form offers the number for the chosen month.
    const { target } = await approvedPlan({ kind: "JKN_ENROLMENT", quantity: 20 });
    const form = await getTargetRealisation(w.users.coordA, target.id, day("2026-10-01"), NOW);
    expect(form?.suggestion).toBe(3);
    expect(form?.months.map((m) => m.toISOString().slice(0, 7))).toEqual(["2026-10", "2026-11"]);
  });
});

describe("the plan list pages", () => {
  it("shows 25 plans a page, newest window first, the rest on the next pages, with the filters", async () => {
    // Enough plans of province A (one per training) to need a second page.
    for (let i = 0; i < 26; i++) {
      const training = await makeTraining(w.prisma, { startDate: day("2018-01-10") });
      await makeRktlPlan(w.prisma, {
        provinceId: w.a.province.id,
        trainingId: training.id,
        windowStart: day("2018-02-01"),
        status: "SUBMITTED",
      });
    }
    const filters = (o: Record<string, string>) => planFilters.parse({ provinceId: String(w.a.province.id), ...o });
    const first = await listPlans(w.users.national, filters({}));
    expect(first.total).toBe(await w.prisma.rktlPlan.count({ where: { provinceId: w.a.province.id } }));
    expect(first.rows).toHaveLength(25);
    expect(first.pageCount).toBe(Math.ceil(first.total / 25));
    const pages = [first];
    for (let p = 2; p <= first.pageCount; p++) pages.push(await listPlans(w.users.national, filters({ page: String(p) })));
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(first.total);
    const windows = pages.flatMap((p) => p.rows.map((r) => r.windowStart.getTime()));
    expect(windows).toEqual([...windows].sort((a, b) => b - a));
    // The status filter holds on every page.
    const submitted = await listPlans(w.users.national, filters({ status: "SUBMITTED", page: "2" }));
    expect(submitted.rows.every((r) => r.status === "SUBMITTED")).toBe(true);
    // A page past the end is empty, not an error.
    expect((await listPlans(w.users.national, filters({ page: "99" }))).rows).toEqual([]);
  });
});
