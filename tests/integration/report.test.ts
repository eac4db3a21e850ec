// The program report: every number equals a count of the records of a small
// known world for the chosen period, and only the national roles may open it.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/authz/permissions";
import { programReport, type ProgramReport } from "@/lib/data/report";
import { reportParams, resolvePeriod } from "@/lib/validation/report";
import { day, makeKader, makeKlikCase, makeKlikSession, makePolicyTarget, makeRktlPlan, makeTraining } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

let w: World;
let r: ProgramReport;
const year2018 = resolvePeriod(reportParams.parse({ period: "year", year: "2018" }));

const INDICATORS = [
  [1, "D1_WRITTEN_POLICY", 20],
  [1, "D1_BUDGET_WON", 2000],
  [1, "D1_JKN_ENROLLED", 2000],
  [2, "D2_KLIK_SESSIONS", 200],
  [2, "D2_KLIK_CASES", 3000],
  [2, "D2_FPK_MEETINGS", 60],
  [3, "D3_TOT_TRAINED", 60],
  [3, "D3_KADER_TRAINED", 300],
  [3, "D3_RKTL_ACHIEVED", 75],
] as const;

beforeAll(async () => {
  w = await buildWorld();
  const { prisma, a, b } = w;
  await prisma.kabupaten.update({ where: { id: a.kabupaten.id }, data: { isProgramArea: true } });
  await prisma.programIndicator.createMany({
    data: INDICATORS.map(([direction, code, target]) => ({
      direction,
      code,
      name: code,
      unit: "x",
      target,
      periodStart: day("2016-01-01"),
      periodEnd: day("2019-12-31"),
    })),
  });

  // Policies (the factory enacts on 2018-03-01): written in the program kabupaten ×2,
  // an SK there, a Perbup in B (not a program kabupaten), one enacted in 2017, one not enacted.
  await makePolicyTarget(prisma, a.kabupaten, { status: "ENACTED", type: "PERBUP" });
  await makePolicyTarget(prisma, a.kabupaten, { status: "ENACTED", desaId: a.desa.id, budgetAmount: 5_000_000n });
  await makePolicyTarget(prisma, a.kabupaten, { status: "ENACTED", type: "SK" });
  await makePolicyTarget(prisma, b.kabupaten, { status: "ENACTED", type: "PERBUP" });
  const old = await makePolicyTarget(prisma, a.kabupaten, { status: "ENACTED", type: "PERBUP", budgetAmount: 9_000_000n });
  await prisma.policyTarget.update({ where: { id: old.id }, data: { enactedOn: day("2017-12-31") } });
  await makePolicyTarget(prisma, a.kabupaten, { status: "DELIBERATION" });

  // KLIK: two sessions in 2018 (4 open-desk cases, 2 of them JKN enrolment; 2 violence), one in 2017.
  const s1 = await makeKlikSession(prisma, { kabupaten: a.kabupaten, desaId: a.desa.id, heldOn: day("2018-05-01") });
  await makeKlikCase(prisma, s1, { desk: "SOCIAL_PROTECTION" });
  await makeKlikCase(prisma, s1, { desk: "SOCIAL_PROTECTION" });
  await makeKlikCase(prisma, s1, { desk: "REGISTRATION" });
  await makeKlikCase(prisma, s1, { desk: "VIOLENCE" });
  await makeKlikCase(prisma, s1, { desk: "VIOLENCE" });
  const s2 = await makeKlikSession(prisma, { kabupaten: b.kabupaten, desaId: b.desa.id, heldOn: day("2018-06-01") });
  await makeKlikCase(prisma, s2, { desk: "LEGAL_IDENTITY" });
  const s0 = await makeKlikSession(prisma, { kabupaten: a.kabupaten, desaId: a.desa.id, heldOn: day("2017-05-01") });
  await makeKlikCase(prisma, s0, { desk: "SOCIAL_PROTECTION" });

  // FPK: one meeting in 2018, one in 2017.
  for (const heldOn of ["2018-04-04", "2017-04-04"]) {
    await prisma.fpkMeeting.create({
      data: { provinceId: a.province.id, kabupatenId: a.kabupaten.id, heldOn: day(heldOn), agenda: "Forum" },
    });
  }

  // Trainings: a national one in 2018 (ToT graduate k1, implementation k2, facilitator k3),
  // a local re-training of it (k2 again and kaderB), and one in 2017 (k3 as participant).
  const k = async (name: string) => makeKader(prisma, { serikat: w.serikatA1, desaId: a.desa.id }, { fullName: name });
  const [k1, k2, k3] = [await k("Kader Satu"), await k("Kader Dua"), await k("Kader Tiga")];
  const national = await makeTraining(prisma, { level: "NATIONAL", startDate: day("2018-02-10") });
  const [tot, impl] = [national.classes[0]!, national.classes[1]!];
  await prisma.participation.createMany({
    data: [
      { classId: tot.id, kaderId: k1.id, role: "PARTICIPANT", completed: true },
      { classId: tot.id, kaderId: w.kaderA2.id, role: "PARTICIPANT", completed: false },
      { classId: impl.id, kaderId: k2.id, role: "PARTICIPANT", completed: true },
      { classId: impl.id, kaderId: k3.id, role: "FACILITATOR", completed: true },
    ],
  });
  const local = await makeTraining(prisma, {
    level: "LOCAL",
    provinceId: a.province.id,
    kabupatenId: a.kabupaten.id,
    parentTrainingId: national.id,
    startDate: day("2018-08-01"),
    classKinds: ["IMPLEMENTATION"],
  });
  await prisma.participation.createMany({
    data: [
      { classId: local.classes[0]!.id, kaderId: k2.id, role: "PARTICIPANT", completed: true },
      { classId: local.classes[0]!.id, kaderId: w.kaderB.id, role: "PARTICIPANT", completed: true },
    ],
  });
  const earlier = await makeTraining(prisma, { level: "NATIONAL", startDate: day("2017-07-10") });
  await prisma.participation.create({ data: { classId: earlier.classes[0]!.id, kaderId: k3.id, role: "PARTICIPANT", completed: true } });

  // RKTL: province A submitted a plan for Jan–Jun 2018 (targets 4 and 2; realised 2 and 3 → 50 % and 100 % → 75 %);
  // B's draft plan and B's plan of 2016 do not count.
  const planA = await makeRktlPlan(prisma, {
    provinceId: a.province.id,
    trainingId: national.id,
    windowStart: day("2018-01-01"),
    status: "SUBMITTED",
    targets: [
      { kabupatenId: a.kabupaten.id, quantity: 4 },
      { kabupatenId: a.kabupaten.id, quantity: 2, monthOffset: 1 },
    ],
  });
  await prisma.rktlRealisation.createMany({
    data: [
      { targetId: planA.targets[0]!.id, month: day("2018-01-01"), achieved: 1 },
      { targetId: planA.targets[0]!.id, month: day("2018-02-01"), achieved: 1 },
      { targetId: planA.targets[1]!.id, month: day("2018-02-01"), achieved: 3 },
    ],
  });
  const planB = await makeRktlPlan(prisma, {
    provinceId: b.province.id,
    trainingId: national.id,
    windowStart: day("2018-03-01"),
    status: "DRAFT",
    targets: [{ kabupatenId: b.kabupaten.id, quantity: 5 }],
  });
  await prisma.rktlRealisation.create({ data: { targetId: planB.targets[0]!.id, month: day("2018-03-01"), achieved: 5 } });
  await makeRktlPlan(prisma, {
    provinceId: b.province.id,
    trainingId: earlier.id,
    windowStart: day("2016-01-01"),
    status: "APPROVED",
    targets: [{ kabupatenId: b.kabupaten.id, quantity: 5 }],
  });

  r = await programReport(w.users.national, year2018);
});

describe("program report", () => {
  it("computes each indicator's actual from the records of the period", () => {
    const actual = Object.fromEntries(r.directions.flatMap((d) => d.indicators.map((i) => [i.code, i.actual])));
    expect(actual).toEqual({
      D1_WRITTEN_POLICY: 2,
      D1_BUDGET_WON: 5,
      D1_JKN_ENROLLED: 2,
      D2_KLIK_SESSIONS: 2,
      D2_KLIK_CASES: 4,
      D2_FPK_MEETINGS: 1,
      D3_TOT_TRAINED: 1,
      D3_KADER_TRAINED: 4,
      D3_RKTL_ACHIEVED: 75,
    });
    expect(r.directions.map((d) => d.indicators.length)).toEqual([3, 3, 3]);
    const written = r.directions[0]!.indicators[0]!;
    expect(written).toMatchObject({ target: 20, percent: 10 });
  });

  it("counts the training cascade", () => {
    expect(r.training).toEqual({
      trainings: 2,
      byLevel: { NATIONAL: 1, PROVINCIAL: 0, LOCAL: 1 },
      retrainings: 1,
      participants: 4,
      tot: 1,
      reached: 2,
    });
  });

  it("shows RKTL realisation per province with the RKTL rule, KLIK per desk with violence <5, and policies enacted", () => {
    expect(r.rktl.provinces).toEqual([{ provinceId: w.a.province.id, provinceName: "Provinsi A", targets: 2, met: 1, percent: 75 }]);
    expect(r.rktl).toMatchObject({ targets: 2, met: 1, percent: 75 });
    expect(r.klik).toEqual({
      sessions: 2,
      desks: { REGISTRATION: 1, SOCIAL_PROTECTION: 2, LEGAL_IDENTITY: 1, VIOLENCE: "<5" },
      cases: 4,
      violenceSuppressed: true,
      violenceByYear: false,
    });
    expect(r.policies).toEqual({ enacted: 4, written: 2, byType: { PERBUP: 2, PERDES: 1, SK: 1 }, budgetWon: 5_000_000 });
  });

  it("counts a target met only once it is due, as the dashboard and the target list do (decision 0022)", async () => {
    // On 15 February 2018 January's target (2 of 4) is due and behind; February's (3 of 2) is achieved but not yet due.
    const early = await programReport(w.users.national, year2018, day("2018-02-15"));
    expect(early.rktl).toMatchObject({ targets: 2, met: 0, percent: 75 });
    const later = await programReport(w.users.national, year2018, day("2018-03-15"));
    expect(later.rktl).toMatchObject({ targets: 2, met: 1, percent: 75 });
  });

  it("takes the targets planned in the period, as the dashboard and the target list do, not every target of an overlapping window (decision 0022)", async () => {
    const fromFebruary = await programReport(
      w.users.national,
      resolvePeriod(reportParams.parse({ period: "custom", from: "2018-02-01", to: "2018-12-31" })),
    );
    expect(fromFebruary.rktl).toMatchObject({ targets: 1, met: 1, percent: 100 });
  });

  it("follows the chosen period: a 6-month window and a custom range", async () => {
    const window = await programReport(w.users.director, resolvePeriod(reportParams.parse({ period: "window", start: "2018-01" })));
    expect(window.klik.sessions).toBe(2);
    expect(window.training.trainings).toBe(1); // the local re-training is in August
    const custom = await programReport(
      w.users.admin,
      resolvePeriod(reportParams.parse({ period: "custom", from: "2017-01-01", to: "2017-12-31" })),
    );
    expect(custom.klik.sessions).toBe(1);
    expect(custom.policies.enacted).toBe(1);
    expect(custom.policies.budgetWon).toBe(9_000_000);
    expect(custom.training.participants).toBe(1);
  });

  it("gives the violence desk only for a calendar year to users who may not open its cases, and leaves it out of the total otherwise", async () => {
    // The window January–June 2018 holds the same 2 complaints as the year 2018; it is not a calendar year.
    const window = await programReport(w.users.director, resolvePeriod(reportParams.parse({ period: "window", start: "2018-01" })));
    expect(window.klik.desks.VIOLENCE).toBeNull();
    expect(window.klik).toMatchObject({ violenceByYear: true, cases: 4 });
    // 1 January to 31 December as a custom range is the year.
    const asRange = await programReport(
      w.users.director,
      resolvePeriod(reportParams.parse({ period: "custom", from: "2018-01-01", to: "2018-12-31" })),
    );
    expect(asRange.klik).toMatchObject({ desks: { VIOLENCE: "<5" }, cases: 4, violenceByYear: false });
  });

  it("is refused to coordinators and district staff", async () => {
    await expect(programReport(w.users.coordA, year2018)).rejects.toThrow(ForbiddenError);
    await expect(programReport(w.users.staffA1, year2018)).rejects.toThrow(ForbiddenError);
  });
});

describe("report period", () => {
  it("resolves a year, a window and a custom range; anything invalid falls back to the year", () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const p = (o: Record<string, string>) => resolvePeriod(reportParams.parse(o), now);
    expect(p({})).toMatchObject({ kind: "year", fromDay: "2026-01-01", toDay: "2026-12-31" });
    expect(p({ period: "window", start: "2017-06" })).toMatchObject({ kind: "window", fromDay: "2017-06-01", toDay: "2017-11-30" });
    expect(p({ period: "custom", from: "2017-05-20", to: "2017-05-23" })).toMatchObject({
      kind: "custom",
      fromDay: "2017-05-20",
      toDay: "2017-05-23",
    });
    expect(p({ period: "custom", from: "2017-05-23", to: "2017-05-20" })).toMatchObject({ kind: "year" });
    expect(p({ period: "bogus", year: "x" })).toMatchObject({ kind: "year", year: 2026 });
  });
});
