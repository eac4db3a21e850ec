import "server-only";
// RKTL follow-up plans: a province's six-month plan after a training, its
// targets, the national review and the monthly realisation. See
// docs/decisions/0008-rktl-plans.md for the rules. This module: the plan
// list, one plan with its targets' progress, and the plan's own writes
// (create, submit, approve, return, close). Targets: targets.ts; monthly
// realisation: realisation.ts; the counts suggested for it: suggestions.ts.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { scopeOf, type ScopedUser } from "@/lib/authz/scope";
import type { Prisma, RktlStatus, RktlTargetKind } from "@/lib/generated/prisma/client";
import { addMonthsUtc, monthKey, planPercent, targetProgress, windowMonthList, type TargetProgress } from "@/lib/domain/rktl-progress";
import { planInput, reviewInput, type PlanFilters } from "@/lib/validation/rktl";
import { recordAudit } from "../audit";
import { fail, failField, isUniqueViolation, ok, parse, STALE, type Result } from "../result";
import { kabupatenLabel } from "../geo";
import { NOT_FOUND, planWhere, RKTL_PAGE_SIZE, TARGET_FIELDS, versionOf, type Tx } from "./shared";

// ───────────────────────── Reading ─────────────────────────

export function planListWhere(user: ScopedUser, f: PlanFilters): Prisma.RktlPlanWhereInput {
  return { AND: [planWhere(user), f.provinceId ? { provinceId: f.provinceId } : {}, f.status ? { status: f.status } : {}] };
}

/** One page of the plans in scope (a national list has every province's plans of every window). */
export async function listPlans(user: ScopedUser, f: PlanFilters) {
  assertCan(user, "rktl.read");
  const where = planListWhere(user, f);
  const [rows, total] = await Promise.all([
    db().rktlPlan.findMany({
      where,
      orderBy: [{ windowStart: "desc" }, { province: { name: "asc" } }, { id: "asc" }],
      skip: (f.page - 1) * RKTL_PAGE_SIZE,
      take: RKTL_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        windowStart: true,
        windowEnd: true,
        province: { select: { name: true } },
        training: { select: { title: true } },
        targets: { select: { id: true, quantity: true } },
      },
    }),
    db().rktlPlan.count({ where }),
  ]);
  // Sum the realisations in the database: a national list at scale has tens of
  // thousands of them (docs/decisions/0012-benchmark.md).
  const sums = rows.length
    ? await db().rktlRealisation.groupBy({
        by: ["targetId"],
        where: { target: { planId: { in: rows.map((p) => p.id) } } },
        _sum: { achieved: true },
      })
    : [];
  const achievedOf = new Map(sums.map((s) => [s.targetId, s._sum.achieved ?? 0]));
  return {
    rows: rows.map((p) => {
      const targets = p.targets.map((t) => ({ quantity: t.quantity, achieved: achievedOf.get(t.id) ?? 0 }));
      return {
        id: p.id,
        status: p.status,
        windowStart: p.windowStart,
        windowEnd: p.windowEnd,
        provinceName: p.province.name,
        trainingTitle: p.training.title,
        targetCount: targets.length,
        percent: planPercent(targets),
      };
    }),
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / RKTL_PAGE_SIZE)),
  };
}

export type PlanTarget = {
  id: number;
  activity: string;
  kind: RktlTargetKind;
  quantity: number;
  unit: string;
  kabupatenId: number;
  kabupatenName: string;
  responsible: string;
  plannedMonth: Date;
  version: number;
  /** Achieved per month key ("2026-10"). */
  byMonth: Record<string, number>;
  progress: TargetProgress;
};

/** A plan in scope with its targets and their progress at `now`; null when outside scope or unknown. */
export async function getPlan(user: ScopedUser, id: number, now: Date = new Date()) {
  assertCan(user, "rktl.read");
  const p = await db().rktlPlan.findFirst({
    where: { AND: [planWhere(user), { id }] },
    select: {
      id: true,
      provinceId: true,
      status: true,
      windowStart: true,
      windowEnd: true,
      reviewComment: true,
      submittedAt: true,
      approvedAt: true,
      version: true,
      updatedAt: true,
      province: { select: { name: true } },
      training: { select: { id: true, title: true, startDate: true } },
      approvedBy: { select: { name: true } },
      targets: {
        orderBy: [{ plannedMonth: "asc" }, { id: "asc" }],
        select: {
          ...TARGET_FIELDS,
          version: true,
          realisations: { select: { month: true, achieved: true } },
        },
      },
    },
  });
  if (!p) return null;
  const targets: PlanTarget[] = p.targets.map((t) => {
    const byMonth: Record<string, number> = {};
    let achieved = 0;
    for (const r of t.realisations) {
      byMonth[monthKey(r.month)] = r.achieved;
      achieved += r.achieved;
    }
    return {
      id: t.id,
      activity: t.activity,
      kind: t.kind,
      quantity: t.quantity,
      unit: t.unit,
      kabupatenId: t.kabupatenId,
      kabupatenName: kabupatenLabel(t.kabupaten),
      responsible: t.responsible,
      plannedMonth: t.plannedMonth,
      version: t.version,
      byMonth,
      progress: targetProgress(t, achieved, now),
    };
  });
  return {
    ...p,
    targets,
    months: windowMonthList(p.windowStart),
    percent: planPercent(targets.map((t) => ({ quantity: t.quantity, achieved: t.progress.achieved }))),
  };
}

export type Plan = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

/**
 * Trainings a coordinator may plan for: national ones and her province's own,
 * newest first; the default is the latest national one.
 */
export async function planTrainingOptions(user: ScopedUser) {
  assertCan(user, "rktl.plan");
  const s = scopeOf(user);
  const rows = await db().training.findMany({
    where: { OR: [{ level: "NATIONAL" }, ...(s.kind === "national" ? [] : [{ provinceId: s.provinceId }])] },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    select: { id: true, title: true, level: true, startDate: true },
  });
  return { trainings: rows, defaultId: rows.find((r) => r.level === "NATIONAL")?.id };
}

/** Kabupaten of the plan's province, for the target form. */
export async function planKabupatenOptions(user: ScopedUser, planId: number) {
  assertCan(user, "rktl.read");
  const plan = await db().rktlPlan.findFirst({ where: { AND: [planWhere(user), { id: planId }] }, select: { provinceId: true } });
  if (!plan) return [];
  const rows = await db().kabupaten.findMany({
    where: { provinceId: plan.provinceId },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, kind: true, province: { select: { name: true } } },
  });
  return rows.map((k) => ({ id: k.id, code: k.code, label: kabupatenLabel(k), provinceName: k.province.name }));
}

// ───────────────────────── Plan writes ─────────────────────────

export async function createPlan(user: ScopedUser, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "rktl.plan");
  const s = scopeOf(user);
  if (s.kind !== "province") return failField("_form", "validation.forbidden");
  const p = parse(planInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const training = await db().training.findFirst({
    where: { id: p.data.trainingId, OR: [{ level: "NATIONAL" }, { provinceId: s.provinceId }] },
    select: { id: true },
  });
  if (!training) return failField("trainingId", "validation.outOfScope");
  try {
    const plan = await db().$transaction(async (tx) => {
      const created = await tx.rktlPlan.create({
        data: {
          provinceId: s.provinceId,
          trainingId: training.id,
          windowStart: p.data.windowStart,
          windowEnd: addMonthsUtc(p.data.windowStart, 5),
          status: "DRAFT",
        },
      });
      await recordAudit(tx, { userId: user.id, action: "create", entity: "rktl_plan", entityId: created.id, after: created });
      return created;
    });
    return ok({ id: plan.id });
  } catch (e) {
    if (isUniqueViolation(e)) return failField("trainingId", "rktl.validation.duplicatePlan");
    throw e;
  }
}

/**
 * Moves a plan from one status to the next, checking scope, the expected
 * status and the version the user saw.
 */
async function transition(
  user: ScopedUser,
  id: number,
  raw: unknown,
  o: {
    action: string;
    from: RktlStatus;
    wrongStatus: string;
    data: Prisma.RktlPlanUncheckedUpdateManyInput;
    check?: (tx: Tx) => Promise<Result<null> | null>;
  },
): Promise<Result<{ id: number }>> {
  const version = versionOf(raw);
  if (version === null) return STALE;
  const before = await db().rktlPlan.findFirst({ where: { AND: [planWhere(user), { id }] } });
  if (!before) return NOT_FOUND;
  if (before.status !== o.from) return failField("_form", o.wrongStatus);
  return db().$transaction(async (tx) => {
    const problem = o.check ? await o.check(tx) : null;
    if (problem && !problem.ok) return problem;
    const n = await tx.rktlPlan.updateMany({
      where: { AND: [planWhere(user), { id, version, status: o.from }] },
      data: { ...o.data, version: { increment: 1 } },
    });
    if (n.count === 0) return STALE;
    const after = await tx.rktlPlan.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { userId: user.id, action: o.action, entity: "rktl_plan", entityId: id, before, after });
    return ok({ id });
  });
}

/** DRAFT → SUBMITTED; needs at least one target. */
export async function submitPlan(user: ScopedUser, id: number, raw: unknown) {
  assertCan(user, "rktl.plan");
  return transition(user, id, raw, {
    action: "submit",
    from: "DRAFT",
    wrongStatus: "rktl.validation.notDraft",
    data: { status: "SUBMITTED", submittedAt: new Date() },
    check: async (tx) =>
      (await tx.rktlTarget.count({ where: { planId: id } })) === 0 ? failField("_form", "rktl.validation.noTargets") : null,
  });
}

/** SUBMITTED → APPROVED, by national staff. */
export async function approvePlan(user: ScopedUser, id: number, raw: unknown) {
  assertCan(user, "rktl.review");
  return transition(user, id, raw, {
    action: "approve",
    from: "SUBMITTED",
    wrongStatus: "rktl.validation.notSubmitted",
    data: { status: "APPROVED", approvedAt: new Date(), approvedById: user.id, reviewComment: null },
  });
}

/** SUBMITTED → DRAFT with a comment the coordinator sees, by national staff. */
export async function returnPlan(user: ScopedUser, id: number, raw: unknown) {
  assertCan(user, "rktl.review");
  const p = parse(reviewInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  return transition(user, id, raw, {
    action: "return",
    from: "SUBMITTED",
    wrongStatus: "rktl.validation.notSubmitted",
    data: { status: "DRAFT", reviewComment: p.data.comment, submittedAt: null },
  });
}

/** APPROVED → CLOSED, by national staff: realisation reporting ends. */
export async function closePlan(user: ScopedUser, id: number, raw: unknown) {
  assertCan(user, "rktl.review");
  return transition(user, id, raw, {
    action: "close",
    from: "APPROVED",
    wrongStatus: "rktl.validation.notApproved",
    data: { status: "CLOSED" },
  });
}
