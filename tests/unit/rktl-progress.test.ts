import { describe, expect, it } from "vitest";
import {
  expectedByNow,
  monthsElapsed,
  needsBehindReason,
  parseMonthKey,
  planPercent,
  reportableMonths,
  statusFor,
  targetProgress,
  windowMonthList,
} from "@/lib/domain/rktl-progress";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const oct = d("2026-10-01");

describe("RKTL progress", () => {
  it("expects nothing before the planned month has ended, the whole quantity after", () => {
    expect(expectedByNow(6, d("2026-11-01"), d("2026-10-31"))).toBe(0);
    expect(expectedByNow(6, d("2026-11-01"), d("2026-11-30"))).toBe(0);
    expect(expectedByNow(6, d("2026-11-01"), d("2026-12-01"))).toBe(6);
    expect(expectedByNow(6, d("2026-11-01"), d("2027-06-15"))).toBe(6);
  });

  it("is on track at or above expected, behind from half of it, off track below half", () => {
    expect(statusFor(0, 0)).toBe("NOT_DUE");
    expect(statusFor(6, 6)).toBe("ON_TRACK");
    expect(statusFor(8, 6)).toBe("ON_TRACK");
    expect(statusFor(3, 6)).toBe("BEHIND");
    expect(statusFor(5, 6)).toBe("BEHIND");
    expect(statusFor(2, 6)).toBe("OFF_TRACK");
    expect(statusFor(0, 1)).toBe("OFF_TRACK");
  });

  it("computes achieved, percent, expected and status for a target at a given clock", () => {
    const t = { quantity: 4, plannedMonth: oct };
    expect(targetProgress(t, 1, d("2026-10-20"))).toEqual({ achieved: 1, quantity: 4, percent: 25, expected: 0, status: "NOT_DUE" });
    expect(targetProgress(t, 2, d("2026-11-22"))).toEqual({ achieved: 2, quantity: 4, percent: 50, expected: 4, status: "BEHIND" });
    expect(targetProgress(t, 1, d("2026-11-22")).status).toBe("OFF_TRACK");
    expect(targetProgress(t, 5, d("2026-11-22"))).toMatchObject({ percent: 125, status: "ON_TRACK" });
  });

  it("asks for a reason only when behind or off track", () => {
    expect(needsBehindReason("BEHIND")).toBe(true);
    expect(needsBehindReason("OFF_TRACK")).toBe(true);
    expect(needsBehindReason("ON_TRACK")).toBe(false);
    expect(needsBehindReason("NOT_DUE")).toBe(false);
  });

  it("lists the six window months, the reportable ones up to now, and the months elapsed", () => {
    expect(windowMonthList(oct).map((m) => m.toISOString().slice(0, 7))).toEqual([
      "2026-10",
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
      "2027-03",
    ]);
    expect(reportableMonths(oct, d("2026-11-22")).map((m) => m.toISOString().slice(0, 7))).toEqual(["2026-10", "2026-11"]);
    expect(reportableMonths(oct, d("2026-09-30"))).toEqual([]);
    expect(reportableMonths(oct, d("2028-01-01"))).toHaveLength(6);
    expect(monthsElapsed(oct, d("2026-11-22"))).toBe(1);
    expect(monthsElapsed(oct, d("2026-09-01"))).toBe(0);
    expect(monthsElapsed(oct, d("2030-01-01"))).toBe(6);
  });

  it("parses month keys strictly", () => {
    expect(parseMonthKey("2026-10")).toEqual(oct);
    expect(parseMonthKey("2026-13")).toBeNull();
    expect(parseMonthKey("2026-1")).toBeNull();
    expect(parseMonthKey("")).toBeNull();
  });

  it("averages each target's capped share for a plan's % realised", () => {
    expect(planPercent([])).toBe(0);
    expect(
      planPercent([
        { quantity: 4, achieved: 2 },
        { quantity: 10, achieved: 20 },
      ]),
    ).toBe(75);
  });
});
