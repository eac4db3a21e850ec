// The scale seed's builder (prisma/seed-scale.ts) is deterministic, linear in
// the factor and keeps the rules the database enforces; the integration test
// inserts it for real.
import { describe, expect, it } from "vitest";
import { isIssueTypeOf } from "@/lib/domain/klik-issue-types";
import { buildScaleData, PER_FACTOR } from "@/prisma/seed-scale";
import { DEMO_ACCOUNTS } from "@/prisma/seed-data/program";

const HASH = "$2a$10$0123456789012345678901uVxRZ3p0vH7gC4f1y0mJ1jJ8U1Xn0aG";

describe("buildScaleData", () => {
  const small = buildScaleData(0.02, HASH);
  const double = buildScaleData(0.04, HASH);

  it("is deterministic", () => {
    const again = buildScaleData(0.02, HASH);
    expect(
      JSON.stringify(again, (_k, v) =>
        typeof v === "bigint" ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString("hex") : v,
      ),
    ).toBe(
      JSON.stringify(small, (_k, v) =>
        typeof v === "bigint" ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString("hex") : v,
      ),
    );
  });

  it("scales the volume tables linearly with the factor", () => {
    for (const k of ["kader", "participation", "rktlTarget", "klikSession", "klikCase", "policyTarget", "fpkMeeting"] as const) {
      expect(small[k].length, k).toBe(Math.max(1, Math.round(PER_FACTOR[k] * 0.02)));
      expect(double[k].length, k).toBe(Math.max(1, Math.round(PER_FACTOR[k] * 0.04)));
    }
    expect(small.province).toHaveLength(20);
    // Never less than one kabupaten per province.
    expect(small.kabupaten).toHaveLength(20);
  });

  it("reaches the factor-5 sizes the benchmark is planned around", () => {
    // Checked on the plan, not built (that takes seconds): 5 × PER_FACTOR.
    expect(PER_FACTOR.kabupaten * 5).toBe(120);
    expect(PER_FACTOR.desa * 5).toBe(3_000);
    expect(PER_FACTOR.kader * 5).toBe(25_000);
    expect(PER_FACTOR.participation * 5).toBe(150_000);
    expect(PER_FACTOR.klikCase * 5).toBe(200_000);
    expect(PER_FACTOR.policyTarget * 5).toBe(3_000);
  });

  it("contains the six demo accounts with their scopes", () => {
    expect(small.user.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    const staff = small.user.find((u) => u.role === "DISTRICT_STAFF")!;
    expect(small.kabupaten.find((k) => k.id === staff.kabupatenId)?.name).toBe("Lombok Timur");
  });

  it("keeps the database's rules", () => {
    for (const d of [small, double]) {
      for (const c of d.klikCase) {
        expect(isIssueTypeOf(c.desk, c.issueType)).toBe(true);
        if (c.desk === "VIOLENCE") expect(c.personName).toBeNull();
      }
      const violence = new Set(d.klikCase.filter((c) => c.desk === "VIOLENCE").map((c) => c.id));
      expect(new Set(d.violenceCaseDetail.map((v) => v.caseId))).toEqual(violence);
      const enacted = d.policyTarget.filter((p) => p.status === "ENACTED");
      expect(enacted.length).toBeGreaterThan(0);
      for (const p of enacted) expect(p.evidenceFileId && p.number && p.enactedOn).toBeTruthy();
      const files = enacted.map((p) => p.evidenceFileId);
      expect(new Set(files).size).toBe(files.length);
      expect(new Set(d.storedFile.map((f) => f.sha256)).size).toBe(d.storedFile.length);
      const kaderKeys = d.kader.map((k) => `${k.desaId}|${k.fullName}`);
      expect(new Set(kaderKeys).size).toBe(kaderKeys.length);
      const partKeys = d.participation.map((p) => `${p.classId}|${p.kaderId}`);
      expect(new Set(partKeys).size).toBe(partKeys.length);
      const realKeys = d.rktlRealisation.map((r) => `${r.targetId}|${(r.month as Date).toISOString()}`);
      expect(new Set(realKeys).size).toBe(realKeys.length);
      const codes = d.kabupaten.map((k) => k.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it("names kabupaten beyond the real ones synthetically", () => {
    const five = buildScaleData(5, HASH, { geographyOnly: true });
    expect(five.kabupaten).toHaveLength(120);
    expect(five.desa).toHaveLength(3_000);
    // 69 real kabupaten, the rest generated.
    expect(five.kabupaten.filter((k) => k.name.startsWith("Sintetis ")).length).toBe(120 - 69);
    expect(five.kabupaten.find((k) => k.code === "5203")?.name).toBe("Lombok Timur");
  });
});
