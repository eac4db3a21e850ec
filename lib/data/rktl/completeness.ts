import "server-only";
// Reporting completeness (issue 14 point 2; docs/decisions/0033-my-tasks.md):
// every province × each month of the current RKTL windows, on time / late /
// missing by the rules of lib/domain/monthly-rhythm.ts — the same rules that
// make the coordinators' and national staff's tasks.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { provinceWhere, type ScopedUser } from "@/lib/authz/scope";
import { addMonthsUtc, monthOf, windowMonthList } from "@/lib/domain/rktl-progress";
import { monthReport, realisationLateFrom, recordNeeded, reportingOpen, type MonthReport } from "@/lib/domain/monthly-rhythm";
import { planWhere } from "./shared";

export type CompletenessCell = { month: Date; report: MonthReport; needed: number; recorded: number; late: number };
export type CompletenessRow = { provinceId: number; provinceName: string; href: string | null; cells: CompletenessCell[] };
export type Completeness = { months: Date[]; rows: CompletenessRow[] };

/**
 * The table at `now`: the months are those of the approved plans whose window
 * is open for reporting, up to the current month; a province without such a
 * plan has a row of "none", after those that have one. Each row opens the province's plan (or its
 * approved plans, when it has several current ones).
 */
export async function reportingCompleteness(user: ScopedUser, now: Date = new Date()): Promise<Completeness> {
  assertCan(user, "dashboard.national");
  const [provinces, plans] = await Promise.all([
    db().province.findMany({ where: provinceWhere(user), orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().rktlPlan.findMany({
      where: { AND: [planWhere(user), { status: "APPROVED", windowStart: { gte: addMonthsUtc(monthOf(now), -7) } }] },
      orderBy: { id: "asc" },
      select: {
        id: true,
        provinceId: true,
        windowStart: true,
        targets: {
          select: { quantity: true, plannedMonth: true, realisations: { select: { month: true, achieved: true, createdAt: true } } },
        },
      },
    }),
  ]);
  const current = plans.filter((p) => reportingOpen(p.windowStart, now));
  const monthOfNow = monthOf(now).getTime();
  const months = [...new Set(current.flatMap((p) => windowMonthList(p.windowStart).map((m) => m.getTime())))]
    .filter((m) => m <= monthOfNow)
    .sort((a, b) => a - b)
    .map((m) => new Date(m));

  const rows = provinces.map((province) => {
    const own = current.filter((p) => p.provinceId === province.id);
    const cells = months.map((month) => {
      const needed = own.flatMap((p) =>
        p.targets
          .filter((t) => recordNeeded(t, p.windowStart, t.realisations, month))
          .map((t) => ({ recordedAt: t.realisations.find((r) => r.month.getTime() === month.getTime())?.createdAt ?? null })),
      );
      const report = monthReport(needed, month, now);
      const recorded = needed.filter((n) => n.recordedAt).length;
      const late = report === "none" ? 0 : needed.filter((n) => n.recordedAt && n.recordedAt >= realisationLateFrom(month)).length;
      return { month, report, needed: needed.length, recorded, late };
    });
    const href = own.length === 1 ? `/rktl/${own[0]!.id}` : own.length ? `/rktl?provinceId=${province.id}&status=APPROVED` : null;
    return { provinceId: province.id, provinceName: province.name, href, cells };
  });
  // The provinces with a current plan first (what there is to read), each group by name.
  return { months, rows: [...rows.filter((r) => r.href), ...rows.filter((r) => !r.href)] };
}

/** The same table for the export (the export permission on top). */
export async function reportingCompletenessExport(user: ScopedUser, now: Date = new Date()) {
  assertCan(user, "export.data");
  const t = await reportingCompleteness(user, now);
  return t.rows.flatMap((r) => r.cells.map((c) => ({ provinceName: r.provinceName, ...c })));
}
