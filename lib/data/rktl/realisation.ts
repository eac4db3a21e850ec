import "server-only";
// RKTL realisation: what a target achieved each month of an approved plan,
// with the system's suggested count and the reason when behind. See
// docs/decisions/0008-rktl-plans.md.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { needsBehindReason, reportableMonths, targetProgress } from "@/lib/domain/rktl-progress";
import { optionalVersionField, realisationInput } from "@/lib/validation/rktl";
import { recordAudit } from "../audit";
import { fail, failField, isUniqueViolation, ok, parse, STALE, type Result } from "../result";
import { kabupatenLabel } from "../geo";
import { writeOnceResult } from "../write-once";
import { NOT_FOUND, planWhere, TARGET_FIELDS } from "./shared";
import { isSuggested, realisationSuggestions, suggestionFor } from "./suggestions";

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
      ...TARGET_FIELDS,
      planId: true,
      plan: { select: { id: true, provinceId: true, windowStart: true, status: true, province: { select: { name: true } } } },
      realisations: {
        orderBy: { month: "asc" },
        select: { id: true, month: true, achieved: true, note: true, behindReason: true, version: true },
      },
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
 *
 * Checked against the version the form was loaded with (STALE when the month
 * changed meanwhile) and, with the form's idempotency key, once: the key is
 * claimed before anything is read, so a repeat of a write that went through —
 * a retry after a timeout, the outbox sending again — answers that write's
 * result, never a false "changed meanwhile" against its own change.
 */
export async function recordRealisation(
  user: ScopedUser,
  targetId: number,
  raw: unknown,
  now: Date = new Date(),
): Promise<Result<{ id: number; planId: number }>> {
  assertCan(user, "rktl.realise");
  const v = optionalVersionField.safeParse((raw as Record<string, unknown> | null)?.version);
  try {
    return await writeOnceResult(
      user,
      raw,
      "rktl_realisation.record",
      async (tx) => {
        const t = await tx.rktlTarget.findFirst({
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
        if (!v.success) return STALE;
        const loadedVersion = v.data;
        const data = {
          achieved: p.data.achieved,
          note: p.data.note ?? null,
          behindReason: p.data.behindReason ?? null,
          recordedById: user.id,
        };
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
      },
      { targetId },
    );
  } catch (e) {
    // Two first reports of the same month at once: the second loses.
    if (isUniqueViolation(e)) return STALE;
    throw e;
  }
}

/**
 * What a month's realisation holds now, in the realisation form's field names:
 * for the outbox's conflict screen, beside what a refused (STALE) send carried.
 * Scoped like recordRealisation; null outside scope or when the month has no report.
 */
export async function currentRealisation(user: ScopedUser, targetId: number, month: Date) {
  assertCan(user, "rktl.realise");
  const r = await db().rktlRealisation.findFirst({
    where: { month, target: { id: targetId, plan: planWhere(user) } },
    select: {
      achieved: true,
      note: true,
      behindReason: true,
      version: true,
      updatedAt: true,
      recordedBy: { select: { name: true } },
    },
  });
  return r ? { ...r, recordedBy: r.recordedBy?.name ?? null } : null;
}
