// The coordinator's dashboard, the pure parts: which RKTL plan is "current",
// what is due this month, and the window the kabupaten breakdown counts in.
// The clock is passed in so tests can set it.
import type { PolicyStatus, RktlStatus } from "@/lib/generated/prisma/enums";
import { addMonthsUtc, monthKey, monthOf, RKTL_WINDOW_MONTHS } from "./rktl-progress";

type PlanHead = { id: number; status: RktlStatus; windowStart: Date };

/** Among plans whose window contains today, an approved one first, then submitted, then draft. */
const CURRENT_ORDER: RktlStatus[] = ["APPROVED", "SUBMITTED", "DRAFT"];

export function windowContains(windowStart: Date, now: Date): boolean {
  const m = monthOf(now).getTime();
  return m >= windowStart.getTime() && m < addMonthsUtc(windowStart, RKTL_WINDOW_MONTHS).getTime();
}

/**
 * The plan the dashboard shows: the APPROVED (else SUBMITTED, else DRAFT) plan
 * whose six-month window contains `now` (of two, the one that started first);
 * otherwise the latest plan (by window start, then id); null when there is none.
 */
export function pickCurrentPlan<P extends PlanHead>(plans: readonly P[], now: Date): P | null {
  // Two plans of one status running at once (a second training mid-window): the
  // one running longer, whose realisation is further along and more is due.
  const earliestFirst = [...plans].sort((a, b) => a.windowStart.getTime() - b.windowStart.getTime() || a.id - b.id);
  for (const status of CURRENT_ORDER) {
    const p = earliestFirst.find((x) => x.status === status && windowContains(x.windowStart, now));
    if (p) return p;
  }
  return earliestFirst[earliestFirst.length - 1] ?? null;
}

export type DueReason = "PLANNED_THIS_MONTH" | "NOT_REPORTED";

export type DueItem<T> = { target: T; reason: DueReason; month: Date };

type DueTarget = {
  quantity: number;
  plannedMonth: Date;
  /** Achieved per month key ("2026-10"), as getPlan gives it. */
  byMonth: Record<string, number>;
  progress: { achieved: number };
};

/**
 * What is due at `now` in a plan:
 * - targets planned for the current month (their activity happens now), and
 * - targets already due (planned in or before the last finished month, inside
 *   the window) that have no realisation recorded for that month and are not
 *   yet fully achieved: the month's report is missing.
 * A target can appear under both reasons only if it was planned this month,
 * which excludes the second, so each target appears at most once.
 */
export function dueThisMonth<T extends DueTarget>(plan: { windowStart: Date }, targets: readonly T[], now: Date): DueItem<T>[] {
  const current = monthOf(now);
  const last = addMonthsUtc(current, -1);
  const lastInWindow = windowContains(plan.windowStart, last);
  const out: DueItem<T>[] = [];
  for (const t of targets) {
    const planned = monthOf(t.plannedMonth).getTime();
    if (planned === current.getTime()) out.push({ target: t, reason: "PLANNED_THIS_MONTH", month: current });
    else if (lastInWindow && planned <= last.getTime() && t.byMonth[monthKey(last)] === undefined && t.progress.achieved < t.quantity) {
      out.push({ target: t, reason: "NOT_REPORTED", month: last });
    }
  }
  return out;
}

/**
 * The months the kabupaten breakdown counts KLIK and FPK activity in: the
 * plan's window, or (no plan) the six months ending with the current one.
 * `to` is the window's last month (inclusive), as "YYYY-MM" filters take it.
 */
export function breakdownWindow(plan: { windowStart: Date } | null, now: Date): { from: Date; to: Date } {
  const from = plan ? plan.windowStart : addMonthsUtc(monthOf(now), -(RKTL_WINDOW_MONTHS - 1));
  return { from, to: addMonthsUtc(from, RKTL_WINDOW_MONTHS - 1) };
}

/** The bar's width: 0–100 % of the target (achievement beyond 100 % fills the bar). */
export function barWidth(percent: number): number {
  return Math.max(0, Math.min(100, Math.round(percent)));
}

/** A number of the kabupaten breakdown, by the list it opens. */
export type BreakdownMetric = "activeKader" | "klikSessions" | "klikCases" | "fpkMeetings" | "members" | { policyStatus: PolicyStatus };

/**
 * The list behind a number of the breakdown: the same kabupaten, the same
 * window (month keys, as the KLIK and FPK lists take them) and criterion, so
 * the list's count equals the number (tests/integration/measures.test.ts).
 */
export function breakdownHref(metric: BreakdownMetric, kabupatenId: number, window: { fromKey: string; toKey: string }): string {
  const range = `from=${window.fromKey}&to=${window.toKey}`;
  if (metric === "activeKader") return `/kader?kabupatenId=${kabupatenId}`;
  if (metric === "klikSessions" || metric === "klikCases") return `/klik?kabupatenId=${kabupatenId}&${range}`;
  if (metric === "fpkMeetings") return `/fpk?kabupatenId=${kabupatenId}&${range}`;
  // Members at the window's last day: the list reads a month as its last day; every serikat counts (decision 0026).
  if (metric === "members") return `/serikat?kabupatenId=${kabupatenId}&status=all&membersOn=${window.toKey}`;
  return `/kebijakan?kabupatenId=${kabupatenId}&status=${metric.policyStatus}`;
}

/** The list behind a violence count published for a calendar year (decision 0027): the kabupaten's KLIK sessions of that year. */
export function violenceYearHref(kabupatenId: number, year: number): string {
  return `/klik?kabupatenId=${kabupatenId}&year=${year}`;
}
