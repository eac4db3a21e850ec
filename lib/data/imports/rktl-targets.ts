import "server-only";
// RKTL targets import: the rows of a sheet become the targets of one draft
// plan (the batch's parent). A target's natural key in its plan is its
// kabupaten, kind, activity (without case or repeated spaces) and month; the
// same key again updates its quantity, unit and responsible person. Where a
// target may sit is the form's own rule (targetFits); the plan must still be a
// draft when the commit writes (lockDraft), as for a target typed by hand.
import { db } from "@/lib/db/client";
import type { ScopedUser } from "@/lib/authz/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rktlTargetsSheet } from "@/lib/import/sheets/rktl-targets";
import type { TargetInput } from "@/lib/validation/rktl";
import { planWhere } from "../rktl/shared";
import { lockDraft, targetData, targetFits } from "../rktl/targets";
import { ImportStale, type CellError, type ImportAdapter, type ImportContext, type PreviewRow } from "./types";

type Tx = Prisma.TransactionClient;

const FIELDS = {
  id: true,
  planId: true,
  activity: true,
  kind: true,
  quantity: true,
  unit: true,
  kabupatenId: true,
  responsible: true,
  plannedMonth: true,
  version: true,
} as const satisfies Prisma.RktlTargetSelect;

type TargetRecord = Prisma.RktlTargetGetPayload<{ select: typeof FIELDS }>;

const monthKey = (d: Date | string) => new Date(d).toISOString().slice(0, 7);

/** A target's key in its plan. */
export function targetKey(t: { kabupatenId: number; kind: string; activity: string; plannedMonth: Date | string }): string {
  return `${t.kabupatenId}|${t.kind}|${t.activity.trim().replace(/\s+/g, " ").toLocaleLowerCase("id")}|${monthKey(t.plannedMonth)}`;
}

const label = (t: { id: number; activity: string; plannedMonth: Date | string }) => `${t.activity} (${monthKey(t.plannedMonth)}, #${t.id})`;

/** The plan the rows go into, if the user may edit its targets now; with its province's kabupaten. */
export async function draftPlan(client: Tx | ReturnType<typeof db>, user: ScopedUser, ctx: ImportContext) {
  if (!ctx.parentId) return null;
  const plan = await client.rktlPlan.findFirst({
    where: { AND: [planWhere(user), { id: ctx.parentId, status: "DRAFT" }] },
    select: { id: true, provinceId: true, windowStart: true },
  });
  if (!plan) return null;
  const kab = await client.kabupaten.findMany({ where: { provinceId: plan.provinceId }, select: { id: true } });
  return { ...plan, kabupatenIds: new Set(kab.map((k) => k.id)) };
}

const header = (key: string) => rktlTargetsSheet.spec.columns.find((c) => c.key === key)!.header;

/** The plan's rule broken, on the sheet's own columns (Bulan, Kabupaten). */
function fitErrors(v: TargetInput, fit: ReturnType<typeof targetFits>): CellError[] {
  if (fit.ok) return [];
  return Object.entries(fit.fieldErrors).map(([field, e]) =>
    field === "plannedMonth"
      ? { column: header("month"), value: monthKey(v.plannedMonth), key: e.key }
      : { column: header("kabupaten"), value: "", key: e.key },
  );
}

export const rktlTargetsImport: ImportAdapter<TargetInput> = {
  kind: "RKTL_TARGETS",
  entity: "rktl_target",

  async preview(user, rows, ctx) {
    const plan = await draftPlan(db(), user, ctx);
    const existing = plan ? await db().rktlTarget.findMany({ where: { planId: plan.id }, select: FIELDS }) : [];
    const byKey = new Map(existing.map((t) => [targetKey(t), t]));
    const seen = new Map<string, number>();
    return rows.map((r): PreviewRow<TargetInput> => {
      if (!r.value) return { rowNumber: r.rowNumber, outcome: "ERROR", errors: r.errors };
      // Not a draft (submitted meanwhile) or not hers: every row says so, none is written.
      if (!plan)
        return { rowNumber: r.rowNumber, outcome: "ERROR", errors: [{ column: "plan", value: "", key: "rktl.validation.targetsFixed" }] };
      const v = r.value;
      const errors = fitErrors(v, targetFits(plan, plan.kabupatenIds, v));
      if (errors.length) return { rowNumber: r.rowNumber, outcome: "ERROR", errors };
      const key = targetKey(v);
      const earlier = seen.get(key);
      if (earlier !== undefined) return { rowNumber: r.rowNumber, outcome: "DUPLICATE", value: v, sameAsRow: earlier };
      seen.set(key, r.rowNumber);
      const same = byKey.get(key);
      if (!same) return { rowNumber: r.rowNumber, outcome: "CREATE", value: v };
      const match = { id: same.id, label: label(same), version: same.version };
      const unchanged = same.quantity === v.quantity && same.unit === v.unit && same.responsible === v.responsible;
      return { rowNumber: r.rowNumber, outcome: unchanged ? "UNCHANGED" : "UPDATE", value: v, match };
    });
  },

  async createMany(tx, user, values, ctx) {
    if (values.length === 0) return [];
    const plan = await draftPlan(tx, user, ctx);
    if (!plan || !(await lockDraft(tx, plan.id))) throw new ImportStale();
    if (values.some((v) => !targetFits(plan, plan.kabupatenIds, v).ok)) throw new ImportStale();
    const made = await tx.rktlTarget.createManyAndReturn({
      data: values.map((v) => ({ planId: plan.id, ...targetData(v) })),
      select: FIELDS,
    });
    const byKey = new Map(made.map((t) => [targetKey(t), t]));
    return values.map((v) => {
      const t = byKey.get(targetKey(v))!;
      return { id: t.id, version: t.version, after: t };
    });
  },

  async update(tx, user, id, version, value, ctx) {
    const plan = await draftPlan(tx, user, ctx);
    if (!plan || !(await lockDraft(tx, plan.id))) return null;
    const before = await tx.rktlTarget.findFirst({ where: { id, version, planId: plan.id }, select: FIELDS });
    if (!before) return null;
    const n = await tx.rktlTarget.updateMany({
      where: { id, version },
      data: { quantity: value.quantity, unit: value.unit, responsible: value.responsible, version: { increment: 1 } },
    });
    if (n.count === 0) return null;
    const after = await tx.rktlTarget.findUniqueOrThrow({ where: { id }, select: FIELDS });
    return { before, after, version: after.version };
  },

  async blockers(tx, ids, ctx) {
    const out = new Map<number, { key: string; values: Record<string, string | number> }[]>();
    if (ids.length === 0) return out;
    const plan = ctx.parentId ? await tx.rktlPlan.findUnique({ where: { id: ctx.parentId }, select: { status: true } }) : null;
    const reported = await tx.rktlRealisation.groupBy({ by: ["targetId"], where: { targetId: { in: ids } }, _count: { _all: true } });
    const counts = new Map(reported.map((r) => [r.targetId, r._count._all]));
    for (const id of ids) {
      const reasons: { key: string; values: Record<string, string | number> }[] = [];
      if (plan && plan.status !== "DRAFT") reasons.push({ key: "import.undo.planSubmitted", values: {} });
      if (counts.get(id)) reasons.push({ key: "import.undo.realised", values: { count: counts.get(id)! } });
      if (reasons.length) out.set(id, reasons);
    }
    return out;
  },

  async versions(tx, ids) {
    const rows = await tx.rktlTarget.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
    return new Map(rows.map((r) => [r.id, r.version]));
  },

  async remove(tx, ids) {
    await tx.rktlTarget.deleteMany({ where: { id: { in: ids } } });
  },

  async restore(tx, id, before) {
    const b = before as unknown as TargetRecord;
    await tx.rktlTarget.update({
      where: { id },
      data: { quantity: b.quantity, unit: b.unit, responsible: b.responsible, version: { increment: 1 } },
    });
  },

  async label(tx, ids) {
    const rows = await tx.rktlTarget.findMany({ where: { id: { in: ids } }, select: { id: true, activity: true, plannedMonth: true } });
    return new Map(rows.map((r) => [r.id, label(r)]));
  },
};
