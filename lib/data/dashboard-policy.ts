import "server-only";
// The director's policy outputs: written regulations enacted with their
// evidence, against the program target. Aggregated in the database: a fixed
// set of seven queries per page, whatever the number of policies.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaSql, areaWhere, provinceWhere, type ScopedUser } from "@/lib/authz/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { funnel, quarterSeries, targetPercent, WRITTEN_POLICY_INDICATOR, WRITTEN_TYPES } from "@/lib/domain/policy-dashboard";
import { towardWrittenTarget, WRITTEN_ENACTED_SQL, WRITTEN_TYPE_SQL, writtenEnactedIn } from "@/lib/measures/activity";
import { kabupatenLabel } from "./geo";
import { cachedAggregate, scopeKey } from "./cache";
import { EXPORT_BATCH_SIZE, exportPage } from "./export-batch";

/** The enacted list shows the latest few; the rest are one link away (the policy list, same filter). */
export const ENACTED_LIST_LIMIT = 20;

/** ENACTED written regulations (an enacted policy always has its evidence: the CHECK; said again here). */
export function enactedWritten(user: ScopedUser): Prisma.PolicyTargetWhereInput {
  return { AND: [areaWhere(user), writtenEnactedIn(undefined)] };
}

/** What the enacted list shows of a policy (the screen and its export). */
export const ENACTED_SELECT = {
  id: true,
  title: true,
  type: true,
  number: true,
  enactedOn: true,
  evidenceFileId: true,
  kabupaten: { select: { name: true, kind: true, isProgramArea: true } },
  province: { select: { name: true } },
} as const satisfies Prisma.PolicyTargetSelect;

export function enactedRow(p: Prisma.PolicyTargetGetPayload<{ select: typeof ENACTED_SELECT }>) {
  return {
    id: p.id,
    title: p.title,
    type: p.type,
    number: p.number,
    enactedOn: p.enactedOn,
    evidenceFileId: p.evidenceFileId,
    kabupatenName: kabupatenLabel(p.kabupaten),
    isProgramArea: p.kabupaten.isProgramArea,
    provinceName: p.province.name,
  };
}

/** The indicator's period ends on a day (inclusive); the measures take half-open ranges. */
const dayAfter = (d: Date) => new Date(d.getTime() + 86_400_000);

/** Everything the policy dashboard shows, cached at the data epoch (it depends on the scope alone). */
export async function policyDashboard(user: ScopedUser) {
  assertCan(user, "dashboard.policy");
  return cachedAggregate(`dashboard-policy|${scopeKey(user)}`, () => computePolicyDashboard(user));
}

async function computePolicyDashboard(user: ScopedUser) {
  const indicator = await db().programIndicator.findUnique({
    where: { code: WRITTEN_POLICY_INDICATOR },
    select: { name: true, unit: true, target: true, periodStart: true, periodEnd: true },
  });
  const [towardTarget, byType, byProvince, provinces, furthest, quarters, list] = await Promise.all([
    // Toward the target: in the program kabupaten, enacted within the indicator's period.
    db().policyTarget.count({
      where: {
        AND: [
          areaWhere(user),
          towardWrittenTarget(indicator ? { gte: indicator.periodStart, lt: dayAfter(indicator.periodEnd) } : undefined),
        ],
      },
    }),
    db().policyTarget.groupBy({ by: ["type"], where: enactedWritten(user), _count: { _all: true } }),
    db().policyTarget.groupBy({ by: ["provinceId"], where: enactedWritten(user), _count: { _all: true } }),
    db().province.findMany({ where: provinceWhere(user), orderBy: { code: "asc" }, select: { id: true, name: true } }),
    // The furthest pipeline stage each written policy reached, from its history and its status now.
    db().$queryRaw<{ stage: number; n: bigint }[]>`
      WITH reached AS (
        SELECT p.id, coalesce(max(CASE v.s
          WHEN 'IDENTIFIED' THEN 0 WHEN 'ADVOCACY' THEN 1 WHEN 'DRAFTING' THEN 2
          WHEN 'DELIBERATION' THEN 3 WHEN 'ENACTED' THEN 4 END), 0) AS stage
        FROM policy_target p
        LEFT JOIN policy_status_change c ON c.policy_id = p.id
        CROSS JOIN LATERAL (VALUES (p.status), (c.to_status)) AS v(s)
        WHERE ${WRITTEN_TYPE_SQL} AND ${areaSql(user, Prisma.sql`p`)}
        GROUP BY p.id)
      SELECT stage::int AS stage, count(*) AS n FROM reached GROUP BY stage`,
    db().$queryRaw<{ quarter: Date; n: bigint }[]>`
      SELECT date_trunc('quarter', p.enacted_on)::date AS quarter, count(*) AS n
      FROM policy_target p
      WHERE ${WRITTEN_ENACTED_SQL} AND ${areaSql(user, Prisma.sql`p`)}
      GROUP BY 1 ORDER BY 1`,
    db().policyTarget.findMany({
      where: enactedWritten(user),
      orderBy: [{ enactedOn: "desc" }, { id: "desc" }],
      take: ENACTED_LIST_LIMIT,
      select: ENACTED_SELECT,
    }),
  ]);
  const provinceCount = new Map(byProvince.map((r) => [r.provinceId, r._count._all]));
  const typeCount = new Map(byType.map((r) => [r.type, r._count._all]));
  return {
    target: indicator ? { ...indicator, achieved: towardTarget, percent: targetPercent(towardTarget, indicator.target) } : null,
    byType: WRITTEN_TYPES.map((type) => ({ type, n: typeCount.get(type) ?? 0 })),
    /** Every written regulation enacted with evidence in scope; `enacted` holds the latest of them. */
    enactedTotal: byType.reduce((sum, r) => sum + r._count._all, 0),
    byProvince: provinces.map((p) => ({ id: p.id, name: p.name, n: provinceCount.get(p.id) ?? 0 })),
    funnel: funnel(furthest.map((f) => ({ stage: Number(f.stage), n: Number(f.n) }))),
    quarters: quarterSeries(quarters.map((q) => ({ quarter: q.quarter, n: Number(q.n) }))),
    enacted: list.map(enactedRow),
  };
}

// ───────────────────────── Export (decision 0011) ─────────────────────────

/** The director's policy dashboard (its tables: by type, by province, by quarter, the pipeline). */
export async function policyDashboardExport(user: ScopedUser) {
  assertCan(user, "export.data");
  return policyDashboard(user);
}

/**
 * The enacted list in full (the screen shows the latest ENACTED_LIST_LIMIT):
 * every written regulation enacted with evidence in scope, by id cursor.
 */
export async function policyEnactedExportBatch(user: ScopedUser, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "dashboard.policy");
  const rows = await db().policyTarget.findMany({
    where: { AND: [enactedWritten(user), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: ENACTED_SELECT,
  });
  return exportPage(rows.map(enactedRow), take);
}
