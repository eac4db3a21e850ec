// Days of filters and periods (lib/domain/day-bound.ts).
import { describe, expect, it } from "vitest";
import { endOfDay, isFilterDay, isFilterYear } from "@/lib/domain/day-bound";

describe("filter days", () => {
  it.each([
    ["2026-12-31", true],
    ["1900-01-01", true],
    ["2100-12-31", true],
    ["2024-02-29", true],
    ["2026-02-29", false], // no such day
    ["1899-12-31", false],
    ["2101-01-01", false],
    ["9999-12-31", false], // its next midnight is no timestamp the database takes
    ["26-12-31", false],
  ])("%s → %s", (s, ok) => expect(isFilterDay(s)).toBe(ok));

  it("names the same years for periods", () => {
    expect([1899, 1900, 2100, 2101, 9999].map(isFilterYear)).toEqual([false, true, true, false, false]);
  });

  it("ends a day at the next UTC midnight", () => {
    expect(endOfDay("2026-12-31").toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(endOfDay(new Date(Date.UTC(2024, 1, 28))).toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });
});
