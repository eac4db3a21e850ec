// The director's policy dashboard on a known set of policies.
import { beforeAll, describe, expect, it } from "vitest";
import { policyDashboard } from "@/lib/data/dashboard-policy";
import { listPolicies } from "@/lib/data/policy";
import { policyFilters } from "@/lib/validation/policy";
import { ForbiddenError } from "@/lib/authz/permissions";
import { day, makeKabupaten, makePolicyTarget } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
  const { prisma, a, b } = w;
  await prisma.programIndicator.create({
    data: {
      direction: 1,
      code: "D1_WRITTEN_POLICY",
      name: "Kebijakan tertulis",
      unit: "kebijakan",
      target: 4,
      periodStart: day("2016-01-01"),
      periodEnd: day("2019-12-31"),
    },
  });
  await prisma.kabupaten.update({ where: { id: a.kabupaten.id }, data: { isProgramArea: true } });
  const kota = await makeKabupaten(prisma, b.province.id, { kind: "KOTA", name: "Kota B" });
  // A1 (program area): 2 Perbup enacted, 1 Perdes enacted, 1 SK enacted (not a written regulation here).
  const p1 = await makePolicyTarget(prisma, a.kabupaten, { status: "ENACTED", type: "PERBUP" });
  const p2 = await makePolicyTarget(prisma, a.kabupaten, { status: "ENACTED", type: "PERBUP" });
  await makePolicyTarget(prisma, a.kabupaten, { status: "ENACTED", type: "PERDES", desaId: a.desa.id });
  await makePolicyTarget(prisma, a.kabupaten, { status: "ENACTED", type: "SK" });
  // One enacted outside the indicator period.
  await prisma.policyTarget.update({ where: { id: p2.id }, data: { enactedOn: day("2020-02-10") } });
  await prisma.policyTarget.update({ where: { id: p1.id }, data: { enactedOn: day("2017-11-20") } });
  // B (not program area): 1 Perwali enacted; pipeline: dropped after advocacy, in deliberation, identified.
  await makePolicyTarget(prisma, kota, { status: "ENACTED", type: "PERWALI" });
  await makePolicyTarget(prisma, b.kabupaten, { status: "DROPPED", type: "PERDA", level: "KABUPATEN" });
  await makePolicyTarget(prisma, b.kabupaten, { status: "DELIBERATION", type: "PERBUP" });
  await makePolicyTarget(prisma, b.kabupaten, { status: "IDENTIFIED", type: "PERBUP" });
});

describe("policy dashboard", () => {
  it("counts written regulations enacted with evidence against the target", async () => {
    for (const user of [w.users.director, w.users.national, w.users.admin]) {
      const d = await policyDashboard(user);
      // Toward the target: program kabupaten (A1), written types, enacted 2016–2019: p1 and the Perdes.
      expect(d.target).toMatchObject({ achieved: 2, target: 4, percent: 50 });
      expect(d.byType).toEqual([
        { type: "PERDES", n: 1 },
        { type: "PERDA", n: 0 },
        { type: "PERBUP", n: 2 },
        { type: "PERWALI", n: 1 },
      ]);
      expect(d.byProvince.find((p) => p.id === w.a.province.id)!.n).toBe(3);
      expect(d.byProvince.find((p) => p.id === w.b.province.id)!.n).toBe(1);
      expect(d.enacted).toHaveLength(4);
      expect(d.enacted.every((p) => p.evidenceFileId)).toBe(true);
    }
  });

  it("the target's and the provinces' numbers equal the policy list they link to", async () => {
    const d = await policyDashboard(w.users.director);
    const count = async (q: Record<string, string>) => (await listPolicies(w.users.director, policyFilters.parse(q))).total;
    expect(await count({ status: "ENACTED", written: "1", programArea: "1", enactedFrom: "2016-01-01", enactedTo: "2019-12-31" })).toBe(
      d.target!.achieved,
    );
    for (const p of d.byProvince) expect(await count({ status: "ENACTED", written: "1", provinceId: String(p.id) })).toBe(p.n);
    for (const t of d.byType) expect(await count({ status: "ENACTED", type: t.type })).toBe(t.n);
    for (const q of d.quarters) {
      const m = (q.q - 1) * 3 + 1;
      const end = new Date(Date.UTC(q.year, q.q * 3, 0)).toISOString().slice(0, 10);
      expect(
        await count({ status: "ENACTED", written: "1", enactedFrom: `${q.year}-${String(m).padStart(2, "0")}-01`, enactedTo: end }),
      ).toBe(q.n);
    }
  });

  it("puts every policy in the funnel at each stage it reached, from its history", async () => {
    const d = await policyDashboard(w.users.director);
    // 8 written policies: 4 enacted (stage 4), 1 dropped after advocacy (1), 1 in deliberation (3), 1 identified (0).
    expect(d.funnel).toEqual([
      { stage: "IDENTIFIED", n: 7 },
      { stage: "ADVOCACY", n: 6 },
      { stage: "DRAFTING", n: 5 },
      { stage: "DELIBERATION", n: 5 },
      { stage: "ENACTED", n: 4 },
    ]);
  });

  it("counts enactments per quarter with empty quarters in between", async () => {
    const d = await policyDashboard(w.users.director);
    // Factory date 2018-03-01 for three of them; p1 in 2017-Q4; p2 in 2020-Q1.
    expect(d.quarters[0]).toMatchObject({ key: "2017-Q4", n: 1 });
    expect(d.quarters.find((q) => q.key === "2018-Q1")!.n).toBe(2);
    expect(d.quarters.at(-1)).toMatchObject({ key: "2020-Q1", n: 1 });
    expect(d.quarters).toHaveLength(10);
    expect(d.quarters.reduce((s, q) => s + q.n, 0)).toBe(4);
  });

  it("refuses coordinators and district staff", async () => {
    await expect(policyDashboard(w.users.coordA)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(policyDashboard(w.users.staffA1)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
