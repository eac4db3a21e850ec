import { describe, expect, it } from "vitest";
import { funnel, quarterKey, quarterSeries, targetPercent } from "@/lib/domain/policy-dashboard";

describe("policy dashboard shaping", () => {
  it("counts a policy at every stage up to the furthest it reached", () => {
    expect(
      funnel([
        { stage: 0, n: 2 },
        { stage: 1, n: 1 },
        { stage: 4, n: 3 },
      ]),
    ).toEqual([
      { stage: "IDENTIFIED", n: 6 },
      { stage: "ADVOCACY", n: 4 },
      { stage: "DRAFTING", n: 3 },
      { stage: "DELIBERATION", n: 3 },
      { stage: "ENACTED", n: 3 },
    ]);
    expect(funnel([]).map((f) => f.n)).toEqual([0, 0, 0, 0, 0]);
  });

  it("fills the empty quarters between the first and the last", () => {
    expect(quarterKey(new Date("2018-03-31T00:00:00Z"))).toBe("2018-Q1");
    expect(quarterKey(new Date("2018-10-01T00:00:00Z"))).toBe("2018-Q4");
    expect(
      quarterSeries([
        { quarter: new Date("2017-10-01T00:00:00Z"), n: 2 },
        { quarter: new Date("2018-07-01T00:00:00Z"), n: 1 },
      ]).map((q) => [q.key, q.n]),
    ).toEqual([
      ["2017-Q4", 2],
      ["2018-Q1", 0],
      ["2018-Q2", 0],
      ["2018-Q3", 1],
    ]);
    expect(quarterSeries([])).toEqual([]);
  });

  it("gives the share of the target", () => {
    expect(targetPercent(7, 20)).toBe(35);
    expect(targetPercent(3, 0)).toBe(0);
  });
});
