import { describe, expect, it } from "vitest";
import { dashboardPathFor } from "@/lib/dashboard-home";
import { barWidth, breakdownWindow, dueThisMonth, pickCurrentPlan, windowContains } from "@/lib/domain/dashboard-province";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = d("2026-11-22");

describe("dashboardPathFor", () => {
  it("sends each role to its own dashboard", () => {
    expect(dashboardPathFor("PROVINCE_COORDINATOR")).toBe("/dasbor/provinsi");
    expect(dashboardPathFor("DISTRICT_STAFF")).toBe("/dasbor/provinsi");
    expect(dashboardPathFor("NATIONAL_STAFF")).toBe("/dasbor/nasional");
    expect(dashboardPathFor("ADMIN")).toBe("/dasbor/nasional");
    expect(dashboardPathFor("DIRECTOR")).toBe("/dasbor/kebijakan");
  });
});

describe("the current plan", () => {
  it("is inside its six-month window from the first to the last month", () => {
    expect(windowContains(d("2026-10-01"), d("2026-10-01"))).toBe(true);
    expect(windowContains(d("2026-10-01"), d("2027-03-31"))).toBe(true);
    expect(windowContains(d("2026-10-01"), d("2027-04-01"))).toBe(false);
    expect(windowContains(d("2026-10-01"), d("2026-09-30"))).toBe(false);
  });

  it("prefers an approved plan whose window holds today, then submitted, then draft", () => {
    const plans = [
      { id: 1, status: "CLOSED" as const, windowStart: d("2017-06-01") },
      { id: 2, status: "DRAFT" as const, windowStart: d("2026-10-01") },
      { id: 3, status: "APPROVED" as const, windowStart: d("2026-09-01") },
      { id: 4, status: "SUBMITTED" as const, windowStart: d("2026-11-01") },
    ];
    expect(pickCurrentPlan(plans, NOW)?.id).toBe(3);
    expect(
      pickCurrentPlan(
        plans.filter((p) => p.id !== 3),
        NOW,
      )?.id,
    ).toBe(4);
    expect(
      pickCurrentPlan(
        plans.filter((p) => p.id === 1 || p.id === 2),
        NOW,
      )?.id,
    ).toBe(2);
  });

  it("of two running plans of the same status, takes the one that started first", () => {
    const plans = [
      { id: 7, status: "APPROVED" as const, windowStart: d("2026-11-01") },
      { id: 6, status: "APPROVED" as const, windowStart: d("2026-10-01") },
    ];
    expect(pickCurrentPlan(plans, NOW)?.id).toBe(6);
  });

  it("falls back to the latest plan, and to none", () => {
    const plans = [
      { id: 1, status: "CLOSED" as const, windowStart: d("2017-06-01") },
      { id: 5, status: "APPROVED" as const, windowStart: d("2027-06-01") },
    ];
    expect(pickCurrentPlan(plans, NOW)?.id).toBe(5);
    expect(pickCurrentPlan([], NOW)).toBeNull();
  });
});

describe("due this month", () => {
  const plan = { windowStart: d("2026-10-01") };
  const target = (id: number, planned: string, byMonth: Record<string, number>, quantity = 4) => ({
    id,
    quantity,
    plannedMonth: d(planned),
    byMonth,
    progress: { achieved: Object.values(byMonth).reduce((s, n) => s + n, 0) },
  });

  it("lists targets planned this month and already-due targets without last month's report", () => {
    const targets = [
      target(1, "2026-11-01", {}), // planned now
      target(2, "2026-10-01", {}), // October due, not reported
      target(3, "2026-10-01", { "2026-10": 1 }), // reported
      target(4, "2026-10-01", { "2026-10": 0 }), // a zero report is a report
      target(5, "2026-10-01", {}, 0), // nothing to achieve
      target(6, "2026-12-01", {}), // later
      target(7, "2026-10-01", { "2026-11": 4 }), // already complete
    ];
    const due = dueThisMonth(plan, targets, NOW);
    expect(due.map((x) => [x.target.id, x.reason, x.month.toISOString().slice(0, 7)])).toEqual([
      [1, "PLANNED_THIS_MONTH", "2026-11"],
      [2, "NOT_REPORTED", "2026-10"],
    ]);
  });

  it("asks for no report of a month before the window", () => {
    expect(dueThisMonth(plan, [target(1, "2026-10-01", {})], d("2026-10-15")).map((x) => x.reason)).toEqual(["PLANNED_THIS_MONTH"]);
    // After the window, its last month (March) still has to be reported in April…
    expect(dueThisMonth(plan, [target(1, "2027-03-01", {})], d("2027-04-10")).map((x) => x.reason)).toEqual(["NOT_REPORTED"]);
    // …but not later.
    expect(dueThisMonth(plan, [target(1, "2027-03-01", {})], d("2027-05-10"))).toEqual([]);
  });
});

describe("shaping", () => {
  it("counts the breakdown in the plan's window, or the last six months", () => {
    const w = breakdownWindow({ windowStart: d("2026-10-01") }, NOW);
    expect([w.from, w.to].map((x) => x.toISOString().slice(0, 7))).toEqual(["2026-10", "2027-03"]);
    const n = breakdownWindow(null, NOW);
    expect([n.from, n.to].map((x) => x.toISOString().slice(0, 7))).toEqual(["2026-06", "2026-11"]);
  });

  it("fills the bar up to 100 %", () => {
    expect([barWidth(0), barWidth(42.4), barWidth(100), barWidth(180), barWidth(-3)]).toEqual([0, 42, 100, 100, 0]);
  });
});

describe("the date-range list filter the dashboards link with", () => {
  it("takes days or whole months, ignores anything else, and includes the last day", async () => {
    const { klikFilters } = await import("@/lib/validation/klik");
    const { dayRange } = await import("@/lib/validation/common");
    const f = klikFilters.parse({ from: "2026-10", to: "2027-02" });
    expect([f.from, f.to]).toEqual(["2026-10-01", "2027-02-28"]);
    expect(dayRange(f.from, f.to)).toEqual({ gte: d("2026-10-01"), lt: d("2027-03-01") });
    expect(klikFilters.parse({ from: "2026-10-15", to: "2026-10-20" })).toMatchObject({ from: "2026-10-15", to: "2026-10-20" });
    const bad = klikFilters.parse({ from: "2026-13", to: "kemarin" });
    expect([bad.from, bad.to]).toEqual([undefined, undefined]);
    expect(dayRange(bad.from, bad.to)).toBeUndefined();
    expect(dayRange(undefined, klikFilters.parse({ to: "2026-12" }).to)).toEqual({ lt: d("2027-01-01") });
  });
});
