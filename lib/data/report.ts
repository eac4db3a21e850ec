import "server-only";
// The program report (/laporan): one period, the three program directions with
// their indicators, the training cascade, RKTL realisation per province, KLIK
// totals per desk and the policies enacted. Every number is an aggregate the
// database computes; the report runs a fixed number of queries (12) whatever
// the period or the size of the data. How each indicator's actual is counted:
// docs/decisions/0011-exports-and-program-report.md.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import {
  casesHeldIn,
  enactedIn,
  fpkHeldIn,
  JKN_ENROLMENT,
  KADER_REACHED_SQL,
  kaderTrainedSql,
  RETRAINING,
  sessionsHeldIn,
  towardWrittenTarget,
} from "@/lib/measures/activity";
import {
  percentRealised,
  RKTL_TARGET_FROM,
  TARGET_COUNTED,
  targetMeasureColumns,
  targetPlannedIn,
  type TargetMeasureRow,
} from "@/lib/measures/rktl-targets";
import type { KlikDesk, PolicyType, TrainingLevel } from "@/lib/generated/prisma/enums";
import type { ReportPeriod } from "@/lib/validation/report";
import { protectLineWithTotal } from "@/lib/domain/suppression";
import { calendarYearOf, type PublishedCount } from "@/lib/domain/violence-publication";
import { countsFromPublishedTable, publishedViolence, type CountingUser } from "./violence-counts";

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

export async function programReport(user: CountingUser, period: ReportPeriod, now: Date = new Date()) {
  assertCan(user, "report.program");
  const { from, to } = period;
  const inPeriod = { gte: from, lt: to };
  const enacted = enactedIn(inPeriod);
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
    db().policyTarget.count({ where: towardWrittenTarget(inPeriod) }),
    db().policyTarget.aggregate({ where: enacted, _sum: { budgetAmount: true } }),
    db().policyTarget.groupBy({ by: ["type"], where: enacted, _count: { _all: true } }),
    db().klikSession.count({ where: sessionsHeldIn(inPeriod) }),
    db().klikCase.groupBy({ by: ["desk"], where: casesHeldIn(inPeriod), _count: { _all: true } }),
    db().klikCase.count({ where: { AND: [JKN_ENROLMENT, casesHeldIn(inPeriod)] } }),
    db().fpkMeeting.count({ where: fpkHeldIn(inPeriod) }),
    db().training.groupBy({ by: ["level"], where: { startDate: inPeriod }, _count: { _all: true } }),
    db().training.count({ where: { AND: [{ startDate: inPeriod }, RETRAINING] } }),
    db().$queryRaw<{ participants: number; tot: number; reached: number }[]>`
      SELECT
        COUNT(DISTINCT p.kader_id)::int AS participants,
        COUNT(DISTINCT p.kader_id) FILTER (WHERE ${kaderTrainedSql("LEADERSHIP_TOT")})::int AS tot,
        COUNT(DISTINCT p.kader_id) FILTER (WHERE ${KADER_REACHED_SQL})::int AS reached
      FROM participation p
      JOIN training_class tc ON tc.id = p.class_id
      JOIN training t ON t.id = tc.training_id
      WHERE p.role = 'PARTICIPANT' AND t.start_date >= ${from} AND t.start_date < ${to}`,
    // RKTL per province: the target list's and the national dashboard's own measure (lib/measures/rktl-targets.ts).
    db().$queryRaw<({ provinceId: number; provinceName: string } & TargetMeasureRow)[]>`
      SELECT pr.id AS "provinceId", pr.name AS "provinceName", ${targetMeasureColumns(now)}
      ${RKTL_TARGET_FROM}
      JOIN province pr ON pr.id = pl.province_id
      WHERE ${TARGET_COUNTED} AND ${targetPlannedIn(inPeriod)}
      GROUP BY pr.id, pr.name
      ORDER BY pr.name`,
  ]);

  // KLIK: the violence desk below 5 is "<5" here too, and then it is left out of
  // the case total (otherwise total − open desks would reveal it): the one rule
  // of lib/domain/suppression.ts for a line shown with its total.
  const perDesk = { REGISTRATION: 0, SOCIAL_PROTECTION: 0, LEGAL_IDENTITY: 0, VIOLENCE: 0 } satisfies Record<KlikDesk, number>;
  for (const c of casesByDesk) perDesk[c.desk] += c._count._all;
  const line = protectLineWithTotal(perDesk, ["VIOLENCE"]);
  const klik: {
    sessions: number;
    desks: Record<KlikDesk, PublishedCount>;
    cases: number;
    violenceSuppressed: boolean;
    violenceByYear: boolean;
  } = {
    sessions: klikSessions,
    desks: line.cells,
    cases: line.total,
    violenceSuppressed: line.suppressed,
    violenceByYear: false,
  };
  // Users who may not open violence cases: the published count of a calendar
  // year, and none for another period (decision 0027); left out of the total
  // unless shown as a number.
  if (countsFromPublishedTable(user)) {
    const v = await publishedViolence(user, calendarYearOf({ from: period.fromDay, to: period.toDay }), {});
    const open = perDesk.REGISTRATION + perDesk.SOCIAL_PROTECTION + perDesk.LEGAL_IDENTITY;
    Object.assign(klik, {
      desks: { ...line.cells, VIOLENCE: v },
      cases: open + (typeof v === "number" ? v : 0),
      violenceSuppressed: v === "<5",
      violenceByYear: v === null,
    });
  }

  // RKTL: targets, met and % realised per province and in all.
  const all = rktlTargets.reduce((s, p) => ({ targets: s.targets + p.targets, met: s.met + p.met, ratio: s.ratio + p.ratio }), {
    targets: 0,
    met: 0,
    ratio: 0,
  });
  const rktl = {
    provinces: rktlTargets.map((p) => ({
      provinceId: p.provinceId,
      provinceName: p.provinceName,
      targets: p.targets,
      met: p.met,
      percent: percentRealised(p),
    })),
    targets: all.targets,
    met: all.met,
    percent: percentRealised(all),
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
