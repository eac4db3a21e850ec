import "server-only";
// RKTL targets: every plan's targets in one list (/rktl/target) by area,
// period and progress, the target writes of a draft plan, and the exports of
// targets with what was realised (the RKTL list's and the target list's).
// See docs/decisions/0008-rktl-plans.md.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaSql, type ScopedUser } from "@/lib/authz/scope";
import { Prisma, type RktlStatus, type RktlTargetKind } from "@/lib/generated/prisma/client";
import { targetProgress, windowMonthList } from "@/lib/domain/rktl-progress";
import {
  percentRealised,
  RKTL_TARGET_FROM,
  TARGET_COUNTED,
  targetBehind,
  targetMeasureColumns,
  targetMet,
  targetPlannedIn,
  type TargetMeasureRow,
} from "@/lib/measures/rktl-targets";
import { targetInput, type PlanFilters, type TargetFilters, type TargetInput } from "@/lib/validation/rktl";
import { dayRange } from "@/lib/validation/common";
import { recordAudit } from "../audit";
import { fail, failField, ok, parse, STALE, type Result } from "../result";
import { kabupatenLabel } from "../geo";
import { EXPORT_BATCH_SIZE, exportPage } from "../export-batch";
import { inTx } from "../transaction";
import { NOT_FOUND, planWhere, RKTL_PAGE_SIZE, TARGET_FIELDS, versionOf, type Tx } from "./shared";
import { planListWhere } from "./plans";

const TARGETS_FIXED = failField("_form", "rktl.validation.targetsFixed");

/**
 * The condition of the target list, in SQL over RKTL_TARGET_FROM: targets that
 * count (lib/measures/rktl-targets.ts) in scope, in the area, planned in the
 * period, and — for met / behind — met or behind at `now` by the measure's own
 * fragment. The national dashboard and the program report count with the same
 * fragments (decision 0022).
 */
function targetListSql(user: ScopedUser, f: TargetFilters, now: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [TARGET_COUNTED, targetPlannedIn(dayRange(f.from, f.to))];
  // A plan belongs to its province: district staff see the province's targets (planWhere).
  parts.push(areaSql(user, Prisma.sql`pl`, Prisma.sql`pl`, "province"));
  if (f.provinceId) parts.push(Prisma.sql`pl.province_id = ${f.provinceId}`);
  if (f.kabupatenId) parts.push(Prisma.sql`rt.kabupaten_id = ${f.kabupatenId}`);
  if (f.status === "met") parts.push(targetMet(now));
  if (f.status === "behind") parts.push(targetBehind(now));
  return Prisma.join(parts, " AND ");
}

const TARGET_FROM = RKTL_TARGET_FROM;

/** Ids of the target list's targets after `after`, in id order (its export reads them in batches). */
export async function targetListIds(
  user: ScopedUser,
  f: TargetFilters,
  after: number,
  take: number,
  now: Date = new Date(),
): Promise<number[]> {
  assertCan(user, "rktl.read");
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT rt.id ${TARGET_FROM}
    WHERE ${targetListSql(user, f, now)} AND rt.id > ${after}
    ORDER BY rt.id LIMIT ${take}`;
  return rows.map((r) => r.id);
}

/**
 * One page of RKTL targets across plans (the national dashboard's RKTL
 * numbers open it), with their progress at `now`, the total and the mean %
 * realised (each target capped at 100 %, as a plan's). Two queries, whatever
 * the page or the data.
 */
export async function listTargets(user: ScopedUser, f: TargetFilters, now: Date = new Date()) {
  assertCan(user, "rktl.read");
  const where = targetListSql(user, f, now);
  const [rows, [summary]] = await Promise.all([
    db().$queryRaw<
      {
        id: number;
        plan_id: number;
        plan_status: RktlStatus;
        activity: string;
        kind: RktlTargetKind;
        quantity: number;
        unit: string;
        planned_month: Date;
        kabupaten_name: string;
        kabupaten_kind: "KABUPATEN" | "KOTA";
        province_name: string;
        achieved: number;
      }[]
    >`
      SELECT rt.id, rt.plan_id, pl.status AS plan_status, rt.activity, rt.kind, rt.quantity, rt.unit, rt.planned_month,
             kb.name AS kabupaten_name, kb.kind AS kabupaten_kind, pv.name AS province_name, coalesce(r.achieved, 0) AS achieved
      ${TARGET_FROM}
      JOIN kabupaten kb ON kb.id = rt.kabupaten_id
      JOIN province pv ON pv.id = pl.province_id
      WHERE ${where}
      ORDER BY rt.planned_month DESC, pv.name, kb.name, rt.id
      LIMIT ${RKTL_PAGE_SIZE} OFFSET ${(f.page - 1) * RKTL_PAGE_SIZE}`,
    db().$queryRaw<TargetMeasureRow[]>`
      SELECT ${targetMeasureColumns(now)}
      ${TARGET_FROM}
      WHERE ${where}`,
  ]);
  const total = summary?.targets ?? 0;
  return {
    rows: rows.map((t) => ({
      id: t.id,
      planId: t.plan_id,
      planStatus: t.plan_status,
      activity: t.activity,
      kind: t.kind,
      quantity: t.quantity,
      unit: t.unit,
      plannedMonth: t.planned_month,
      kabupatenName: kabupatenLabel({ name: t.kabupaten_name, kind: t.kabupaten_kind }),
      provinceName: t.province_name,
      progress: targetProgress({ quantity: t.quantity, plannedMonth: t.planned_month }, t.achieved, now),
    })),
    total,
    /** Mean achieved ÷ quantity, each capped at 100 %, in whole percent (the dashboard's % realisation). */
    percent: summary ? percentRealised(summary) : 0,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / RKTL_PAGE_SIZE)),
  };
}

// ───────────────────────── Targets ─────────────────────────

/**
 * The rule for where a target may sit in its plan: its kabupaten in the plan's
 * province (`kabupatenIds`), its month inside the plan's window. Pure: the form
 * checks one target with it, the import a whole sheet against one lookup.
 */
export function targetFits(plan: { windowStart: Date }, kabupatenIds: Set<number>, input: TargetInput): Result<null> {
  if (!kabupatenIds.has(input.kabupatenId)) return failField("kabupatenId", "validation.outOfScope");
  const month = new Date(input.plannedMonth).getTime();
  if (!windowMonthList(plan.windowStart).some((m) => m.getTime() === month))
    return failField("plannedMonth", "rktl.validation.monthOutsideWindow");
  return ok(null);
}

/** Checks a target against its plan (targetFits, with the one kabupaten looked up). */
async function checkTarget(plan: { provinceId: number; windowStart: Date }, input: TargetInput): Promise<Result<null>> {
  const kab = await db().kabupaten.findFirst({ where: { id: input.kabupatenId, provinceId: plan.provinceId }, select: { id: true } });
  return targetFits(plan, new Set(kab ? [kab.id] : []), input);
}

export function targetData(input: TargetInput) {
  return {
    activity: input.activity,
    kind: input.kind,
    quantity: input.quantity,
    unit: input.unit,
    kabupatenId: input.kabupatenId,
    responsible: input.responsible,
    plannedMonth: input.plannedMonth,
  };
}

/**
 * Inside a target write: bumps the plan's version only while it is still a
 * draft, so a target can never change once the plan was submitted (and a
 * reviewer who loaded the plan before the change gets "changed meanwhile").
 */
export async function lockDraft(tx: Tx, planId: number): Promise<boolean> {
  const n = await tx.rktlPlan.updateMany({ where: { id: planId, status: "DRAFT" }, data: { version: { increment: 1 } } });
  return n.count === 1;
}

export async function addTarget(user: ScopedUser, planId: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "rktl.plan");
  const plan = await db().rktlPlan.findFirst({ where: { AND: [planWhere(user), { id: planId }] } });
  if (!plan) return NOT_FOUND;
  if (plan.status !== "DRAFT") return TARGETS_FIXED;
  const p = parse(targetInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const c = await checkTarget(plan, p.data);
  if (!c.ok) return c;
  return inTx(async (tx) => {
    if (!(await lockDraft(tx, planId))) return TARGETS_FIXED;
    const t = await tx.rktlTarget.create({ data: { planId, ...targetData(p.data) } });
    await recordAudit(tx, { userId: user.id, action: "create", entity: "rktl_target", entityId: t.id, after: t });
    return ok({ id: t.id });
  });
}

async function targetInScope(user: ScopedUser, targetId: number) {
  return db().rktlTarget.findFirst({
    where: { id: targetId, plan: planWhere(user) },
    include: { plan: { select: { id: true, provinceId: true, windowStart: true, status: true } } },
  });
}

export async function updateTarget(user: ScopedUser, targetId: number, raw: unknown): Promise<Result<{ id: number; planId: number }>> {
  assertCan(user, "rktl.plan");
  const before = await targetInScope(user, targetId);
  if (!before) return NOT_FOUND;
  if (before.plan.status !== "DRAFT") return TARGETS_FIXED;
  const p = parse(targetInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const version = versionOf(raw);
  if (version === null) return STALE;
  const c = await checkTarget(before.plan, p.data);
  if (!c.ok) return c;
  const { plan: _plan, ...beforeRow } = before;
  return inTx(async (tx) => {
    if (!(await lockDraft(tx, before.planId))) return TARGETS_FIXED;
    const n = await tx.rktlTarget.updateMany({
      where: { id: targetId, version },
      data: { ...targetData(p.data), version: { increment: 1 } },
    });
    if (n.count === 0) return STALE;
    const after = await tx.rktlTarget.findUniqueOrThrow({ where: { id: targetId } });
    await recordAudit(tx, { userId: user.id, action: "update", entity: "rktl_target", entityId: targetId, before: beforeRow, after });
    return ok({ id: targetId, planId: before.planId });
  });
}

export async function deleteTarget(user: ScopedUser, targetId: number, raw: unknown): Promise<Result<{ planId: number }>> {
  assertCan(user, "rktl.plan");
  const before = await targetInScope(user, targetId);
  if (!before) return NOT_FOUND;
  if (before.plan.status !== "DRAFT") return TARGETS_FIXED;
  const version = versionOf(raw);
  if (version === null) return STALE;
  const { plan: _plan, ...beforeRow } = before;
  return inTx(async (tx) => {
    if (!(await lockDraft(tx, before.planId))) return TARGETS_FIXED;
    const n = await tx.rktlTarget.deleteMany({ where: { id: targetId, version } });
    if (n.count === 0) return STALE;
    await recordAudit(tx, { userId: user.id, action: "delete", entity: "rktl_target", entityId: targetId, before: beforeRow });
    return ok({ planId: before.planId });
  });
}

// ───────────────────────── Exports ─────────────────────────

/** The targets of the plans the RKTL list shows, each with what was realised and its progress (rktl-progress). */
export async function rktlTargetExportBatch(user: ScopedUser, f: PlanFilters, after = 0, take = EXPORT_BATCH_SIZE, now = new Date()) {
  assertCan(user, "export.data");
  assertCan(user, "rktl.read");
  return targetExportRows({ AND: [{ plan: planListWhere(user, f) }, { id: { gt: after } }] }, take, now);
}

/** The target list (/rktl/target) with its own filters: its ids in scope, then the same rows as above. */
export async function rktlTargetListExportBatch(user: ScopedUser, f: TargetFilters, after = 0, take = EXPORT_BATCH_SIZE, now = new Date()) {
  assertCan(user, "export.data");
  const ids = await targetListIds(user, f, after, take, now);
  return targetExportRows({ id: { in: ids } }, take, now);
}

async function targetExportRows(where: Prisma.RktlTargetWhereInput, take: number, now: Date) {
  const rows = await db().rktlTarget.findMany({
    where,
    orderBy: { id: "asc" },
    take,
    select: {
      ...TARGET_FIELDS,
      plan: {
        select: { id: true, status: true, windowStart: true, province: { select: { name: true } }, training: { select: { title: true } } },
      },
    },
  });
  const sums = rows.length
    ? await db().rktlRealisation.groupBy({ by: ["targetId"], where: { targetId: { in: rows.map((r) => r.id) } }, _sum: { achieved: true } })
    : [];
  const achieved = new Map(sums.map((s) => [s.targetId, s._sum.achieved ?? 0]));
  return exportPage(
    rows.map((t) => {
      const progress = targetProgress(t, achieved.get(t.id) ?? 0, now);
      return {
        id: t.id,
        planId: t.plan.id,
        provinceName: t.plan.province.name,
        trainingTitle: t.plan.training.title,
        windowStart: t.plan.windowStart,
        planStatus: t.plan.status,
        activity: t.activity,
        kind: t.kind,
        quantity: t.quantity,
        unit: t.unit,
        kabupatenName: kabupatenLabel(t.kabupaten),
        responsible: t.responsible,
        plannedMonth: t.plannedMonth,
        achieved: progress.achieved,
        percent: progress.percent,
      };
    }),
    take,
  );
}
