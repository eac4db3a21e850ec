// RKTL target measures, defined once in SQL: which targets count, "met",
// "behind" (behind or off track) and "% realised". The target list
// (/rktl/target), the national dashboard and the program report all select
// from RKTL_TARGET_FROM with these fragments, so a dashboard number, the list
// it opens and the report's figure cannot disagree. The same rule in pure
// TypeScript (one target at a time, for the plan page) is
// lib/domain/rktl-progress.ts; tests/integration/measures.test.ts holds the two
// together. Decisions 0008 and 0022.
import { Prisma } from "@/lib/generated/prisma/client";
import { monthOf } from "@/lib/domain/rktl-progress";

/** Targets (rt) with their plan (pl) and everything realised (r.achieved, null when nothing). */
export const RKTL_TARGET_FROM = Prisma.sql`
  FROM rktl_target rt
  JOIN rktl_plan pl ON pl.id = rt.plan_id
  LEFT JOIN (SELECT target_id, sum(achieved)::int AS achieved FROM rktl_realisation GROUP BY target_id) r ON r.target_id = rt.id`;

export const TARGET_ACHIEVED = Prisma.sql`coalesce(r.achieved, 0)`;

/** Targets count once their plan is submitted: a draft's targets are still being written. */
export const TARGET_COUNTED = Prisma.sql`pl.status <> 'DRAFT'`;

/** Targets planned in a period (a half-open range of days): a target belongs to the month it is planned for. */
export function targetPlannedIn(range: { gte?: Date; lt?: Date } | undefined): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (range?.gte) parts.push(Prisma.sql`rt.planned_month >= ${range.gte}`);
  if (range?.lt) parts.push(Prisma.sql`rt.planned_month < ${range.lt}`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/** Due at `now`: its planned month has ended (expectedByNow > 0). */
function targetDue(now: Date): Prisma.Sql {
  return Prisma.sql`rt.planned_month < ${monthOf(now)}`;
}

/** Met (status ON_TRACK): due and achieved ≥ quantity. A target not yet due is neither met nor behind. */
export function targetMet(now: Date): Prisma.Sql {
  return Prisma.sql`(${targetDue(now)} AND ${TARGET_ACHIEVED} >= rt.quantity)`;
}

/** Behind (status BEHIND or OFF_TRACK): due and achieved < quantity. */
export function targetBehind(now: Date): Prisma.Sql {
  return Prisma.sql`(${targetDue(now)} AND ${TARGET_ACHIEVED} < rt.quantity)`;
}

/** One target's share realised, capped at 100 % (units differ, so quantities are never summed). */
const TARGET_RATIO = Prisma.sql`least(1.0, ${TARGET_ACHIEVED}::float8 / rt.quantity)`;

/** The aggregate columns every RKTL figure is read from: targets, met, behind and the summed ratio. */
export function targetMeasureColumns(now: Date): Prisma.Sql {
  return Prisma.sql`count(*)::int AS targets,
    count(*) FILTER (WHERE ${targetMet(now)})::int AS met,
    count(*) FILTER (WHERE ${targetBehind(now)})::int AS behind,
    coalesce(sum(${TARGET_RATIO}), 0)::float8 AS ratio`;
}

export type TargetMeasureRow = { targets: number; met: number; behind: number; ratio: number };

/** % realised of a set of targets: the mean capped ratio in whole percent (planPercent's rule). */
export function percentRealised(m: Pick<TargetMeasureRow, "targets" | "ratio">): number {
  return m.targets ? Math.round((m.ratio / m.targets) * 100) : 0;
}
