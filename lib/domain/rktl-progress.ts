// RKTL progress: how far a target is against what was planned by now. Pure:
// the clock is passed in, so tests (and the poster of an old plan) can set it.
// The rule is explained in docs/decisions/0008-rktl-plans.md.

export const RKTL_WINDOW_MONTHS = 6;

/** NOT_DUE: its planned month has not ended yet, so nothing is expected yet. */
export type TargetStatus = "NOT_DUE" | "ON_TRACK" | "BEHIND" | "OFF_TRACK";

export type TargetProgress = {
  achieved: number;
  quantity: number;
  /** achieved ÷ quantity in whole percent (may exceed 100). */
  percent: number;
  /** What should have been achieved by now. */
  expected: number;
  status: TargetStatus;
};

/** First day (UTC) of the month of `d`. */
export function monthOf(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

export function addMonthsUtc(d: Date, n: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
}

/** "2026-10" for a month's first day. */
export function monthKey(d: Date): string {
  return d.toISOString().slice(0, 7);
}

/** "2026-10" → 2026-10-01 UTC, or null. */
export function parseMonthKey(s: string): Date | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(s);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : null;
}

/** The six months of a window, as first days. */
export function windowMonthList(windowStart: Date): Date[] {
  return Array.from({ length: RKTL_WINDOW_MONTHS }, (_, i) => addMonthsUtc(windowStart, i));
}

/** Months of the window in which realisation may be reported at `now`: started ones only. */
export function reportableMonths(windowStart: Date, now: Date): Date[] {
  const current = monthOf(now);
  return windowMonthList(windowStart).filter((m) => m.getTime() <= current.getTime());
}

/** Whole months of the window that have fully ended at `now` (0–6). */
export function monthsElapsed(windowStart: Date, now: Date): number {
  const current = monthOf(now);
  const n = (current.getUTCFullYear() - windowStart.getUTCFullYear()) * 12 + (current.getUTCMonth() - windowStart.getUTCMonth());
  return Math.max(0, Math.min(RKTL_WINDOW_MONTHS, n));
}

/**
 * Expected by now, by planned month: the poster puts each target's whole
 * quantity in one month, so the whole quantity is due once that month has
 * ended, and nothing before.
 */
export function expectedByNow(quantity: number, plannedMonth: Date, now: Date): number {
  return monthOf(now).getTime() > monthOf(plannedMonth).getTime() ? quantity : 0;
}

export function statusFor(achieved: number, expected: number): TargetStatus {
  if (expected <= 0) return "NOT_DUE";
  if (achieved >= expected) return "ON_TRACK";
  if (achieved * 2 >= expected) return "BEHIND";
  return "OFF_TRACK";
}

export function targetProgress(t: { quantity: number; plannedMonth: Date }, achieved: number, now: Date): TargetProgress {
  const expected = expectedByNow(t.quantity, t.plannedMonth, now);
  return {
    achieved,
    quantity: t.quantity,
    percent: t.quantity > 0 ? Math.round((achieved / t.quantity) * 100) : 0,
    expected,
    status: statusFor(achieved, expected),
  };
}

/** Whether recording this total needs a reason (the target is behind plan). */
export function needsBehindReason(status: TargetStatus): boolean {
  return status === "BEHIND" || status === "OFF_TRACK";
}

/**
 * A plan's % realised: the mean of its targets' achieved ÷ quantity, each
 * capped at 100 % (units differ between targets, so quantities are not summed).
 */
export function planPercent(targets: readonly { quantity: number; achieved: number }[]): number {
  if (targets.length === 0) return 0;
  const sum = targets.reduce((s, t) => s + Math.min(1, t.quantity > 0 ? t.achieved / t.quantity : 0), 0);
  return Math.round((sum / targets.length) * 100);
}
