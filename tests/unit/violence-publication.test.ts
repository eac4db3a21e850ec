// The attacker's test of the published yearly violence table
// (lib/domain/violence-publication.ts, decision 0027). Every violence count a
// user without the grant sees is one of its cells: the nation, the provinces,
// the kabupaten. The attacker sees the whole table at once and reasons as in
// tests/unit/suppression.test.ts: a number is itself, "<5" is 1–4, a hidden
// cell beside a "<5" of its line is ≥ 5, otherwise ≥ 1, and ≥ 0 when its whole
// line is hidden; a province is the sum of its kabupaten, the nation the sum of
// the provinces. She enumerates every country (counts per kabupaten) that fits
// all of it; a small count (1–4) of a kabupaten or a province that takes one
// value in all of them is recovered, and the test fails.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProtectedCount } from "@/lib/domain/suppression";
import { calendarYearOf, publishViolence, violenceYearOfWindow, type KabupatenViolence } from "@/lib/domain/violence-publication";

type Interval = [number, number];

/** What the attacker knows of each cell of one line, as in tests/unit/suppression.test.ts. */
function lineBounds(line: ProtectedCount[]): Interval[] {
  const hiddenLo = line.includes("<5") ? 5 : line.every((v) => v === "hidden") ? 0 : 1;
  return line.map((v) => (typeof v === "number" ? [v, v] : v === "<5" ? [1, 4] : [hiddenLo, Infinity]));
}

/** Every way to split `total` into `n` counts. */
function* compositions(total: number, n: number): Generator<number[]> {
  if (n === 1) {
    yield [total];
    return;
  }
  for (let first = 0; first <= total; first++) for (const rest of compositions(total - first, n - 1)) yield [first, ...rest];
}

const inside = (v: number, [lo, hi]: Interval) => v >= lo && v <= hi;
const small = (n: number) => n > 0 && n < 5;

/** Provinces (each a list of kabupaten counts) as rows of the publication. */
function rowsOf(shape: number[], counts: number[]): KabupatenViolence[] {
  let k = 0;
  return shape.flatMap((size, p) => Array.from({ length: size }, () => ({ provinceId: p + 1, kabupatenId: ++k, n: counts[k - 1]! })));
}

/** The countries that fit everything the table shows. */
function consistentCountries(shape: number[], counts: number[]): number[][] {
  const pub = publishViolence(rowsOf(shape, counts));
  const provinceIds = shape.map((_, p) => p + 1);
  const provinceBounds = lineBounds(provinceIds.map((id) => pub.province.get(id)!));
  let k = 0;
  const kabupatenBounds = shape.flatMap((size) => {
    const ids = Array.from({ length: size }, () => ++k);
    return lineBounds(ids.map((id) => pub.kabupaten.get(id)!));
  });
  const totals: number[] = pub.nation === "<5" ? [1, 2, 3, 4] : [pub.nation as number];
  const out: number[][] = [];
  for (const total of totals)
    for (const c of compositions(total, counts.length)) {
      if (!c.every((v, i) => inside(v, kabupatenBounds[i]!))) continue;
      let at = 0;
      const provinceTotals = shape.map((size) => c.slice(at, (at += size)).reduce((s, v) => s + v, 0));
      if (provinceTotals.every((v, p) => inside(v, provinceBounds[p]!))) out.push(c);
    }
  return out;
}

describe("the published yearly violence table", () => {
  it("lets no small count of a kabupaten or a province be worked out from the whole table", () => {
    // 2–3 provinces of 1–2 kabupaten, counts mostly small.
    const count = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 9 }) },
    );
    const country = fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 2, maxLength: 3 }).chain((shape) => {
      const n = shape.reduce((a, b) => a + b, 0);
      return fc.tuple(fc.constant(shape), fc.array(count, { minLength: n, maxLength: n }));
    });
    fc.assert(
      fc.property(country, ([shape, counts]) => {
        const worlds = consistentCountries(shape, counts);
        expect(worlds).toContainEqual(counts);
        const label = JSON.stringify({ shape, counts });
        let at = 0;
        shape.forEach((size, p) => {
          const kabs = Array.from({ length: size }, (_, j) => at + j);
          at += size;
          const total = (c: number[]) => kabs.reduce((s, i) => s + c[i]!, 0);
          if (small(total(counts))) expect(new Set(worlds.map(total)).size, `province ${p + 1} of ${label}`).toBeGreaterThan(1);
          for (const i of kabs)
            if (small(counts[i]!)) expect(new Set(worlds.map((c) => c[i])).size, `kabupaten ${i + 1} of ${label}`).toBeGreaterThan(1);
        });
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261203) },
    );
  });

  it("hides every kabupaten of a province whose own count is not shown", () => {
    // Province 2's 2 is "<5"; its kabupaten (1 and 1) would otherwise say more than the province line does.
    const pub = publishViolence(rowsOf([1, 2, 1], [9, 1, 1, 7]));
    expect(pub.province.get(2)).toBe("<5");
    expect([pub.kabupaten.get(2), pub.kabupaten.get(3)]).toEqual(["hidden", "hidden"]);
    expect(pub.nation).toBe(18);
  });

  it("protects a province's kabupaten as a line under the province's shown count", () => {
    const pub = publishViolence(rowsOf([2, 1], [3, 5, 6]));
    expect([pub.province.get(1), pub.province.get(2)]).toEqual([8, 6]);
    expect([pub.kabupaten.get(1), pub.kabupaten.get(2), pub.kabupaten.get(3)]).toEqual(["<5", "hidden", 6]);
  });

  it("takes a calendar year, and nothing else, as the period of a count", () => {
    expect(calendarYearOf({ from: "2026-01-01", to: "2026-12-31" })).toBe(2026);
    expect(calendarYearOf({ from: "2026-01-01", to: "2027-12-31" })).toBeNull();
    expect(calendarYearOf({ from: "2026-01-02", to: "2026-12-31" })).toBeNull();
    expect(calendarYearOf({ from: null, to: null })).toBeNull();
    expect(calendarYearOf({ from: "2026-01-01", to: undefined })).toBeNull();
    // A window running into next year counts the year it is in today, until it has ended.
    const windowTo = new Date("2027-03-01T00:00:00Z");
    expect(violenceYearOfWindow(windowTo, new Date("2026-11-15T00:00:00Z"))).toBe(2026);
    expect(violenceYearOfWindow(windowTo, new Date("2027-06-01T00:00:00Z"))).toBe(2027);
  });
});
