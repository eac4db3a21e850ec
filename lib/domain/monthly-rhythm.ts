// The monthly rhythm's dates (issue 14; docs/decisions/0033-my-tasks.md): when a
// month's RKTL realisation is due, which months a target still owes, and when a
// KLIK case is due for follow-up. Pure: the clock is passed in.
import { addMonthsUtc, monthOf, windowMonthList } from "./rktl-progress";

/** Coordinators report last month's realisation early in the month: by this day of the next month. */
export const REALISATION_DUE_DAY = 10;

/** An open KLIK case is due for follow-up this many days after its last news (a follow-up, or the session). */
export const FOLLOW_UP_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first moment (UTC) at which month `month`'s realisation is late: the day after its due day. */
export function realisationLateFrom(month: Date): Date {
  const next = addMonthsUtc(month, 1);
  return new Date(next.getTime() + REALISATION_DUE_DAY * DAY_MS);
}

/** The last day (UTC date) on which month `month`'s realisation is on time. */
export function realisationDueDate(month: Date): Date {
  return new Date(realisationLateFrom(month).getTime() - DAY_MS);
}

/**
 * Whether a plan's window is still open for reporting at `now`: until the last
 * month's realisation is due. After that the plan owes nothing any more (an
 * old plan that was never closed does not fill anyone's tasks).
 */
export function reportingOpen(windowStart: Date, now: Date): boolean {
  const last = windowMonthList(windowStart).at(-1)!;
  return now.getTime() < realisationLateFrom(last).getTime();
}

export type RealisationRow = { month: Date; achieved: number };

/**
 * Whether a target needed a record for `month`: the month is in its window,
 * from its planned month on, and its quantity was not yet reached before it
 * (a met target needs nothing more; achievement before the planned month counts).
 */
export function recordNeeded(
  target: { quantity: number; plannedMonth: Date },
  windowStart: Date,
  realisations: readonly RealisationRow[],
  month: Date,
): boolean {
  const m = monthOf(month).getTime();
  const inWindow = windowMonthList(windowStart).some((w) => w.getTime() === m);
  if (!inWindow || m < monthOf(target.plannedMonth).getTime()) return false;
  const before = realisations.filter((r) => monthOf(r.month).getTime() < m).reduce((s, r) => s + r.achieved, 0);
  return before < target.quantity;
}

/**
 * The months for which a target of an approved plan owes a realisation record
 * at `now`: every ended month that needs one (recordNeeded) and has none.
 * Empty once the window is closed for reporting.
 */
export function owedMonths(
  target: { quantity: number; plannedMonth: Date },
  windowStart: Date,
  realisations: readonly RealisationRow[],
  now: Date,
): Date[] {
  if (!reportingOpen(windowStart, now)) return [];
  const current = monthOf(now).getTime();
  const recorded = new Set(realisations.map((r) => monthOf(r.month).getTime()));
  return windowMonthList(windowStart).filter(
    (m) => m.getTime() < current && !recorded.has(m.getTime()) && recordNeeded(target, windowStart, realisations, m),
  );
}

/**
 * A province's reporting of one month (the completeness table):
 * - none: no target needed a record that month;
 * - notDue: the month has not ended, or its due day has not passed and records are still missing;
 * - onTime: every record needed was made by the due day;
 * - late: every record needed is there, some made after the due day;
 * - missing: the due day has passed and a record needed is not there.
 */
export type MonthReport = "none" | "notDue" | "onTime" | "late" | "missing";

export function monthReport(needed: readonly { recordedAt: Date | null }[], month: Date, now: Date): MonthReport {
  if (needed.length === 0) return "none";
  const lateFrom = realisationLateFrom(month).getTime();
  const ended = monthOf(now).getTime() > monthOf(month).getTime();
  if (!ended) return "notDue";
  if (needed.some((n) => n.recordedAt === null)) return now.getTime() >= lateFrom ? "missing" : "notDue";
  return needed.some((n) => n.recordedAt!.getTime() >= lateFrom) ? "late" : "onTime";
}

/** Whole days from `from` to `to` (0 on the same day, never negative). */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/** The day an open case is due for follow-up: FOLLOW_UP_DAYS after its last news. */
export function followUpDueOn(lastNews: Date): Date {
  return new Date(lastNews.getTime() + FOLLOW_UP_DAYS * DAY_MS);
}
