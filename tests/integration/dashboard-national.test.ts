// The national dashboard against the records: every number, followed to the
// list page it links to, is that list's count (same area, period, criterion);
// RKTL numbers equal what the RKTL pages say of each target, and the target
// list their links open counts the same targets.
import { beforeAll, describe, expect, it } from "vitest";
import type { PublishedCount } from "@/lib/domain/violence-publication";
import { dashboardPeriods, nationalDashboard, provinceDashboard, type DashboardRow } from "@/lib/data/dashboard-national";
import { listKader } from "@/lib/data/kader";
import { listTrainings } from "@/lib/data/training/list";
import { klikDeskSummary, listKlikSessions } from "@/lib/data/klik";
import { listPolicies } from "@/lib/data/policy";
import { listSerikat } from "@/lib/data/serikat";
import { serikatFilters } from "@/lib/validation/serikat";
import { getPlan } from "@/lib/data/rktl/plans";
import { listTargets } from "@/lib/data/rktl/targets";
import { ForbiddenError } from "@/lib/authz/permissions";
import { clearAggregateCache } from "@/lib/data/cache";
import { kaderFilters } from "@/lib/validation/kader";
import { trainingFilters } from "@/lib/validation/training";
import { klikFilters } from "@/lib/validation/klik";
import { policyFilters } from "@/lib/validation/policy";
import { targetFilters } from "@/lib/validation/rktl";
import { ALL_MEASURES, measureHref, resolvePeriod, type Measure, type Period } from "@/lib/domain/dashboard";
import {
  addMonths,
  day,
  makeKader,
  makeKlikCase,
  makeKlikSession,
  makePolicyTarget,
  makeRktlPlan,
  makeSerikat,
  makeTraining,
} from "@/prisma/factories";
import type { ScopedUser } from "@/lib/authz/scope";
import { buildKlikWorld, type KlikWorld } from "./klik-world";

const NOW = day("2017-12-15");

let w: KlikWorld;
let plans: number[] = [];

beforeAll(async () => {
  w = await buildKlikWorld();
  const { prisma, a, a2, b } = w;
  // Trainings: a national workshop (no province), a provincial ToT in A (2017) and re-trainings below it.
  const national = await makeTraining(prisma, { startDate: day("2017-05-20") });
  const provA = await makeTraining(prisma, { provinceId: a.province.id, startDate: day("2017-07-10"), parentTrainingId: national.id });
  const localA2 = await makeTraining(prisma, {
    provinceId: a.province.id,
    kabupatenId: a2.id,
    startDate: day("2018-02-01"),
    parentTrainingId: provA.id,
  });
  const localB = await makeTraining(prisma, { provinceId: b.province.id, kabupatenId: b.kabupaten.id, startDate: day("2017-09-01") });
  const extraA1 = await makeKader(prisma, { serikat: w.serikatA1, desaId: a.desa.id }, { active: false });
  const part = (classId: number, kaderId: number, completed: boolean, role: "PARTICIPANT" | "FACILITATOR" = "PARTICIPANT") =>
    prisma.participation.create({ data: { classId, kaderId, completed, role } });
  const [natLead, natImpl] = national.classes;
  await part(natLead!.id, w.kaderA1.id, true);
  await part(natImpl!.id, w.kaderA1.id, true); // same kader in both classes: counted once per kind
  await part(natLead!.id, w.kaderB.id, false); // not completed: not counted
  await part(natImpl!.id, extraA1.id, true); // inactive kader still counts (the link asks status=all)
  await part(provA.classes[0]!.id, w.kaderA2.id, true);
  await part(provA.classes[1]!.id, extraA1.id, true);
  await part(provA.classes[0]!.id, w.kaderA1.id, true, "FACILITATOR"); // facilitators are not "reached"
  // A facilitator who "completed" the class she taught is not trained by it (decision 0022).
  const facilitatorA1 = await makeKader(prisma, { serikat: w.serikatA1, desaId: a.desa.id });
  await part(provA.classes[0]!.id, facilitatorA1.id, true, "FACILITATOR");
  await part(localA2.classes[1]!.id, w.kaderA2.id, false);
  await part(localB.classes[1]!.id, w.kaderB.id, true);

  // RKTL: A's plan approved, window June–Nov 2017; at NOW (Dec 2017) every month has ended:
  // met (5/4), behind (2/4), off track (1/4), off track (0/4). A draft plan is ignored.
  const planA = await makeRktlPlan(prisma, {
    provinceId: a.province.id,
    trainingId: national.id,
    windowStart: day("2017-06-01"),
    status: "APPROVED",
    targets: [
      { kabupatenId: a.kabupaten.id, quantity: 4, monthOffset: 0 },
      { kabupatenId: a.kabupaten.id, quantity: 4, monthOffset: 1 },
      { kabupatenId: a2.id, quantity: 4, monthOffset: 2 },
      { kabupatenId: a2.id, quantity: 4, monthOffset: 5 },
    ],
  });
  const [t1, t2, t3] = planA.targets;
  await prisma.rktlRealisation.createMany({
    data: [
      { targetId: t1!.id, month: day("2017-06-01"), achieved: 3 },
      { targetId: t1!.id, month: day("2017-07-01"), achieved: 2 },
      { targetId: t2!.id, month: day("2017-07-01"), achieved: 2 },
      { targetId: t3!.id, month: day("2017-08-01"), achieved: 1 },
    ],
  });
  const planB = await makeRktlPlan(prisma, {
    provinceId: b.province.id,
    trainingId: national.id,
    windowStart: day("2017-06-01"),
    status: "DRAFT",
    targets: [{ kabupatenId: b.kabupaten.id }],
  });
  plans = [planA.id, planB.id];

  // More KLIK in 2017 (the world has 2025/2026 sessions): B gets 2 violence complaints.
  const s = await makeKlikSession(prisma, { kabupaten: b.kabupaten, desaId: b.desa.id, heldOn: day("2017-08-12") });
  await makeKlikCase(prisma, s, { desk: "VIOLENCE" });
  await makeKlikCase(prisma, s, { desk: "VIOLENCE" });
  await makeKlikCase(prisma, s, { desk: "REGISTRATION" });

  // Policies: every status in A1, two enacted in B (enactedOn 2018-03-01 by the factory).
  for (const status of ["IDENTIFIED", "ADVOCACY", "DRAFTING", "DELIBERATION", "ENACTED", "DROPPED"] as const) {
    await makePolicyTarget(prisma, a.kabupaten, { status });
  }
  await makePolicyTarget(prisma, b.kabupaten, { status: "ENACTED" });
  await makePolicyTarget(prisma, b.kabupaten, { status: "ENACTED" });
  await makePolicyTarget(prisma, a2, { status: "ADVOCACY" });
});

/** What the list page behind a number counts. */
async function listCount(
  user: ScopedUser & { canViewViolenceDetails: boolean; canExportViolenceDetails: boolean },
  m: Measure,
  href: string,
): Promise<PublishedCount> {
  const [path, qs] = href.split("?") as [string, string];
  const p = Object.fromEntries(new URLSearchParams(qs));
  if (path === "/kader") return (await listKader(user, kaderFilters.parse(p))).total;
  if (path === "/pelatihan") return (await listTrainings(user, trainingFilters.parse(p))).total;
  if (path === "/kebijakan") return (await listPolicies(user, policyFilters.parse(p))).total;
  if (path === "/serikat") return (await listSerikat(user, serikatFilters.parse(p))).members.members;
  if (path === "/rktl/target") {
    const list = await listTargets(user, targetFilters.parse(p), NOW);
    return m === "rktlPercent" ? list.percent : list.total;
  }
  if (path === "/klik") {
    const f = klikFilters.parse(p);
    if (m === "klikSessions") return (await listKlikSessions(user, f)).total;
    const desk = {
      casesRegistration: "REGISTRATION",
      casesSocialProtection: "SOCIAL_PROTECTION",
      casesLegalIdentity: "LEGAL_IDENTITY",
      casesViolence: "VIOLENCE",
    } as const;
    return (await klikDeskSummary(user, f))[desk[m as keyof typeof desk]];
  }
  throw new Error(`no list for ${href}`);
}

async function expectRowsMatchLists(
  user: KlikWorld["users"]["national"],
  rows: DashboardRow[],
  areaOf: (r: DashboardRow) => { provinceId: number } | { provinceId: number; kabupatenId: number },
  period: Period,
) {
  for (const r of rows) {
    for (const m of ALL_MEASURES) {
      const href = measureHref(m, areaOf(r), period);
      const listed = await listCount(user, m, href);
      const shown = m === "casesViolence" ? r.casesViolence : r.values[m as Exclude<Measure, "casesViolence">];
      // A hidden cell protects a line; with the grant the list behind it may show its number, without it the list
      // shows the same published cell (decision 0027).
      if (shown === "hidden" && user.canViewViolenceDetails)
        expect(typeof listed === "number" || listed === "<5", `${r.name} ${m}`).toBe(true);
      else expect(shown, `${r.name} ${m} (${href})`).toEqual(listed);
    }
  }
}

/** RKTL per province, target by target, as the RKTL pages compute it. */
async function rktlByProvince(user: ScopedUser, period: Period) {
  const out = new Map<number, { set: number; met: number; behind: number; ratios: number[] }>();
  for (const id of plans) {
    const plan = await getPlan(user, id, NOW);
    if (!plan || plan.status === "DRAFT") continue;
    const e = out.get(plan.provinceId) ?? { set: 0, met: 0, behind: 0, ratios: [] };
    for (const t of plan.targets) {
      const iso = t.plannedMonth.toISOString().slice(0, 10);
      if ((period.from && iso < period.from) || (period.to && iso > period.to)) continue;
      e.set += 1;
      if (t.progress.status === "ON_TRACK") e.met += 1;
      if (t.progress.status === "BEHIND" || t.progress.status === "OFF_TRACK") e.behind += 1;
      e.ratios.push(Math.min(1, t.progress.achieved / t.quantity));
    }
    out.set(plan.provinceId, e);
  }
  return out;
}

describe("national dashboard", () => {
  for (const period of [
    resolvePeriod({}),
    resolvePeriod({ period: "2017" }),
    resolvePeriod({ period: "w2017-06" }),
    resolvePeriod({ period: "custom", from: "2017-07-01", to: "2018-12-31" }),
  ]) {
    it(`equals the record lists for every province and every role allowed (period ${period.key || "all"})`, async () => {
      for (const user of [w.users.national, w.users.director, w.users.admin]) {
        const { rows } = await nationalDashboard(user, period, NOW);
        expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining([w.a.province.id, w.b.province.id]));
        await expectRowsMatchLists(user, rows, (r) => ({ provinceId: r.id }), period);
      }
    });

    it(`equals the record lists for every kabupaten of a province (period ${period.key || "all"})`, async () => {
      const d = (await provinceDashboard(w.users.national, w.a.province.id, period, NOW))!;
      expect(d.rows.map((r) => r.id).sort()).toEqual([w.a.kabupaten.id, w.a2.id].sort());
      await expectRowsMatchLists(w.users.national, d.rows, (r) => ({ provinceId: w.a.province.id, kabupatenId: r.id }), period);
    });

    it(`counts RKTL targets met and behind as the RKTL pages do (period ${period.key || "all"})`, async () => {
      const { rows } = await nationalDashboard(w.users.national, period, NOW);
      const expected = await rktlByProvince(w.users.national, period);
      for (const r of rows) {
        const e = expected.get(r.id) ?? { set: 0, met: 0, behind: 0, ratios: [] };
        expect([r.values.rktlSet, r.values.rktlMet, r.values.rktlBehind], r.name).toEqual([e.set, e.met, e.behind]);
        const pct = e.ratios.length ? Math.round((e.ratios.reduce((s, x) => s + x, 0) / e.ratios.length) * 100) : 0;
        expect(r.values.rktlPercent).toBe(pct);
      }
    });
  }

  it("knows the hand-counted numbers of the small world", async () => {
    const { rows } = await nationalDashboard(w.users.national, resolvePeriod({ period: "2017" }), NOW);
    const a = rows.find((r) => r.id === w.a.province.id)!;
    const b = rows.find((r) => r.id === w.b.province.id)!;
    expect(a.values).toMatchObject({ trainings: 1, retrainings: 1, kaderLeadership: 2, kaderImplementation: 2, reached: 2 });
    expect(a.values).toMatchObject({ rktlSet: 4, rktlMet: 1, rktlBehind: 3, rktlPercent: Math.round(((1 + 0.5 + 0.25 + 0) / 4) * 100) });
    expect(b.values).toMatchObject({ trainings: 1, retrainings: 0, kaderLeadership: 0, kaderImplementation: 1, reached: 0, rktlSet: 0 });
    expect(a.values).toMatchObject({ policyIdentified: 1, policyEnacted: 1, policyAdvocacy: 2, enactedInPeriod: 0 });
    expect(b.values).toMatchObject({ policyEnacted: 2, enactedInPeriod: 0, klikSessions: 1, casesRegistration: 1 });
    // B's 2 violence complaints are "<5"; A has none in 2017.
    expect(b.casesViolence).toBe("<5");
    const all = await nationalDashboard(w.users.national, resolvePeriod({}), NOW);
    expect(all.rows.find((r) => r.id === w.b.province.id)!.values.enactedInPeriod).toBe(2);
  });

  it("protects small violence counts: <5, and another cell hidden so it cannot be worked out", async () => {
    const all = await nationalDashboard(w.users.nationalGranted, resolvePeriod({}), NOW);
    // A: 3 + 5 = 8 complaints; B: 1 + 2 = 3 → "<5", so A is hidden as well.
    expect(all.rows.find((r) => r.id === w.b.province.id)!.casesViolence).toBe("<5");
    expect(all.rows.find((r) => r.id === w.a.province.id)!.casesViolence).toBe("hidden");
    const d = (await provinceDashboard(w.users.nationalGranted, w.a.province.id, resolvePeriod({}), NOW))!;
    // A1: 3 → "<5"; A2: 5 → hidden (the province's count is known elsewhere).
    expect(d.rows.find((r) => r.id === w.a.kabupaten.id)!.casesViolence).toBe("<5");
    expect(d.rows.find((r) => r.id === w.a2.id)!.casesViolence).toBe("hidden");
    // Nothing of the raw count leaks into the row.
    expect(JSON.stringify(d.rows)).not.toMatch(/casesViolence":\s*[1-4][,}]/);
  });

  it("gives national staff without the grant violence counts for a calendar year only, the same cells as the KLIK list", async () => {
    const user = w.users.national;
    // Not a calendar year: no count, for the provinces and for a province's kabupaten.
    for (const period of [
      resolvePeriod({}),
      resolvePeriod({ period: "w2026-06" }),
      resolvePeriod({ period: "custom", from: "2026-01-01", to: "2026-11-30" }),
    ]) {
      const all = await nationalDashboard(user, period, NOW);
      expect(all.violenceByYear).toBe(true);
      expect(all.rows.every((r) => r.casesViolence === null)).toBe(true);
      const d = (await provinceDashboard(user, w.a.province.id, period, NOW))!;
      expect(d.rows.every((r) => r.casesViolence === null)).toBe(true);
    }
    // 2026: A has 3 + 5 = 8 (shown), A1's 3 is "<5" and A2's 5 hidden; the KLIK list of A2 for 2026 shows it hidden
    // too, so the province's 8 minus it gives nothing back (before, the list showed 5).
    const year = resolvePeriod({ period: "2026" });
    const all = await nationalDashboard(user, year, NOW);
    expect(all.rows.find((r) => r.id === w.a.province.id)!.casesViolence).toBe(8);
    const d = (await provinceDashboard(user, w.a.province.id, year, NOW))!;
    expect(d.rows.find((r) => r.id === w.a.kabupaten.id)!.casesViolence).toBe("<5");
    expect(d.rows.find((r) => r.id === w.a2.id)!.casesViolence).toBe("hidden");
    expect((await klikDeskSummary(user, klikFilters.parse({ year: "2026", kabupatenId: String(w.a2.id) }))).VIOLENCE).toBe("hidden");
    expect(
      (await klikDeskSummary(user, klikFilters.parse({ from: "2026-01-01", to: "2026-12-31", kabupatenId: String(w.a2.id) }))).VIOLENCE,
    ).toBe("hidden");
    expect(
      (await klikDeskSummary(user, klikFilters.parse({ year: "2026", month: "9", kabupatenId: String(w.a2.id) }))).VIOLENCE,
    ).toBeNull();
    await expectRowsMatchLists(user, d.rows, (r) => ({ provinceId: w.a.province.id, kabupatenId: r.id }), year);
  });

  it("refuses coordinators and district staff", async () => {
    for (const user of [w.users.coordA, w.users.staffA1]) {
      await expect(nationalDashboard(user, resolvePeriod({}))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(provinceDashboard(user, w.a.province.id, resolvePeriod({}))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(dashboardPeriods(user)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("answers null for an unknown province", async () => {
    expect(await provinceDashboard(w.users.national, 999_999, resolvePeriod({}))).toBeNull();
  });

  it("offers the RKTL windows present in the data", async () => {
    const p = await dashboardPeriods(w.users.national);
    expect(p.windows).toEqual(["2017-06"]);
    expect(p.years).toContain(2017);
  });

  it("lists the targets behind the RKTL numbers in the user's scope, with their progress", async () => {
    const all = await listTargets(w.users.national, targetFilters.parse({}), NOW);
    // Plan A's four targets; B's draft plan is not listed.
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => r.progress.status).sort()).toEqual(["BEHIND", "OFF_TRACK", "OFF_TRACK", "ON_TRACK"]);
    expect((await listTargets(w.users.national, targetFilters.parse({ status: "met" }), NOW)).rows.map((r) => r.progress.status)).toEqual([
      "ON_TRACK",
    ]);
    // Earlier, nothing was due yet: neither met nor behind.
    const june = day("2017-06-15");
    expect((await listTargets(w.users.national, targetFilters.parse({ status: "met" }), june)).total).toBe(0);
    expect((await listTargets(w.users.national, targetFilters.parse({ status: "behind" }), june)).total).toBe(0);
    // A coordinator sees her province's targets; asking for another province finds nothing.
    expect((await listTargets(w.users.coordA, targetFilters.parse({}), NOW)).total).toBe(4);
    expect((await listTargets(w.users.coordA, targetFilters.parse({ provinceId: String(w.b.province.id) }), NOW)).total).toBe(0);
    expect((await listTargets(w.users.staffA1, targetFilters.parse({ kabupatenId: String(w.a2.id) }), NOW)).total).toBe(2);
  });

  it("runs the target list in two queries however many targets there are", async () => {
    const { db } = await import("@/lib/db/client");
    const client = db() as unknown as Record<string, (...a: unknown[]) => unknown>;
    const orig = client.$queryRaw!;
    let n = 0;
    client.$queryRaw = (...a: unknown[]) => {
      n++;
      return orig.apply(client, a);
    };
    try {
      const first = await listTargets(w.users.national, targetFilters.parse({}), NOW);
      expect(n).toBe(2);
      // B already has a plan for the national workshop: this one follows B's own training.
      const trainingB = await w.prisma.training.findFirstOrThrow({ where: { provinceId: w.b.province.id } });
      await makeRktlPlan(w.prisma, {
        provinceId: w.b.province.id,
        trainingId: trainingB.id,
        windowStart: day("2017-06-01"),
        status: "SUBMITTED",
        targets: Array.from({ length: 30 }, () => ({ kabupatenId: w.b.kabupaten.id })),
      });
      n = 0;
      const more = await listTargets(w.users.national, targetFilters.parse({ page: "2" }), NOW);
      expect(n).toBe(2);
      expect(more.total).toBe(first.total + 30);
      expect(more.rows.length).toBe(more.total - 25);
      expect(more.pageCount).toBe(2);
    } finally {
      client.$queryRaw = orig;
    }
  });

  it("issues the same number of queries however much data there is", async () => {
    const { db } = await import("@/lib/db/client");
    const client = db() as unknown as { $queryRaw: (...a: unknown[]) => unknown };
    const count = async (fn: () => Promise<unknown>) => {
      let n = 0;
      const spy = (target: object, name: string) => {
        const orig = (target as Record<string, (...a: unknown[]) => unknown>)[name]!;
        (target as Record<string, unknown>)[name] = (...a: unknown[]) => {
          n++;
          return orig.apply(target, a);
        };
        return () => ((target as Record<string, unknown>)[name] = orig);
      };
      const c = db();
      const undo = [
        spy(client, "$queryRaw"),
        spy(c.klikSession, "groupBy"),
        spy(c.klikCase, "groupBy"),
        spy(c.policyTarget, "groupBy"),
        spy(c.province, "findMany"),
        spy(c.province, "findFirst"),
        spy(c.kabupaten, "findMany"),
      ];
      try {
        await fn();
      } finally {
        undo.forEach((u) => u());
      }
      return n;
    };
    // Cold: the aggregates are computed (lib/data/cache.ts would otherwise answer from memory).
    const cold = (fn: () => Promise<unknown>) => {
      clearAggregateCache();
      return count(fn);
    };
    const before = await cold(() => nationalDashboard(w.users.national, resolvePeriod({}), NOW));
    const beforeProvince = await cold(() => provinceDashboard(w.users.national, w.a.province.id, resolvePeriod({}), NOW));
    // Grow the data: more sessions, cases, policies, kader in training.
    for (let i = 0; i < 5; i++) {
      const s = await makeKlikSession(w.prisma, { kabupaten: w.a2, desaId: w.a2.desa.id, heldOn: addMonths(day("2017-01-01"), i) });
      await makeKlikCase(w.prisma, s, { desk: "LEGAL_IDENTITY" });
      await makePolicyTarget(w.prisma, w.a2, { status: "DRAFTING" });
      const serikat = await makeSerikat(w.prisma, w.a2, { name: `Serikat tambahan ${i}` });
      await w.prisma.serikatMembership.create({ data: { serikatId: serikat.id, recordedOn: day("2017-01-01"), memberCount: 10 + i } });
    }
    expect(await cold(() => nationalDashboard(w.users.national, resolvePeriod({}), NOW))).toBe(before);
    expect(await cold(() => provinceDashboard(w.users.national, w.a.province.id, resolvePeriod({}), NOW))).toBe(beforeProvince);
    // The provinces and the eight aggregates, plus the data epoch read by each
    // of the two cached parts (a page render reads it once: React's cache()).
    expect(before).toBe(11);
    // Loaded again with no write in between: the data epoch only.
    await nationalDashboard(w.users.national, resolvePeriod({}), NOW);
    expect(await count(() => nationalDashboard(w.users.national, resolvePeriod({}), NOW))).toBe(2);
  });

  it("leaves out a period of years no filter names (the day after 9999-12-31 is no timestamp the database takes)", async () => {
    for (const period of [resolvePeriod({ period: "custom", from: "2017-01-01", to: "9999-12-31" }), resolvePeriod({ period: "9999" })]) {
      expect(period.to).toBeNull();
      const { rows } = await nationalDashboard(w.users.national, period, NOW);
      expect(rows.length).toBeGreaterThan(0);
      expect((await provinceDashboard(w.users.national, w.a.province.id, period, NOW))!.rows.length).toBeGreaterThan(0);
    }
  });
});
