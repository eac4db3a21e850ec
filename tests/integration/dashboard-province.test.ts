// The province dashboard against a real PostgreSQL: every number is the count of
// the records behind it (and of the list it links to), for a coordinator (her
// province) and district staff (her kabupaten); another province never counts.
// The clock is fixed: 22 November 2026, inside an October–March window.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/authz/permissions";
import { provinceDashboard, RECENT_LIMIT } from "@/lib/data/dashboard-province";
import { getPlan } from "@/lib/data/rktl/plans";
import { listKlikSessions } from "@/lib/data/klik";
import { listFpkMeetings } from "@/lib/data/fpk";
import { listKader } from "@/lib/data/kader";
import { listPolicies } from "@/lib/data/policy";
import { klikFilters } from "@/lib/validation/klik";
import { fpkFilters } from "@/lib/validation/fpk";
import { kaderFilters } from "@/lib/validation/kader";
import { policyFilters } from "@/lib/validation/policy";
import { day, makeKader, makeKlikCase, makeKlikSession, makePolicyTarget, makeRktlPlan, makeTraining } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

const NOW = day("2026-11-22");
let w: World;
let planA: Awaited<ReturnType<typeof makeRktlPlan>>;

beforeAll(async () => {
  w = await buildWorld();
  const p = w.prisma;
  const a1 = w.a.kabupaten;
  const a2 = w.a2;
  const b = w.b.kabupaten;
  const training = await makeTraining(p, { title: "Pelatihan Nasional 2026", startDate: day("2026-09-08") });
  const old = await makeTraining(p, { title: "Lokakarya 2017", startDate: day("2017-05-20") });
  const next = await makeTraining(p, { title: "Pelatihan 2027", startDate: day("2027-05-10") });
  // Province A: an old closed plan, the current approved plan, and a draft for a later window.
  await makeRktlPlan(p, {
    provinceId: w.a.province.id,
    trainingId: old.id,
    windowStart: day("2017-06-01"),
    status: "CLOSED",
    targets: [{ kabupatenId: a1.id }],
  });
  await makeRktlPlan(p, {
    provinceId: w.a.province.id,
    trainingId: next.id,
    windowStart: day("2027-06-01"),
    status: "DRAFT",
    targets: [{ kabupatenId: a1.id }],
  });
  planA = await makeRktlPlan(p, {
    provinceId: w.a.province.id,
    trainingId: training.id,
    windowStart: day("2026-10-01"),
    status: "APPROVED",
    targets: [
      { kabupatenId: a1.id, kind: "KLIK_SESSION", quantity: 4, monthOffset: 0, activity: "KLIK di desa A1" }, // Oct, reported
      { kabupatenId: a1.id, kind: "JKN_ENROLMENT", quantity: 10, monthOffset: 1, activity: "JKN A1" }, // Nov: planned now
      { kabupatenId: a2.id, kind: "SOCIALISATION", quantity: 2, monthOffset: 0, activity: "Sosialisasi A2" }, // Oct, not reported
      { kabupatenId: a2.id, kind: "FPK_MEETING", quantity: 1, monthOffset: 3, activity: "FPK A2" }, // Jan
    ],
  });
  const [klikA1] = planA.targets;
  await p.rktlRealisation.create({ data: { targetId: klikA1!.id, month: day("2026-10-01"), achieved: 1 } });
  await p.rktlRealisation.create({ data: { targetId: klikA1!.id, month: day("2026-11-01"), achieved: 2 } });
  // Province B: its own approved plan.
  await makeRktlPlan(p, {
    provinceId: w.b.province.id,
    trainingId: training.id,
    windowStart: day("2026-10-01"),
    status: "APPROVED",
    targets: [{ kabupatenId: b.id }],
  });

  // Kader: one more active and one inactive in A1 (the world has one active per kabupaten).
  await makeKader(p, { serikat: w.serikatA1, desaId: w.a.desa.id }, { fullName: "Inaq Saenah" });
  await p.kader.update({
    where: { id: (await makeKader(p, { serikat: w.serikatA1, desaId: w.a.desa.id }, { fullName: "Papuq Rinah" })).id },
    data: { active: false },
  });

  // KLIK: A1 two sessions in the window and one before it; A2 one; B one.
  const sA1 = await makeKlikSession(p, { kabupaten: a1, desaId: w.a.desa.id, heldOn: day("2026-10-05") });
  const sA1b = await makeKlikSession(p, { kabupaten: a1, desaId: w.a.desa.id, heldOn: day("2026-11-10") });
  const sA1old = await makeKlikSession(p, { kabupaten: a1, desaId: w.a.desa.id, heldOn: day("2026-09-20") });
  const sA2 = await makeKlikSession(p, { kabupaten: a2, desaId: a2.desa.id, heldOn: day("2026-11-01") });
  const sB = await makeKlikSession(p, { kabupaten: b, desaId: w.b.desa.id, heldOn: day("2026-11-02") });
  await makeKlikCase(p, sA1, { desk: "SOCIAL_PROTECTION" });
  await makeKlikCase(p, sA1b, { desk: "SOCIAL_PROTECTION" });
  await makeKlikCase(p, sA1, { desk: "REGISTRATION" });
  for (let i = 0; i < 3; i++) await makeKlikCase(p, sA1, { desk: "VIOLENCE" });
  await makeKlikCase(p, sA1old, { desk: "LEGAL_IDENTITY" });
  for (let i = 0; i < 6; i++) await makeKlikCase(p, sA2, { desk: "VIOLENCE" });
  await makeKlikCase(p, sB, { desk: "LEGAL_IDENTITY" });

  // Policies: A1 identified and enacted, A2 advocacy, B enacted.
  await makePolicyTarget(p, a1, { status: "IDENTIFIED" });
  await makePolicyTarget(p, a1, { status: "ENACTED" });
  await makePolicyTarget(p, a2, { status: "ADVOCACY" });
  await makePolicyTarget(p, b, { status: "ENACTED" });

  // FPK: A1 one in the window and one before; B one.
  await p.fpkMeeting.create({ data: { provinceId: a1.provinceId, kabupatenId: a1.id, heldOn: day("2026-11-12"), agenda: "Rapat FPK A1" } });
  await p.fpkMeeting.create({
    data: { provinceId: a1.provinceId, kabupatenId: a1.id, heldOn: day("2026-05-12"), agenda: "Rapat FPK lama" },
  });
  await p.fpkMeeting.create({ data: { provinceId: b.provinceId, kabupatenId: b.id, heldOn: day("2026-11-12"), agenda: "Rapat FPK B" } });
});

describe("province dashboard", () => {
  it("refuses the national roles and the director", async () => {
    for (const u of [w.users.national, w.users.director, w.users.admin]) {
      await expect(provinceDashboard(u, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("shows the current plan with the plan page's own numbers", async () => {
    const d = await provinceDashboard(w.users.coordA, NOW);
    expect(d.plan?.id).toBe(planA.id);
    const page = await getPlan(w.users.coordA, planA.id, NOW);
    expect(d.plan?.percent).toBe(page!.percent);
    expect(d.plan?.targets.map((t) => [t.id, t.progress])).toEqual(page!.targets.map((t) => [t.id, t.progress]));
    const klik = d.plan!.targets.find((t) => t.activity === "KLIK di desa A1")!;
    expect(klik.progress).toMatchObject({ achieved: 3, quantity: 4, percent: 75, status: "BEHIND" });
  });

  it("lists what is due this month, by the fixed clock", async () => {
    const d = await provinceDashboard(w.users.coordA, NOW);
    // In the plan's order (planned month): October's unreported target, then November's.
    expect(d.due.map((x) => [x.target.activity, x.reason])).toEqual([
      ["Sosialisasi A2", "NOT_REPORTED"],
      ["JKN A1", "PLANNED_THIS_MONTH"],
    ]);
    // In December the KLIK target has its November report; the JKN and socialisation
    // targets have none, and the January FPK target is not due yet.
    const dec = await provinceDashboard(w.users.coordA, day("2026-12-03"));
    expect(dec.due.map((x) => [x.target.activity, x.reason, x.month.toISOString().slice(0, 7)])).toEqual([
      ["Sosialisasi A2", "NOT_REPORTED", "2026-11"],
      ["JKN A1", "NOT_REPORTED", "2026-11"],
    ]);
  });

  it("counts per kabupaten exactly what the linked lists show, within the coordinator's province", async () => {
    const u = w.users.coordA;
    const d = await provinceDashboard(u, NOW);
    expect(d.window).toMatchObject({ fromKey: "2026-10", toKey: "2027-03" });
    expect(d.kabupaten.map((k) => k.id).sort()).toEqual([w.a.kabupaten.id, w.a2.id].sort());
    const a1 = d.kabupaten.find((k) => k.id === w.a.kabupaten.id);
    const a2 = d.kabupaten.find((k) => k.id === w.a2.id);
    expect(a1).toMatchObject({
      activeKader: 2,
      klikSessions: 2,
      klikCases: { REGISTRATION: 1, SOCIAL_PROTECTION: 2, LEGAL_IDENTITY: 0, VIOLENCE: "<5" },
      policies: { IDENTIFIED: 1, ENACTED: 1, ADVOCACY: 0 },
      fpkMeetings: 1,
    });
    // A2's 6 is hidden: the province's total is on the KLIK page, and total − 6 would give A1's "<5" back.
    expect(a2).toMatchObject({
      activeKader: 1,
      klikSessions: 1,
      klikCases: { VIOLENCE: "hidden" },
      policies: { ADVOCACY: 1, ENACTED: 0 },
      fpkMeetings: 0,
    });
    for (const k of d.kabupaten) {
      const q = { kabupatenId: String(k.id), from: d.window.fromKey, to: d.window.toKey };
      const klik = await listKlikSessions(u, klikFilters.parse(q));
      expect(klik.total).toBe(k.klikSessions);
      const { VIOLENCE: violence, ...open } = k.klikCases;
      expect(klik.summary).toMatchObject(open);
      // A coordinator may not open violence cases: her counts are the published cells of a calendar year, and the
      // KLIK list of that kabupaten and year shows the same cell, hidden included (decision 0027); the window's
      // list shows none.
      expect(d.violenceYear).toBe(2026);
      expect(klik.summary.VIOLENCE).toBeNull();
      const yearList = await listKlikSessions(u, klikFilters.parse({ kabupatenId: String(k.id), year: String(d.violenceYear) }));
      expect(yearList.summary.VIOLENCE).toEqual(violence);
      expect((await listFpkMeetings(u, fpkFilters.parse(q))).total).toBe(k.fpkMeetings);
      expect((await listKader(u, kaderFilters.parse({ kabupatenId: String(k.id) }))).total).toBe(k.activeKader);
      for (const [status, n] of Object.entries(k.policies)) {
        expect((await listPolicies(u, policyFilters.parse({ kabupatenId: String(k.id), status }))).total).toBe(n);
      }
    }
  });

  it("narrows everything to district staff's own kabupaten", async () => {
    const d = await provinceDashboard(w.users.staffA1, NOW);
    expect(d.plan?.id).toBe(planA.id);
    expect(d.plan?.narrowed).toBe(true);
    expect(d.plan?.targets.map((t) => t.activity)).toEqual(["KLIK di desa A1", "JKN A1"]);
    expect(d.due.map((x) => x.target.activity)).toEqual(["JKN A1"]);
    expect(d.kabupaten.map((k) => k.id)).toEqual([w.a.kabupaten.id]);
    expect(d.kabupaten[0]).toMatchObject({ activeKader: 2, klikSessions: 2, fpkMeetings: 1 });
    expect(d.recent.sessions.every((s) => s.kabupatenName.endsWith(w.a.kabupaten.name))).toBe(true);
    expect(d.recent.sessions).toHaveLength(3);
  });

  it("shows only the other province's own data to its coordinator", async () => {
    const d = await provinceDashboard(w.users.coordB, NOW);
    expect(d.plan?.provinceId).toBe(w.b.province.id);
    expect(d.kabupaten).toHaveLength(1);
    expect(d.kabupaten[0]).toMatchObject({
      activeKader: 1,
      klikSessions: 1,
      klikCases: { LEGAL_IDENTITY: 1, VIOLENCE: 0 },
      policies: { ENACTED: 1 },
      fpkMeetings: 1,
    });
    expect(d.recent.sessions).toHaveLength(1);
    expect(d.recent.policyChanges.every((c) => c.kabupatenName.endsWith(w.b.kabupaten.name))).toBe(true);
  });

  it("lists the latest KLIK sessions and policy changes in scope, newest first", async () => {
    const d = await provinceDashboard(w.users.coordA, NOW);
    expect(d.recent.sessions.map((s) => s.heldOn.toISOString().slice(0, 10))).toEqual([
      "2026-11-10",
      "2026-11-01",
      "2026-10-05",
      "2026-09-20",
    ]);
    expect(d.recent.sessions[0]!.caseCount).toBe(1);
    const changes = await w.prisma.policyStatusChange.count({ where: { policy: { provinceId: w.a.province.id } } });
    expect(d.recent.policyChanges).toHaveLength(Math.min(RECENT_LIMIT, changes));
    const times = d.recent.policyChanges.map((c) => c.changedAt.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });
});
