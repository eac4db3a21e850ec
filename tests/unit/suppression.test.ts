// The attacker's test of small-count suppression (lib/domain/suppression.ts):
// given every cell a table shows and the total of its line (known elsewhere,
// itself shown as "<5" when small), work out each hidden cell by subtraction.
// The rule fails the test as soon as any hidden value is pinned to one number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { protectLine, protectLineWithTotal, suppressCount, SUPPRESSION_THRESHOLD, type ProtectedCount } from "@/lib/domain/suppression";

const T = SUPPRESSION_THRESHOLD;

/**
 * What the attacker can say about each cell: an interval. A number is itself;
 * "<5" is 1–4; "hidden" beside a "<5" is a cell that was not small (≥ 5),
 * otherwise it is known only not to be 0 — unless the whole line is hidden,
 * zeros included; at most the total.
 */
function hiddenAtLeast(line: ProtectedCount[]): number {
  return line.includes("<5") ? T : line.every((v) => v === "hidden") ? 0 : 1;
}

function bounds(shown: ProtectedCount, max: number, line: ProtectedCount[]): [number, number] {
  if (typeof shown === "number") return [shown, shown];
  if (shown === "<5") return [1, T - 1];
  return [hiddenAtLeast(line), max];
}

/**
 * Every value each hidden cell can take, given the shown cells and the total
 * as the attacker knows it (exact when ≥ 5, else 1–4, or 0). The sum of
 * integers each in an interval takes every value of the summed interval, so
 * cell i can be v exactly when v is in its interval and total − v is reachable
 * by the others.
 */
function possibleValues(shown: ProtectedCount[], total: number): Map<number, number[]> {
  const known = suppressCount(total);
  const [tLo, tHi] = known === "<5" ? [1, T - 1] : [known, known];
  const max = tHi;
  const b = shown.map((s) => bounds(s, max, shown));
  const out = new Map<number, number[]>();
  shown.forEach((s, i) => {
    if (typeof s === "number") return;
    const othersLo = b.reduce((acc, [lo], j) => (j === i ? acc : acc + lo), 0);
    const othersHi = b.reduce((acc, [, hi], j) => (j === i ? acc : acc + hi), 0);
    const values: number[] = [];
    for (let v = b[i]![0]; v <= b[i]![1]; v++) {
      if (tHi - v >= othersLo && tLo - v <= othersHi) values.push(v);
    }
    out.set(i, values);
  });
  return out;
}

// Mostly small counts, some zeros and a few large ones: where suppression bites.
const count = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 }) });
const line = fc.array(count, { minLength: 1, maxLength: 8 });

describe("small-count suppression", () => {
  it("shows 1–4 as <5, and 0 and 5 and up as themselves", () => {
    expect([0, 1, 4, 5, 12].map(suppressCount)).toEqual([0, "<5", "<5", 5, 12]);
  });

  it("hides a complementary cell next to a lone <5", () => {
    expect(protectLine([3, 7, 12])).toEqual(["<5", "hidden", 12]);
    expect(protectLine([1, 1, 9, 20])).toEqual(["<5", "<5", "hidden", 20]);
    expect(protectLine([3, 4, 9])).toEqual(["<5", "<5", 9]);
    // 5 and 1 of a total of 6: "hidden" (≥ 5) and "<5" (1–4) could only be 5 and 1, so both are hidden.
    expect(protectLine([5, 1])).toEqual(["hidden", "hidden"]);
    // Four cells of 1 with a total under 5 can only be 1 each, whatever the cells show: the whole line is hidden.
    expect(protectLine([1, 1, 1, 1])).toEqual(["hidden", "hidden", "hidden", "hidden"]);
    expect(protectLine([1, 0, 1, 1, 1, 1])).toEqual(["hidden", "hidden", "hidden", "hidden", "hidden", "hidden"]);
    // A lone small cell whose total is small too: nothing to pin it.
    expect(protectLine([2, 0, 0])).toEqual(["<5", 0, 0]);
  });

  it("shows every cell that is not small nor needed to protect one, exactly", () => {
    fc.assert(
      fc.property(line, (counts) => {
        const shown = protectLine(counts);
        shown.forEach((s, i) => {
          if (typeof s === "number") expect(s).toBe(counts[i]);
          if (s === "<5") expect(counts[i]! > 0 && counts[i]! < T).toBe(true);
          if (s === "hidden") expect(counts[i]!).toBeGreaterThanOrEqual(hiddenAtLeast(shown));
        });
      }),
    );
  });

  it("lets no one recover a hidden cell from the shown cells and the line's total", () => {
    fc.assert(
      fc.property(line, (counts) => {
        const shown = protectLine(counts);
        const total = counts.reduce((s, n) => s + n, 0);
        for (const [i, values] of possibleValues(shown, total)) {
          expect(values, `cell ${i} of ${JSON.stringify(counts)} shown as ${JSON.stringify(shown)}`).toContain(counts[i]);
          expect(values.length, `cell ${i} of ${JSON.stringify(counts)} shown as ${JSON.stringify(shown)} is recoverable`).toBeGreaterThan(
            1,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("catches the leak it guards against: a lone <5 without its complementary cell is recovered", () => {
    // Suppression of small cells alone (no complementary cell): the attack works.
    const naive = [3, 7, 12].map(suppressCount);
    expect(possibleValues(naive, 22).get(0)).toEqual([3]);
  });

  it("with its own total: the total gives nothing away about a <5 (any value 1–4 shows the same)", () => {
    const desks = fc.record({ REGISTRATION: count, SOCIAL_PROTECTION: count, LEGAL_IDENTITY: count, VIOLENCE: count });
    fc.assert(
      fc.property(desks, fc.integer({ min: 1, max: T - 1 }), (d, other) => {
        const shown = protectLineWithTotal(d, ["VIOLENCE"]);
        const numbers = Object.values(shown.cells).filter((v): v is number => typeof v === "number");
        expect(shown.total).toBe(numbers.reduce((s, n) => s + n, 0));
        if (shown.cells.VIOLENCE === "<5") {
          expect(shown.suppressed).toBe(true);
          expect(protectLineWithTotal({ ...d, VIOLENCE: other }, ["VIOLENCE"])).toEqual(shown);
        } else {
          expect(shown.cells.VIOLENCE).toBe(d.VIOLENCE);
          expect(shown.total).toBe(d.REGISTRATION + d.SOCIAL_PROTECTION + d.LEGAL_IDENTITY + d.VIOLENCE);
        }
      }),
    );
  });
});
