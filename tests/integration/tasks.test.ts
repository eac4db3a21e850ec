// "Tugas saya" against a real PostgreSQL (lib/data/tasks.ts): each role's tasks
// come from the records, in her area only, and a task is gone once the work is
// done through the app's own writes. The clock is passed in.
import { beforeEach, describe, expect, it } from "vitest";
import { myTaskCount, myTasks, type Task } from "@/lib/data/tasks";
import { approvePlan, returnPlan, submitPlan } from "@/lib/data/rktl/plans";
import { recordRealisation } from "@/lib/data/rktl/realisation";
import { addKlikFollowUp } from "@/lib/data/klik-cases";
import { day, makeKlikCase, makeKlikSession, makeRktlPlan, makeTraining } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

// Early December 2026: November's realisation is due by 10 December.
const EARLY_DEC = new Date("2026-12-06T03:00:00Z");
const MID_DEC = new Date("2026-12-12T03:00:00Z");

const kinds = (tasks: Task[]) => tasks.map((t) => t.kind);
const of = <K extends Task["kind"]>(tasks: Task[], kind: K) => tasks.filter((t): t is Extract<Task, { kind: K }> => t.kind === kind);
const monthsOf = (tasks: Task[]) =>
  of(tasks, "realisation")
    .map((t) => `${t.activity} ${t.month.toISOString().slice(0, 7)}${t.late ? " late" : ""}`)
    .sort();

async function approvedPlanA(windowStart = day("2026-10-01")) {
  const training = await makeTraining(w.prisma, { startDate: day("2026-09-01") });
  return makeRktlPlan(w.prisma, {
    provinceId: w.a.province.id,
    trainingId: training.id,
    windowStart,
    status: "APPROVED",
    targets: [
      { kabupatenId: w.a.kabupaten.id, quantity: 4, monthOffset: 0, activity: "KLIK Oktober" },
      { kabupatenId: w.a2.id, quantity: 2, monthOffset: 1, activity: "FPK November" },
      { kabupatenId: w.a.kabupaten.id, quantity: 3, monthOffset: 3, activity: "Januari" },
    ],
  });
}

const version = async (planId: number) => String((await w.prisma.rktlPlan.findUniqueOrThrow({ where: { id: planId } })).version);

describe("the coordinator's realisation tasks", () => {
  it("lists each ended month a target owes, and a record makes it disappear", async () => {
    const plan = await approvedPlanA();
    const [oct, nov] = plan.targets;
    const early = await myTasks(w.users.coordA, EARLY_DEC);
    expect(monthsOf(early.tasks)).toEqual(["FPK November 2026-11", "KLIK Oktober 2026-10 late", "KLIK Oktober 2026-11"]);
    const task = of(early.tasks, "realisation").find((t) => t.targetId === nov!.id)!;
    expect(task.href).toBe(`/rktl/${plan.id}/target/${nov!.id}/realisasi?month=2026-11`);
    expect(task.dueOn.toISOString().slice(0, 10)).toBe("2026-12-10");

    // November recorded for the FPK target (behind plan: a reason is needed).
    const r = await recordRealisation(w.users.coordA, nov!.id, { month: "2026-11", achieved: "1", behindReason: "Hujan" }, EARLY_DEC);
    expect(r.ok).toBe(true);
    // October recorded in full for the KLIK target: it is met, November is not owed either.
    expect((await recordRealisation(w.users.coordA, oct!.id, { month: "2026-10", achieved: "4" }, EARLY_DEC)).ok).toBe(true);
    expect(monthsOf((await myTasks(w.users.coordA, EARLY_DEC)).tasks)).toEqual([]);
    expect(await myTaskCount(w.users.coordA, EARLY_DEC)).toBe(0);
  });

  it("are hers only: another province's coordinator and the district staff see none of them", async () => {
    await approvedPlanA();
    expect(of((await myTasks(w.users.coordB, EARLY_DEC)).tasks, "realisation")).toEqual([]);
    expect(of((await myTasks(w.users.staffA1, EARLY_DEC)).tasks, "realisation")).toEqual([]);
    expect(of((await myTasks(w.users.national, EARLY_DEC)).tasks, "realisation")).toEqual([]);
  });

  it("stop once the window is closed for reporting (an old plan never closed owes nothing)", async () => {
    await approvedPlanA(day("2017-06-01"));
    expect((await myTasks(w.users.coordA, EARLY_DEC)).tasks).toEqual([]);
  });
});

describe("plans", () => {
  it("a submitted plan waits for national review; returned, the coordinator sees the comment; sent again, it waits again", async () => {
    const training = await makeTraining(w.prisma, { startDate: day("2026-09-01") });
    const plan = await makeRktlPlan(w.prisma, {
      provinceId: w.a.province.id,
      trainingId: training.id,
      windowStart: day("2027-01-01"),
      targets: [{ kabupatenId: w.a.kabupaten.id }],
    });
    expect(kinds((await myTasks(w.users.coordA, EARLY_DEC)).tasks)).toEqual(["planDraft"]);
    expect((await submitPlan(w.users.coordA, plan.id, { version: await version(plan.id) })).ok).toBe(true);
    expect(kinds((await myTasks(w.users.coordA, EARLY_DEC)).tasks)).toEqual([]);

    const later = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    const review = of((await myTasks(w.users.national, later)).tasks, "review");
    expect(review.map((t) => [t.planId, t.provinceName, t.days])).toEqual([[plan.id, "Provinsi A", 3]]);

    const comment = "Target JKN perlu dirinci per kabupaten.";
    expect((await returnPlan(w.users.national, plan.id, { version: await version(plan.id), comment })).ok).toBe(true);
    expect(of((await myTasks(w.users.national, later)).tasks, "review")).toEqual([]);
    const returned = of((await myTasks(w.users.coordA, EARLY_DEC)).tasks, "planReturned");
    expect(returned.map((t) => [t.href, t.comment])).toEqual([[`/rktl/${plan.id}`, comment]]);
    expect((await myTasks(w.users.coordB, EARLY_DEC)).tasks).toEqual([]);

    expect((await submitPlan(w.users.coordA, plan.id, { version: await version(plan.id) })).ok).toBe(true);
    expect((await approvePlan(w.users.national, plan.id, { version: await version(plan.id) })).ok).toBe(true);
    expect((await myTasks(w.users.national, later)).tasks).toEqual([]);
  });

  it("the next window's plan is due in the window's last months, until a later plan exists", async () => {
    // June–November 2026.
    const first = await approvedPlanA(day("2026-06-01"));
    await w.prisma.rktlRealisation.createMany({
      data: first.targets.flatMap((t) =>
        ["2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"].map((m) => ({
          targetId: t.id,
          month: day(m),
          achieved: t.quantity,
        })),
      ),
      skipDuplicates: true,
    });
    expect(kinds((await myTasks(w.users.coordA, new Date("2026-09-15T00:00:00Z"))).tasks)).toEqual([]);
    const due = of((await myTasks(w.users.coordA, new Date("2026-10-15T00:00:00Z"))).tasks, "nextPlan");
    expect(due.map((t) => [t.href, t.windowEnd.toISOString().slice(0, 7)])).toEqual([["/rktl/baru", "2026-11"]]);
    expect(of((await myTasks(w.users.coordA, EARLY_DEC)).tasks, "nextPlan")).toHaveLength(1);
    expect(of((await myTasks(w.users.coordA, new Date("2027-01-05T00:00:00Z"))).tasks, "nextPlan")).toEqual([]);

    const training = await makeTraining(w.prisma, { startDate: day("2026-11-01") });
    await makeRktlPlan(w.prisma, { provinceId: w.a.province.id, trainingId: training.id, windowStart: day("2026-12-01") });
    expect(kinds((await myTasks(w.users.coordA, EARLY_DEC)).tasks)).toEqual(["planDraft"]);
  });
});

describe("national staff: provinces late with realisation", () => {
  it("a province is late once a month's due day has passed without its record", async () => {
    const plan = await approvedPlanA();
    const [oct, nov] = plan.targets;
    await w.prisma.rktlRealisation.create({ data: { targetId: oct!.id, month: day("2026-10-01"), achieved: 4 } });
    // Early December: November is not due yet, October is recorded.
    expect(of((await myTasks(w.users.national, EARLY_DEC)).tasks, "provinceLate")).toEqual([]);
    const late = of((await myTasks(w.users.national, MID_DEC)).tasks, "provinceLate");
    expect(late.map((t) => [t.provinceName, t.months.map((m) => m.toISOString().slice(0, 7)), t.targets])).toEqual([
      ["Provinsi A", ["2026-11"], 1],
    ]);
    expect(late[0]!.href).toBe(`/rktl?provinceId=${w.a.province.id}&status=APPROVED`);
    expect((await myTasks(w.users.director, MID_DEC)).tasks).toEqual([]);
    await w.prisma.rktlRealisation.create({ data: { targetId: nov!.id, month: day("2026-11-01"), achieved: 1 } });
    expect(of((await myTasks(w.users.national, MID_DEC)).tasks, "provinceLate")).toEqual([]);
  });
});

describe("district staff: KLIK cases due for follow-up", () => {
  it("an open case of her kabupaten is due 14 days after its last news; a follow-up or closing it clears it", async () => {
    const session = await makeKlikSession(w.prisma, { kabupaten: w.a.kabupaten, desaId: w.a.desa.id, heldOn: day("2026-11-01") });
    const recent = await makeKlikSession(w.prisma, { kabupaten: w.a.kabupaten, desaId: w.a.desa.id, heldOn: day("2026-11-30") });
    const elsewhere = await makeKlikSession(w.prisma, { kabupaten: w.a2, desaId: w.a2.desa.id, heldOn: day("2026-11-01") });
    const referred = await makeKlikCase(w.prisma, session, {
      status: "REFERRED",
      referralInstitution: "Dinas Sosial",
      personName: "Ibu Sari",
    });
    const violence = await makeKlikCase(w.prisma, session, { desk: "VIOLENCE", status: "IN_PROGRESS" });
    await makeKlikCase(w.prisma, session, { status: "RESOLVED" });
    const fresh = await makeKlikCase(w.prisma, recent, { status: "RECEIVED" });
    await makeKlikCase(w.prisma, elsewhere, { status: "RECEIVED" });

    const tasks = of((await myTasks(w.users.staffA1, EARLY_DEC)).tasks, "followUp");
    expect(tasks.map((t) => [t.caseId, t.personName, t.referralInstitution, t.dueOn.toISOString().slice(0, 10), t.daysOverdue])).toEqual([
      [referred.id, "Ibu Sari", "Dinas Sosial", "2026-11-15", 21],
      [violence.id, null, null, "2026-11-15", 21],
    ]);
    expect(tasks[0]!.href).toBe(`/klik/kasus/${referred.id}`);
    // Nobody else gets district follow-ups (the coordinator does not record cases).
    expect(of((await myTasks(w.users.coordA, EARLY_DEC)).tasks, "followUp")).toEqual([]);

    const key = crypto.randomUUID();
    const r = await addKlikFollowUp(w.users.staffA1, referred.id, {
      date: "2026-12-05",
      note: "Sudah ke Dinas Sosial",
      idempotencyKey: key,
    });
    expect(r.ok).toBe(true);
    await w.prisma.klikCase.update({ where: { id: violence.id }, data: { status: "CLOSED" } });
    expect(of((await myTasks(w.users.staffA1, EARLY_DEC)).tasks, "followUp")).toEqual([]);
    // Fourteen days after the follow-up it is due again (before the case of 30 November: the most recently due first).
    expect(of((await myTasks(w.users.staffA1, new Date("2026-12-19T03:00:00Z"))).tasks, "followUp").map((t) => t.caseId)).toEqual([
      referred.id,
      fresh.id,
    ]);
  });
});

describe("the director", () => {
  it("has nothing to do but the week's summary; the others get no summary", async () => {
    const before = await myTasks(w.users.director);
    expect(before.tasks).toEqual([]);
    expect(before.summary).toMatchObject({ plansApproved: 0, realisationsRecorded: 0 });
    const plan = await approvedPlanA();
    await w.prisma.rktlPlan.update({ where: { id: plan.id }, data: { approvedAt: new Date() } });
    await w.prisma.rktlRealisation.create({ data: { targetId: plan.targets[0]!.id, month: day("2026-10-01"), achieved: 1 } });
    expect((await myTasks(w.users.director)).summary).toMatchObject({ plansApproved: 1, realisationsRecorded: 1 });
    for (const u of [w.users.national, w.users.coordA, w.users.staffA1]) expect((await myTasks(u)).summary).toBeNull();
  });
});
