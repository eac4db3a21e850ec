import "server-only";
// The program report (/laporan): one period, the three program directions with
// their indicators, the training cascade, RKTL realisation per province, KLIK
// totals per desk and the policies enacted. Every number is an aggregate the
// database computes; the report runs a fixed number of queries (12) whatever
// the period or the size of the data. How each indicator's actual is counted:
// docs/decisions/0011-exports-and-program-report.md.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { planPercent } from "@/lib/domain/rktl-progress";
import { WRITTEN_TYPES } from "@/lib/domain/policy-dashboard";
import type { KlikDesk, PolicyType, TrainingLevel } from "@/lib/generated/prisma/enums";
import type { ReportPeriod } from "@/lib/validation/report";
import { protectLineWithTotal } from "@/lib/domain/suppression";

export type IndicatorRow = {
  code: string;
  direction: number;
  name: string;
  unit: string;
  target: number;
  /** null when the report has no rule for this indicator's code. */
  actual: number | null;
  /** actual ÷ target in whole percent (may exceed 100). */
  percent: number | null;
};

export async function programReport(user: ScopedUser, period: ReportPeriod) {
  assertCan(user, "report.program");
  const { from, to } = period;
  const inPeriod = { gte: from, lt: to };
  const enacted = { status: "ENACTED" as const, enactedOn: inPeriod };
  const [
    indicators,
    writtenPolicies,
    budget,
    policiesByType,
    klikSessions,
    casesByDesk,
    jknCases,
    fpkMeetings,
    trainingsByLevel,
    retrainings,
    cascade,
    rktlTargets,
  ] = await Promise.all([
    db().programIndicator.findMany({ orderBy: [{ direction: "asc" }, { id: "asc" }] }),
    db().policyTarget.count({
      where: { ...enacted, type: { in: [...WRITTEN_TYPES] }, evidenceFileId: { not: null }, kabupaten: { isProgramArea: true } },
    }),
    db().policyTarget.aggregate({ where: enacted, _sum: { budgetAmount: true } }),
    db().policyTarget.groupBy({ by: ["type"], where: enacted, _count: { _all: true } }),
    db().klikSession.count({ where: { heldOn: inPeriod } }),
    db().klikCase.groupBy({ by: ["desk"], where: { session: { heldOn: inPeriod } }, _count: { _all: true } }),
    db().klikCase.count({ where: { issueType: "JKN_ENROLMENT", session: { heldOn: inPeriod } } }),
    db().fpkMeeting.count({ where: { heldOn: inPeriod } }),
    db().training.groupBy({ by: ["level"], where: { startDate: inPeriod }, _count: { _all: true } }),
    db().training.count({ where: { startDate: inPeriod, parentTrainingId: { not: null } } }),
    db().$queryRaw<{ participants: number; tot: number; reached: number }[]>`
      SELECT
        COUNT(DISTINCT p.kader_id)::int AS participants,
        COUNT(DISTINCT p.kader_id) FILTER (WHERE c.kind = 'LEADERSHIP_TOT' AND p.completed)::int AS tot,
        COUNT(DISTINCT p.kader_id) FILTER (WHERE t.parent_training_id IS NOT NULL)::int AS reached
      FROM participation p
      JOIN training_class c ON c.id = p.class_id
      JOIN training t ON t.id = c.training_id
      WHERE p.role = 'PARTICIPANT' AND t.start_date >= ${from} AND t.start_date < ${to}`,
    // Per target: its quantity and everything realised (summed in the database).
    db().$queryRaw<{ provinceId: number; provinceName: string; quantity: number; achieved: number }[]>`
      SELECT pr.id AS "provinceId", pr.name AS "provinceName", t.quantity, COALESCE(SUM(r.achieved), 0)::int AS achieved
      FROM rktl_target t
      JOIN rktl_plan pl ON pl.id = t.plan_id
      JOIN province pr ON pr.id = pl.province_id
      LEFT JOIN rktl_realisation r ON r.target_id = t.id
      WHERE pl.status <> 'DRAFT' AND pl.window_start < ${to} AND pl.window_end >= ${from}
      GROUP BY pr.id, pr.name, t.id
      ORDER BY pr.name`,
  ]);

  // KLIK: the violence desk below 5 is "<5" here too, and then it is left out of
  // the case total (otherwise total − open desks would reveal it): the one rule
  // of lib/domain/suppression.ts for a line shown with its total.
  const perDesk = { REGISTRATION: 0, SOCIAL_PROTECTION: 0, LEGAL_IDENTITY: 0, VIOLENCE: 0 } satisfies Record<KlikDesk, number>;
  for (const c of casesByDesk) perDesk[c.desk] += c._count._all;
  const line = protectLineWithTotal(perDesk, ["VIOLENCE"]);
  const klik = { sessions: klikSessions, desks: line.cells, cases: line.total, violenceSuppressed: line.suppressed };

  // RKTL: % realised per province, with the rule of lib/domain/rktl-progress.ts.
  const byProvince = new Map<number, { provinceId: number; provinceName: string; targets: { quantity: number; achieved: number }[] }>();
  for (const r of rktlTargets) {
    const p = byProvince.get(r.provinceId) ?? { provinceId: r.provinceId, provinceName: r.provinceName, targets: [] };
    p.targets.push({ quantity: r.quantity, achieved: r.achieved });
    byProvince.set(r.provinceId, p);
  }
  const rktlProvinces = [...byProvince.values()].map((p) => ({
    provinceId: p.provinceId,
    provinceName: p.provinceName,
    targets: p.targets.length,
    met: p.targets.filter((t) => t.achieved >= t.quantity).length,
    percent: planPercent(p.targets),
  }));
  const rktl = {
    provinces: rktlProvinces,
    targets: rktlTargets.length,
    met: rktlTargets.filter((t) => t.achieved >= t.quantity).length,
    percent: planPercent(rktlTargets),
  };

  const c = cascade[0] ?? { participants: 0, tot: 0, reached: 0 };
  const levels = { NATIONAL: 0, PROVINCIAL: 0, LOCAL: 0 } as Record<TrainingLevel, number>;
  for (const t of trainingsByLevel) levels[t.level] = t._count._all;
  const training = {
    trainings: Object.values(levels).reduce((a, b) => a + b, 0),
    byLevel: levels,
    retrainings,
    participants: c.participants,
    tot: c.tot,
    reached: c.reached,
  };

  const policyTypes = Object.fromEntries(policiesByType.map((p) => [p.type, p._count._all])) as Partial<Record<PolicyType, number>>;
  const budgetWon = Number(budget._sum.budgetAmount ?? 0);
  const policies = {
    enacted: policiesByType.reduce((s, p) => s + p._count._all, 0),
    written: writtenPolicies,
    byType: policyTypes,
    budgetWon,
  };

  const actuals: Record<string, number> = {
    D1_WRITTEN_POLICY: writtenPolicies,
    D1_BUDGET_WON: Math.round(budgetWon / 1_000_000),
    D1_JKN_ENROLLED: jknCases,
    D2_KLIK_SESSIONS: klikSessions,
    D2_KLIK_CASES: klik.cases,
    D2_FPK_MEETINGS: fpkMeetings,
    D3_TOT_TRAINED: c.tot,
    D3_KADER_TRAINED: c.participants,
    D3_RKTL_ACHIEVED: rktl.percent,
  };
  const rows: IndicatorRow[] = indicators.map((i) => {
    const actual = Object.hasOwn(actuals, i.code) ? actuals[i.code]! : null;
    return {
      code: i.code,
      direction: i.direction,
      name: i.name,
      unit: i.unit,
      target: i.target,
      actual,
      percent: actual === null || i.target <= 0 ? null : Math.round((actual / i.target) * 100),
    };
  });
  const directions = [1, 2, 3].map((d) => ({ direction: d, indicators: rows.filter((r) => r.direction === d) }));

  const programPeriod = indicators[0] ? { from: indicators[0].periodStart, to: indicators[0].periodEnd } : null;
  return { period, programPeriod, directions, training, rktl, klik, policies };
}

export type ProgramReport = Awaited<ReturnType<typeof programReport>>;

