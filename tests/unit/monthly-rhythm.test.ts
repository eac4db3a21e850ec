// The monthly rhythm's dates (lib/domain/monthly-rhythm.ts): when realisation is
// due, which months a target owes, when a case is due for follow-up.
import { describe, expect, it } from "vitest";
import {
  daysBetween,
  followUpDueOn,
  monthReport,
  owedMonths,
  recordNeeded,
  realisationDueDate,
  realisationLateFrom,
  reportingOpen,
} from "@/lib/domain/monthly-rhythm";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const months = (list: Date[]) => list.map((m) => m.toISOString().slice(0, 7));
const WINDOW = d("2026-10-01"); // October 2026 – March 2027

describe("realisation due dates", () => {
  it("is due by the 10th of the next month and late from the 11th", () => {
    expect(realisationDueDate(d("2026-11-01")).toISOString().slice(0, 10)).toBe("2026-12-10");
    expect(realisationLateFrom(d("2026-11-01")).toISOString()).toBe("2026-12-11T00:00:00.000Z");
    expect(realisationDueDate(d("2026-12-01")).toISOString().slice(0, 10)).toBe("2027-01-10");
  });

  it("keeps a window open for reporting until its last month is due", () => {
    expect(reportingOpen(WINDOW, d("2027-04-10"))).toBe(true);
    expect(reportingOpen(WINDOW, d("2027-04-11"))).toBe(false);
    expect(reportingOpen(d("2017-06-01"), d("2026-12-06"))).toBe(false);
  });
});

describe("owedMonths", () => {
  const target = { quantity: 10, plannedMonth: d("2026-10-01") };

  it("owes every ended month from its planned month that has no record", () => {
    expect(months(owedMonths(target, WINDOW, [], d("2026-12-06")))).toEqual(["2026-10", "2026-11"]);
    expect(months(owedMonths(target, WINDOW, [{ month: d("2026-10-01"), achieved: 3 }], d("2026-12-06")))).toEqual(["2026-11"]);
  });

  it("owes nothing for the month in progress, nor before its planned month", () => {
    expect(owedMonths(target, WINDOW, [], d("2026-10-20"))).toEqual([]);
    const later = { quantity: 5, plannedMonth: d("2027-01-01") };
    expect(owedMonths(later, WINDOW, [], d("2026-12-06"))).toEqual([]);
    expect(months(owedMonths(later, WINDOW, [], d("2027-02-02")))).toEqual(["2027-01"]);
  });

  it("owes nothing more once the quantity is reached", () => {
    const met = [{ month: d("2026-10-01"), achieved: 10 }];
    expect(owedMonths(target, WINDOW, met, d("2027-01-15"))).toEqual([]);
    // Reached in November: November was recorded, December is not owed.
    const metLater = [
      { month: d("2026-10-01"), achieved: 4 },
      { month: d("2026-11-01"), achieved: 6 },
    ];
    expect(owedMonths(target, WINDOW, metLater, d("2027-01-15"))).toEqual([]);
    // An early start counts too: achieved before the planned month.
    const early = { quantity: 3, plannedMonth: d("2026-11-01") };
    expect(owedMonths(early, WINDOW, [{ month: d("2026-10-01"), achieved: 3 }], d("2026-12-06"))).toEqual([]);
  });

  it("owes nothing once the window is closed for reporting, whatever is missing", () => {
    expect(owedMonths(target, WINDOW, [], d("2027-04-11"))).toEqual([]);
    expect(owedMonths(target, WINDOW, [], d("2027-04-10")).length).toBe(6);
  });
});

describe("follow-up", () => {
  it("is due 14 days after the last news, counted in whole days", () => {
    expect(followUpDueOn(d("2026-11-20")).toISOString().slice(0, 10)).toBe("2026-12-04");
    expect(daysBetween(d("2026-12-04"), d("2026-12-06"))).toBe(2);
    expect(daysBetween(d("2026-12-06"), d("2026-12-04"))).toBe(0);
  });
});

describe("recordNeeded", () => {
  const target = { quantity: 4, plannedMonth: d("2026-11-01") };
  it("from the planned month, inside the window, until the quantity is reached", () => {
    expect(recordNeeded(target, WINDOW, [], d("2026-10-01"))).toBe(false);
    expect(recordNeeded(target, WINDOW, [], d("2026-11-01"))).toBe(true);
    expect(recordNeeded(target, WINDOW, [{ month: d("2026-11-01"), achieved: 4 }], d("2026-12-01"))).toBe(false);
    expect(recordNeeded(target, WINDOW, [{ month: d("2026-11-01"), achieved: 3 }], d("2026-12-01"))).toBe(true);
    expect(recordNeeded(target, WINDOW, [], d("2027-04-01"))).toBe(false);
  });
});

describe("monthReport", () => {
  const NOV = d("2026-11-01");
  const on = new Date("2026-12-10T16:59:00Z");
  const after = new Date("2026-12-11T00:00:00Z");
  it("none without a target to record; not due while the month runs or before its due day", () => {
    expect(monthReport([], NOV, d("2026-12-20"))).toBe("none");
    expect(monthReport([{ recordedAt: null }], NOV, d("2026-11-20"))).toBe("notDue");
    expect(monthReport([{ recordedAt: null }], NOV, on)).toBe("notDue");
  });
  it("missing once the due day passed without a record; on time or late by when each was made", () => {
    expect(monthReport([{ recordedAt: on }, { recordedAt: null }], NOV, after)).toBe("missing");
    expect(monthReport([{ recordedAt: on }, { recordedAt: d("2026-12-02") }], NOV, after)).toBe("onTime");
    expect(monthReport([{ recordedAt: on }], NOV, on)).toBe("onTime");
    expect(monthReport([{ recordedAt: on }, { recordedAt: after }], NOV, d("2026-12-20"))).toBe("late");
  });
});
