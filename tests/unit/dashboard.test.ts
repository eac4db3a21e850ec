import { describe, expect, it } from "vitest";
import {
  ALL_MEASURES,
  DIRECTION_MEASURES,
  MAP_COLOURS,
  MAP_EMPTY_COLOUR,
  mapScale,
  measureHref,
  measuresFor,
  parseDirection,
  parseMapMeasure,
  periodRange,
  PROVINCE_TILES,
  protectViolence,
  resolvePeriod,
  TILE_COLUMNS,
  TILE_ROWS,
} from "@/lib/domain/dashboard";
import { PROVINCES } from "@/prisma/seed-data/wilayah";

describe("dashboard period", () => {
  it("reads a year, an RKTL window, a custom range or everything", () => {
    expect(resolvePeriod({ period: "2017" })).toEqual({ key: "2017", from: "2017-01-01", to: "2017-12-31" });
    expect(resolvePeriod({ period: "w2017-06" })).toEqual({ key: "w2017-06", from: "2017-06-01", to: "2017-11-30" });
    expect(resolvePeriod({ period: "w2026-10" })).toEqual({ key: "w2026-10", from: "2026-10-01", to: "2027-03-31" });
    expect(resolvePeriod({ period: "custom", from: "2017-05-20", to: "2017-05-23" })).toMatchObject({
      from: "2017-05-20",
      to: "2017-05-23",
    });
    expect(resolvePeriod({ period: "custom", from: "2017-06-01", to: "2017-01-01" })).toMatchObject({
      from: "2017-01-01",
      to: "2017-06-01",
    });
    expect(resolvePeriod({ period: "custom", from: "2017-02-30", to: "x" })).toMatchObject({ from: null, to: null });
    expect(resolvePeriod({ period: "nonsense" })).toEqual({ key: "", from: null, to: null });
    expect(resolvePeriod({})).toEqual({ key: "", from: null, to: null });
  });

  it("turns inclusive days into a half-open range", () => {
    expect(periodRange({ from: "2017-01-01", to: "2017-12-31" })).toEqual({
      gte: new Date("2017-01-01T00:00:00Z"),
      lt: new Date("2018-01-01T00:00:00Z"),
    });
    expect(periodRange({ from: null, to: null })).toEqual({});
  });
});

describe("directions and columns", () => {
  it("puts every measure in exactly one direction", () => {
    const all = [...DIRECTION_MEASURES[1], ...DIRECTION_MEASURES[2], ...DIRECTION_MEASURES[3]];
    expect(new Set(all).size).toBe(all.length);
    expect([...ALL_MEASURES].sort()).toEqual([...all].sort());
  });

  it("shows only the chosen direction's columns", () => {
    expect(parseDirection("2")).toBe(2);
    expect(parseDirection("4")).toBeNull();
    expect(measuresFor(null)).toEqual(ALL_MEASURES);
    expect(measuresFor(1)).toContain("policyEnacted");
    expect(measuresFor(1)).not.toContain("trainings");
    expect(measuresFor(2)).toEqual(["klikSessions", "casesRegistration", "casesSocialProtection", "casesLegalIdentity", "casesViolence"]);
    expect(measuresFor(3)).toContain("rktlMet");
  });

  it("never colours the map by the violence desk, and falls back to a measure of the direction", () => {
    expect(parseMapMeasure("casesViolence", measuresFor(2))).toBe("klikSessions");
    expect(parseMapMeasure("policyEnacted", measuresFor(3))).toBe("trainings");
    expect(parseMapMeasure("policyEnacted", measuresFor(null))).toBe("policyEnacted");
  });
});

describe("violence counts", () => {
  it("shows 1–4 as <5 and hides more cells so no <5 can be worked out from a total", () => {
    expect(protectViolence([0, 7, 12])).toEqual([0, 7, 12]);
    // One small cell: the next smallest is hidden too.
    expect(protectViolence([3, 7, 12])).toEqual(["<5", "hidden", 12]);
    // Two small cells holding fewer than 5 between them: one more is hidden.
    expect(protectViolence([1, 1, 9, 20])).toEqual(["<5", "<5", "hidden", 20]);
    // Two small cells holding 5 or more: enough.
    expect(protectViolence([3, 4, 9])).toEqual(["<5", "<5", 9]);
    // A single small cell with only zeros beside it: nothing else to hide (the total is "<5" as well).
    expect(protectViolence([2, 0, 0])).toEqual(["<5", 0, 0]);
  });
});

describe("tile-grid map", () => {
  it("has a tile for each of the 20 seeded provinces, inside the grid, none overlapping", () => {
    expect(PROVINCES).toHaveLength(20);
    const seen = new Set<string>();
    for (const p of PROVINCES) {
      const tile = PROVINCE_TILES[p.code];
      expect(tile, p.name).toBeDefined();
      expect(tile!.col).toBeGreaterThanOrEqual(0);
      expect(tile!.col).toBeLessThan(TILE_COLUMNS);
      expect(tile!.row).toBeLessThan(TILE_ROWS);
      const key = `${tile!.col},${tile!.row}`;
      expect(seen.has(key), `${p.name} overlaps`).toBe(false);
      seen.add(key);
    }
    expect(Object.keys(PROVINCE_TILES)).toHaveLength(20);
  });

  it("places Aceh top-left and Papua-side provinces right, Nusa Tenggara at the bottom", () => {
    expect(PROVINCE_TILES["11"]).toMatchObject({ col: 0, row: 0 });
    expect(PROVINCE_TILES["81"]!.col).toBe(TILE_COLUMNS - 1);
    expect(PROVINCE_TILES["53"]!.row).toBe(TILE_ROWS - 1);
  });

  it("colours with a sequential scale from light to dark, zero apart, with a legend", () => {
    const s = mapScale([0, 5, 10]);
    expect(s.colour(0)).toBe(MAP_EMPTY_COLOUR);
    expect(s.colour(10)).toBe(MAP_COLOURS[4]);
    expect(s.colour(1)).toBe(MAP_COLOURS[0]);
    expect(s.legend).toHaveLength(5);
    expect(s.legend[0]).toMatchObject({ from: 0, to: 2 });
    expect(s.legend[4]).toMatchObject({ to: 10 });
    expect(mapScale([]).colour(0)).toBe(MAP_EMPTY_COLOUR);
  });
});

describe("links to the records", () => {
  const period = { from: "2017-01-01", to: "2017-12-31" };
  it("carries area, period and criterion", () => {
    expect(measureHref("kaderLeadership", { provinceId: 3 }, period)).toBe(
      "/kader?provinceId=3&trained=LEADERSHIP_TOT&from=2017-01-01&to=2017-12-31&status=all",
    );
    expect(measureHref("retrainings", { provinceId: 3, kabupatenId: 9 }, period)).toBe(
      "/pelatihan?kabupatenId=9&from=2017-01-01&to=2017-12-31&retraining=1",
    );
    expect(measureHref("policyDrafting", { provinceId: 3 }, period)).toBe("/kebijakan?provinceId=3&status=DRAFTING");
    expect(measureHref("enactedInPeriod", { provinceId: 3 }, period)).toBe(
      "/kebijakan?provinceId=3&status=ENACTED&enactedFrom=2017-01-01&enactedTo=2017-12-31",
    );
    expect(measureHref("casesViolence", { provinceId: 3, kabupatenId: 9 }, { from: null, to: null })).toBe("/klik?kabupatenId=9");
    expect(measureHref("rktlMet", { provinceId: 3, kabupatenId: 9 }, period)).toBe(
      "/rktl/target?kabupatenId=9&from=2017-01-01&to=2017-12-31&status=met",
    );
    expect(measureHref("rktlBehind", { provinceId: 3 }, period)).toBe(
      "/rktl/target?provinceId=3&from=2017-01-01&to=2017-12-31&status=behind",
    );
    expect(measureHref("rktlSet", { provinceId: 3 }, { from: null, to: null })).toBe("/rktl/target?provinceId=3");
    expect(measureHref("rktlPercent", { provinceId: 3 }, period)).toBe("/rktl/target?provinceId=3&from=2017-01-01&to=2017-12-31");
  });
});
