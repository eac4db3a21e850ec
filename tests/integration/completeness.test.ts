// Reporting completeness against a real PostgreSQL (lib/data/rktl/completeness.ts):
// every province × month of the current windows, on time / late / missing by
// when each record was made; national roles only; the export holds the same cells.
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/authz/permissions";
import { reportingCompleteness, reportingCompletenessExport } from "@/lib/data/rktl/completeness";
import { day, makeRktlPlan, makeTraining } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

let w: World;
let planId: number;
const NOW = new Date("2027-01-15T03:00:00Z");

beforeAll(async () => {
  w = await buildWorld();
  const training = await makeTraining(w.prisma, { startDate: day("2026-09-01") });
  // Province A: October – March; a target planned in October (4) and one in November (2).
  const plan = await makeRktlPlan(w.prisma, {
    provinceId: w.a.province.id,
    trainingId: training.id,
    windowStart: day("2026-10-01"),
    status: "APPROVED",
    targets: [
      { kabupatenId: w.a.kabupaten.id, quantity: 4, monthOffset: 0 },
      { kabupatenId: w.a.kabupaten.id, quantity: 2, monthOffset: 1 },
    ],
  });
  planId = plan.id;
  const [oct, nov] = plan.targets;
  const rec = (targetId: number, month: string, achieved: number, createdAt: string) =>
    w.prisma.rktlRealisation.create({ data: { targetId, month: day(month), achieved, createdAt: new Date(createdAt) } });
  await rec(oct!.id, "2026-10-01", 1, "2026-11-05T02:00:00Z"); // on time
  await rec(oct!.id, "2026-11-01", 1, "2026-12-09T02:00:00Z"); // on time
  await rec(nov!.id, "2026-11-01", 2, "2026-12-14T02:00:00Z"); // late; the November target is met
  // December: the October target still owes it (2 of 4), nothing recorded, due 10 January: missing.
  // An older plan of province B, never closed: no longer current, so B has no current plan.
  const old = await makeTraining(w.prisma, { startDate: day("2017-05-20") });
  await makeRktlPlan(w.prisma, {
    provinceId: w.b.province.id,
    trainingId: old.id,
    windowStart: day("2017-06-01"),
    status: "APPROVED",
    targets: [{ kabupatenId: w.b.kabupaten.id }],
  });
});

const cells = (t: Awaited<ReturnType<typeof reportingCompleteness>>, province: string) =>
  t.rows.find((r) => r.provinceName === province)!.cells.map((c) => [c.month.toISOString().slice(0, 7), c.report, c.recorded, c.needed]);

describe("reporting completeness", () => {
  it("shows each month of the current windows up to now, on time, late or missing", async () => {
    const t = await reportingCompleteness(w.users.national, NOW);
    expect(t.months.map((m) => m.toISOString().slice(0, 7))).toEqual(["2026-10", "2026-11", "2026-12", "2027-01"]);
    expect(cells(t, "Provinsi A")).toEqual([
      ["2026-10", "onTime", 1, 1],
      ["2026-11", "late", 2, 2],
      ["2026-12", "missing", 0, 1],
      ["2027-01", "notDue", 0, 1],
    ]);
    expect(t.rows.find((r) => r.provinceName === "Provinsi A")!.href).toBe(`/rktl/${planId}`);
    // Province B's only plan is from 2017: no current window, a row of nothing to report and no link.
    const b = t.rows.find((r) => r.provinceName === "Provinsi B")!;
    expect([b.href, b.cells.map((c) => c.report)]).toEqual([null, ["none", "none", "none", "none"]]);
  });

  it("a month not due yet before the 10th; missing from the 11th", async () => {
    const early = await reportingCompleteness(w.users.national, new Date("2027-01-10T10:00:00Z"));
    expect(cells(early, "Provinsi A")[2]).toEqual(["2026-12", "notDue", 0, 1]);
  });

  it("is for the national roles; the export holds the same cells", async () => {
    for (const u of [w.users.director, w.users.admin]) expect((await reportingCompleteness(u, NOW)).rows).toHaveLength(2);
    for (const u of [w.users.coordA, w.users.staffA1]) await expect(reportingCompleteness(u, NOW)).rejects.toThrow(ForbiddenError);
    const rows = await reportingCompletenessExport(w.users.national, NOW);
    expect(rows.filter((r) => r.provinceName === "Provinsi A").map((r) => [r.report, r.late])).toEqual([
      ["onTime", 0],
      ["late", 1],
      ["missing", 0],
      ["notDue", 0],
    ]);
  });
});
