import "server-only";
// RKTL follow-up plans: a province's six-month plan after a training, its
// targets, the national review and the monthly realisation. See
// docs/decisions/0008-rktl-plans.md for the rules.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { scopeOf, type ScopedUser } from "@/lib/authz/scope";
import { Prisma, type RktlStatus, type RktlTargetKind } from "@/lib/generated/prisma/client";
import {
  addMonthsUtc,
  monthKey,
  monthOf,
  needsBehindReason,
  planPercent,
  reportableMonths,
  targetProgress,
  windowMonthList,
  type TargetProgress,
} from "@/lib/domain/rktl-progress";
import {
  optionalVersionField,
  planInput,
  realisationInput,
  reviewInput,
  targetInput,
  type PlanFilters,
  type TargetFilters,
  type TargetInput,
} from "@/lib/validation/rktl";
import { dayRange, versionField } from "@/lib/validation/common";
import { recordAudit } from "./audit";
import { fail, failField, isUniqueViolation, ok, parse, STALE, type Result } from "./result";
import { kabupatenLabel } from "./geo";

type Tx = Prisma.TransactionClient;

export const RKTL_PAGE_SIZE = 25;

/**
 * Plans carry only a province: coordinators see their province's plans and
 * district staff their province's plans (read-only); national roles all.
 */
function planWhere(user: ScopedUser): { provinceId?: number } {
  const s = scopeOf(user);
  return s.kind === "national" ? {} : { provinceId: s.provinceId };
}

const NOT_FOUND = failField("_form", "validation.notFound");
const TARGETS_FIXED = failField("_form", "rktl.validation.targetsFixed");

function versionOf(raw: unknown): number | null {
  const v = versionField.safeParse((raw as Record<string, unknown> | null)?.version);
  return v.success ? v.data : null;
}

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

/**
 * The condition of the target list, in SQL on rktl_target rt / rktl_plan pl /
 * achieved totals r: targets of submitted (non-draft) plans in scope, in the
 * area, planned in the period, and — for met / behind — their progress at
 * `now` by the rule of lib/domain/rktl-progress.ts: due once the planned month
 * has ended; met (ON_TRACK) when achieved ≥ quantity, behind (BEHIND or
 * OFF_TRACK) below. The national dashboard counts by the same criterion
 * (decision 0010), and its integration test compares the two.
 */
function targetListSql(user: ScopedUser, f: TargetFilters, now: Date): Prisma.Sql {
  const s = scopeOf(user);
  const range = dayRange(f.from, f.to);
  const due = Prisma.sql`rt.planned_month < ${monthOf(now)}`;
  const achieved = Prisma.sql`coalesce(r.achieved, 0)`;
  const parts: Prisma.Sql[] = [Prisma.sql`pl.status <> 'DRAFT'`];
  if (s.kind !== "national") parts.push(Prisma.sql`pl.province_id = ${s.provinceId}`);
  if (f.provinceId) parts.push(Prisma.sql`pl.province_id = ${f.provinceId}`);
  if (f.kabupatenId) parts.push(Prisma.sql`rt.kabupaten_id = ${f.kabupatenId}`);
  if (range?.gte) parts.push(Prisma.sql`rt.planned_month >= ${range.gte}`);
  if (range?.lt) parts.push(Prisma.sql`rt.planned_month < ${range.lt}`);
  if (f.status === "met") parts.push(Prisma.sql`${due} AND ${achieved} >= rt.quantity`);
  if (f.status === "behind") parts.push(Prisma.sql`${due} AND ${achieved} < rt.quantity`);
  return Prisma.join(parts, " AND ");
}

const TARGET_FROM = Prisma.sql`
  FROM rktl_target rt
  JOIN rktl_plan pl ON pl.id = rt.plan_id
  LEFT JOIN (SELECT target_id, sum(achieved)::int AS achieved FROM rktl_realisation GROUP BY target_id) r ON r.target_id = rt.id`;

/** Ids of the target list's targets after `after`, in id order (its export reads them in batches). */
export async function targetListIds(user: ScopedUser, f: TargetFilters, after: number, take: number, now: Date = new Date()): Promise<number[]> {
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
    db().$queryRaw<{ n: number; ratio: number | null }[]>`
      SELECT count(*)::int AS n, sum(least(1.0, coalesce(r.achieved, 0)::float8 / rt.quantity))::float8 AS ratio
      ${TARGET_FROM}
      WHERE ${where}`,
  ]);
  const total = summary?.n ?? 0;
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
    percent: total ? Math.round(((summary?.ratio ?? 0) / total) * 100) : 0,
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
          id: true,
          activity: true,
          kind: true,
          quantity: true,
          unit: true,
          kabupatenId: true,
          responsible: true,
          plannedMonth: true,
          version: true,
          kabupaten: { select: { name: true, kind: true } },
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
    select: { id: true, name: true, kind: true },
  });
  return rows.map((k) => ({ id: k.id, label: kabupatenLabel(k) }));
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
    check: async (tx) => ((await tx.rktlTarget.count({ where: { planId: id } })) === 0 ? failField("_form", "rktl.validation.noTargets") : null),
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

// ───────────────────────── Targets ─────────────────────────

/**
 * Checks a target's kabupaten (in the plan's province) and month (inside the
 * window) against its plan.
 */
async function checkTarget(plan: { provinceId: number; windowStart: Date }, input: TargetInput): Promise<Result<null>> {
  const kab = await db().kabupaten.findFirst({ where: { id: input.kabupatenId, provinceId: plan.provinceId }, select: { id: true } });
  if (!kab) return failField("kabupatenId", "validation.outOfScope");
  const inWindow = windowMonthList(plan.windowStart).some((m) => m.getTime() === input.plannedMonth.getTime());
  if (!inWindow) return failField("plannedMonth", "rktl.validation.monthOutsideWindow");
  return ok(null);
}

function targetData(input: TargetInput) {
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
async function lockDraft(tx: Tx, planId: number): Promise<boolean> {
  const n = await tx.rktlPlan.updateMany({ where: { id: planId, status: "DRAFT" }, data: { version: { increment: 1 } } });
  return n.count === 1;
}

/** Raised inside a transaction to roll it back with a Result. */
class Refusal extends Error {
  constructor(public readonly result: Result<never>) {
    super("refused");
  }
}

async function inTx<T>(work: (tx: Tx) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db().$transaction(async (tx) => {
      const r = await work(tx);
      if (!r.ok) throw new Refusal(r);
      return r;
    });
  } catch (e) {
    if (e instanceof Refusal) return e.result;
    throw e;
  }
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

// ───────────────────────── Realisation ─────────────────────────

/** Kinds for which the system already counts the activity itself. */
export const SUGGESTED_KINDS = ["KLIK_SESSION", "RETRAINING", "JKN_ENROLMENT", "FPK_MEETING"] as const satisfies readonly RktlTargetKind[];
type SuggestedKind = (typeof SUGGESTED_KINDS)[number];

function isSuggested(kind: RktlTargetKind): kind is SuggestedKind {
  return (SUGGESTED_KINDS as readonly string[]).includes(kind);
}

type CountRow = { kabupaten_id: number | null; month: Date; n: number };

/**
 * What the system itself recorded in a plan's kabupaten during its window, per
 * kind, kabupaten and month: one grouped query per kind (not per target).
 * Key: `${kind}:${kabupatenId}:${YYYY-MM}`. Re-trainings held at province
 * level (no kabupaten) count for every kabupaten of the province.
 */
export async function realisationSuggestions(
  plan: { provinceId: number; windowStart: Date },
  targets: readonly { kind: RktlTargetKind; kabupatenId: number }[],
): Promise<Map<string, number>> {
  const from = plan.windowStart;
  const to = addMonthsUtc(plan.windowStart, 6);
  const kinds = new Set(targets.map((t) => t.kind).filter(isSuggested));
  const kabs = (kind: SuggestedKind) => [...new Set(targets.filter((t) => t.kind === kind).map((t) => t.kabupatenId))];
  const out = new Map<string, number>();
  const put = (kind: SuggestedKind, rows: CountRow[], forKabs: number[]) => {
    for (const r of rows) {
      const targetsKabs = r.kabupaten_id === null ? forKabs : [r.kabupaten_id];
      for (const k of targetsKabs) {
        const key = `${kind}:${k}:${monthKey(monthOf(new Date(r.month)))}`;
        out.set(key, (out.get(key) ?? 0) + Number(r.n));
      }
    }
  };
  const q = db();
  await Promise.all([
    kinds.has("KLIK_SESSION") &&
      q.$queryRaw<CountRow[]>`
        SELECT kabupaten_id, date_trunc('month', held_on)::date AS month, count(*)::int AS n
        FROM klik_session
        WHERE province_id = ${plan.provinceId} AND kabupaten_id = ANY(${kabs("KLIK_SESSION")}::int[])
          AND held_on >= ${from} AND held_on < ${to}
        GROUP BY 1, 2`.then((rows) => put("KLIK_SESSION", rows, [])),
    kinds.has("JKN_ENROLMENT") &&
      q.$queryRaw<CountRow[]>`
        SELECT c.kabupaten_id, date_trunc('month', s.held_on)::date AS month, count(*)::int AS n
        FROM klik_case c JOIN klik_session s ON s.id = c.session_id
        WHERE c.province_id = ${plan.provinceId} AND c.kabupaten_id = ANY(${kabs("JKN_ENROLMENT")}::int[])
          AND c.desk = 'SOCIAL_PROTECTION' AND c.issue_type = 'JKN_ENROLMENT'
          AND s.held_on >= ${from} AND s.held_on < ${to}
        GROUP BY 1, 2`.then((rows) => put("JKN_ENROLMENT", rows, [])),
    kinds.has("FPK_MEETING") &&
      q.$queryRaw<CountRow[]>`
        SELECT kabupaten_id, date_trunc('month', held_on)::date AS month, count(*)::int AS n
        FROM fpk_meeting
        WHERE province_id = ${plan.provinceId} AND kabupaten_id = ANY(${kabs("FPK_MEETING")}::int[])
          AND held_on >= ${from} AND held_on < ${to}
        GROUP BY 1, 2`.then((rows) => put("FPK_MEETING", rows, [])),
    kinds.has("RETRAINING") &&
      q.$queryRaw<CountRow[]>`
        SELECT kabupaten_id, date_trunc('month', start_date)::date AS month, count(*)::int AS n
        FROM training
        WHERE parent_training_id IS NOT NULL AND level IN ('PROVINCIAL', 'LOCAL')
          AND province_id = ${plan.provinceId}
          AND (kabupaten_id IS NULL OR kabupaten_id = ANY(${kabs("RETRAINING")}::int[]))
          AND start_date >= ${from} AND start_date < ${to}
        GROUP BY 1, 2`.then((rows) => put("RETRAINING", rows, kabs("RETRAINING"))),
  ]);
  return out;
}

export function suggestionFor(s: Map<string, number>, t: { kind: RktlTargetKind; kabupatenId: number }, month: Date): number | undefined {
  if (!isSuggested(t.kind)) return undefined;
  return s.get(`${t.kind}:${t.kabupatenId}:${monthKey(month)}`) ?? 0;
}

/**
 * A target in scope for the realisation form: the months that may be
 * reported at `now`, the chosen month's report (if any) and the count the
 * system suggests for it.
 */
export async function getTargetRealisation(user: ScopedUser, targetId: number, month: Date | null, now: Date = new Date()) {
  assertCan(user, "rktl.read");
  const t = await db().rktlTarget.findFirst({
    where: { id: targetId, plan: planWhere(user) },
    select: {
      id: true,
      planId: true,
      activity: true,
      kind: true,
      quantity: true,
      unit: true,
      kabupatenId: true,
      responsible: true,
      plannedMonth: true,
      kabupaten: { select: { name: true, kind: true } },
      plan: { select: { id: true, provinceId: true, windowStart: true, status: true, province: { select: { name: true } } } },
      realisations: { orderBy: { month: "asc" }, select: { id: true, month: true, achieved: true, note: true, behindReason: true, version: true } },
    },
  });
  if (!t) return null;
  const months = reportableMonths(t.plan.windowStart, now);
  const chosen = months.find((m) => month && m.getTime() === month.getTime()) ?? months[months.length - 1] ?? null;
  const existing = chosen ? (t.realisations.find((r) => r.month.getTime() === chosen.getTime()) ?? null) : null;
  const suggestions = chosen && isSuggested(t.kind) ? await realisationSuggestions(t.plan, [t]) : null;
  const achieved = t.realisations.reduce((s, r) => s + r.achieved, 0);
  return {
    ...t,
    kabupatenName: kabupatenLabel(t.kabupaten),
    months,
    chosen,
    existing,
    suggestion: chosen && suggestions ? suggestionFor(suggestions, t, chosen) : undefined,
    progress: targetProgress(t, achieved, now),
  };
}

/**
 * Records (or corrects) one month's realisation of a target: one row per
 * target and month. Allowed while the plan is APPROVED (not yet CLOSED), for
 * months of the window up to `now`. A total behind plan needs a reason.
 */
export async function recordRealisation(
  user: ScopedUser,
  targetId: number,
  raw: unknown,
  now: Date = new Date(),
): Promise<Result<{ id: number; planId: number }>> {
  assertCan(user, "rktl.realise");
  const t = await db().rktlTarget.findFirst({
    where: { id: targetId, plan: planWhere(user) },
    include: { plan: { select: { status: true, windowStart: true } }, realisations: true },
  });
  if (!t) return NOT_FOUND;
  if (t.plan.status === "CLOSED") return failField("_form", "rktl.validation.planClosed");
  if (t.plan.status !== "APPROVED") return failField("_form", "rktl.validation.notApproved");
  const p = parse(realisationInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const month = p.data.month;
  if (!reportableMonths(t.plan.windowStart, now).some((m) => m.getTime() === month.getTime())) {
    return failField("month", "rktl.validation.monthNotReportable");
  }
  const others = t.realisations.filter((r) => r.month.getTime() !== month.getTime()).reduce((s, r) => s + r.achieved, 0);
  const progress = targetProgress(t, others + p.data.achieved, now);
  if (needsBehindReason(progress.status) && !p.data.behindReason) {
    return failField("behindReason", "rktl.validation.behindReasonRequired");
  }
  const v = optionalVersionField.safeParse((raw as Record<string, unknown> | null)?.version);
  if (!v.success) return STALE;
  const loadedVersion = v.data;
  const data = {
    achieved: p.data.achieved,
    note: p.data.note ?? null,
    behindReason: p.data.behindReason ?? null,
    recordedById: user.id,
  };
  try {
    return await inTx(async (tx) => {
      // The plan may have been closed since: realisation stops at CLOSED.
      const open = await tx.rktlPlan.count({ where: { id: t.planId, status: "APPROVED" } });
      if (open === 0) return failField("_form", "rktl.validation.planClosed");
      const before = await tx.rktlRealisation.findUnique({ where: { targetId_month: { targetId, month } } });
      if (!before) {
        // Someone else's report for this month appeared after the form was loaded.
        if (loadedVersion !== undefined) return STALE;
        const created = await tx.rktlRealisation.create({ data: { targetId, month, ...data } });
        await recordAudit(tx, { userId: user.id, action: "create", entity: "rktl_realisation", entityId: created.id, after: created });
        return ok({ id: created.id, planId: t.planId });
      }
      if (loadedVersion === undefined) return STALE;
      const n = await tx.rktlRealisation.updateMany({
        where: { id: before.id, version: loadedVersion },
        data: { ...data, version: { increment: 1 } },
      });
      if (n.count === 0) return STALE;
      const after = await tx.rktlRealisation.findUniqueOrThrow({ where: { id: before.id } });
      await recordAudit(tx, { userId: user.id, action: "update", entity: "rktl_realisation", entityId: before.id, before, after });
      return ok({ id: before.id, planId: t.planId });
    });
  } catch (e) {
    // Two first reports of the same month at once: the second loses.
    if (isUniqueViolation(e)) return STALE;
    throw e;
  }
}
