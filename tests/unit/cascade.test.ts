import { describe, expect, it } from "vitest";
import { computeCascade, type CascadeParticipation } from "@/lib/domain/cascade";

// National (1) → provincial A (2), provincial B (3); A → local A1 (4) → local A1b (5); an unrelated training (9).
const trainings = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 1 },
  { id: 4, parentId: 2 },
  { id: 5, parentId: 4 },
  { id: 9, parentId: null },
];

const P = (trainingId: number, kaderId: number, provinceId: number, o: Partial<CascadeParticipation> = {}): CascadeParticipation => ({
  trainingId,
  kaderId,
  provinceId,
  provinceName: provinceId === 10 ? "Aceh" : "Nusa Tenggara Barat",
  classKind: "IMPLEMENTATION",
  role: "PARTICIPANT",
  completed: true,
  ...o,
});

const participations: CascadeParticipation[] = [
  // Root: two ToT graduates (100, 101), one who did not complete (102), an implementation participant (103), a facilitator (104).
  P(1, 100, 10, { classKind: "LEADERSHIP_TOT" }),
  P(1, 101, 20, { classKind: "LEADERSHIP_TOT" }),
  P(1, 102, 20, { classKind: "LEADERSHIP_TOT", completed: false }),
  P(1, 103, 20),
  P(1, 104, 10, { classKind: "LEADERSHIP_TOT", role: "FACILITATOR" }),
  // Provincial A: facilitator 100 (not counted as reached), participants 200, 201 (Aceh).
  P(2, 100, 10, { role: "FACILITATOR" }),
  P(2, 200, 10, { classKind: "LEADERSHIP_TOT" }),
  P(2, 201, 10),
  // Provincial B: facilitator 101, participants 300, 301, 302 (NTB).
  P(3, 101, 20, { role: "FACILITATOR" }),
  P(3, 300, 20),
  P(3, 301, 20),
  P(3, 302, 20),
  // Local A1: 200 facilitates; 400, 401 participate, and 201 again (counted once).
  P(4, 200, 10, { role: "FACILITATOR" }),
  P(4, 400, 10),
  P(4, 401, 10),
  P(4, 201, 10),
  // Local A1b at depth 3: 500.
  P(5, 500, 10),
  // Unrelated.
  P(9, 900, 10),
];

describe("computeCascade", () => {
  const c = computeCascade(1, trainings, participations)!;

  it("builds the tree at any depth and ignores unrelated trainings", () => {
    expect(c.root.training.id).toBe(1);
    expect(c.root.children.map((n) => n.training.id)).toEqual([2, 3]);
    expect(c.root.children[0]!.children[0]!.training.id).toBe(4);
    expect(c.root.children[0]!.children[0]!.children[0]!.training.id).toBe(5);
    expect(c.root.children[0]!.children[0]!.children[0]!.depth).toBe(3);
    expect(c.descendants).toBe(4);
  });

  it("counts distinct downstream participants, not facilitators, per node and per province", () => {
    // 200, 201, 300, 301, 302, 400, 401, 500
    expect(c.reached).toBe(8);
    expect(c.reachedByProvince).toEqual([
      { provinceId: 10, provinceName: "Aceh", count: 5 },
      { provinceId: 20, provinceName: "Nusa Tenggara Barat", count: 3 },
    ]);
    const a = c.root.children[0]!;
    expect(a.participants).toBe(2);
    expect(a.reachedBelow).toBe(4); // 400, 401, 201, 500
    expect(a.children[0]!.participants).toBe(3);
    expect(a.children[0]!.reachedBelow).toBe(1);
    expect(c.root.reachedBelow).toBe(8);
  });

  it("divides by the root's completed leadership-class participants", () => {
    expect(c.graduates).toBe(2);
    expect(c.multiplier).toBe(4);
  });

  it("has no multiplier without graduates", () => {
    const none = computeCascade(2, trainings, participations)!;
    expect(none.graduates).toBe(1); // 200 completed provincial A's ToT
    const leaf = computeCascade(5, trainings, participations)!;
    expect(leaf.graduates).toBe(0);
    expect(leaf.multiplier).toBeNull();
    expect(leaf.reached).toBe(0);
    expect(leaf.root.children).toEqual([]);
  });

  it("answers null for an unknown root and cuts cycles in bad data", () => {
    expect(computeCascade(77, trainings, participations)).toBeNull();
    const cyclic = [
      { id: 1, parentId: 3 },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 2 },
    ];
    const r = computeCascade(1, cyclic, [])!;
    expect(r.descendants).toBe(2);
    expect(r.root.children[0]!.children[0]!.children).toEqual([]);
  });
});
