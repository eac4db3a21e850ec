import { describe, expect, it } from "vitest";
import {
  allowedTransitions,
  canTransition,
  isFinalStatus,
  POLICY_LEVELS,
  POLICY_STATUSES,
  POLICY_TYPES,
  typeFitsKabupatenKind,
  typeFitsLevel,
  typesForLevel,
} from "@/lib/domain/policy-status";

describe("policy pipeline", () => {
  it("moves one step forward, or drops, from every step before enactment", () => {
    expect(allowedTransitions("IDENTIFIED")).toEqual(["ADVOCACY", "DROPPED"]);
    expect(allowedTransitions("ADVOCACY")).toEqual(["DRAFTING", "DROPPED"]);
    expect(allowedTransitions("DRAFTING")).toEqual(["DELIBERATION", "DROPPED"]);
    expect(allowedTransitions("DELIBERATION")).toEqual(["ENACTED", "DROPPED"]);
  });

  it("treats ENACTED and DROPPED as final", () => {
    expect(allowedTransitions("ENACTED")).toEqual([]);
    expect(allowedTransitions("DROPPED")).toEqual([]);
    expect(isFinalStatus("ENACTED") && isFinalStatus("DROPPED")).toBe(true);
    expect(POLICY_STATUSES.filter(isFinalStatus)).toEqual(["ENACTED", "DROPPED"]);
  });

  it("refuses skipping, going back, staying and reviving", () => {
    expect(canTransition("IDENTIFIED", "ENACTED")).toBe(false);
    expect(canTransition("IDENTIFIED", "DRAFTING")).toBe(false);
    expect(canTransition("DRAFTING", "ADVOCACY")).toBe(false);
    expect(canTransition("ADVOCACY", "ADVOCACY")).toBe(false);
    expect(canTransition("DROPPED", "IDENTIFIED")).toBe(false);
    expect(canTransition("ENACTED", "DROPPED")).toBe(false);
    expect(canTransition("DELIBERATION", "ENACTED")).toBe(true);
  });

  it("allows exactly 8 transitions in all", () => {
    const all = POLICY_STATUSES.flatMap((a) => POLICY_STATUSES.filter((b) => canTransition(a, b)).map((b) => `${a}>${b}`));
    expect(all).toHaveLength(8);
  });
});

describe("regulation type and level", () => {
  it("puts a Perdes only at village level", () => {
    expect(POLICY_LEVELS.filter((l) => typeFitsLevel(l, "PERDES"))).toEqual(["DESA"]);
    expect(typesForLevel("DESA")).not.toContain("PERDA");
    expect(typesForLevel("DESA")).not.toContain("PERBUP");
  });

  it("puts Perbup and Perwali only at kabupaten level, Perda at kabupaten or province", () => {
    expect(POLICY_LEVELS.filter((l) => typeFitsLevel(l, "PERBUP"))).toEqual(["KABUPATEN"]);
    expect(POLICY_LEVELS.filter((l) => typeFitsLevel(l, "PERWALI"))).toEqual(["KABUPATEN"]);
    expect(POLICY_LEVELS.filter((l) => typeFitsLevel(l, "PERDA"))).toEqual(["KABUPATEN", "PROVINSI"]);
  });

  it("allows SK and other instruments at every level", () => {
    for (const l of POLICY_LEVELS) expect(typeFitsLevel(l, "SK") && typeFitsLevel(l, "OTHER")).toBe(true);
    expect(POLICY_TYPES.every((t) => POLICY_LEVELS.some((l) => typeFitsLevel(l, t)))).toBe(true);
  });

  it("matches Perbup to a kabupaten and Perwali to a kota", () => {
    expect(typeFitsKabupatenKind("PERBUP", "KABUPATEN")).toBe(true);
    expect(typeFitsKabupatenKind("PERBUP", "KOTA")).toBe(false);
    expect(typeFitsKabupatenKind("PERWALI", "KOTA")).toBe(true);
    expect(typeFitsKabupatenKind("PERWALI", "KABUPATEN")).toBe(false);
    expect(typeFitsKabupatenKind("PERDA", "KOTA")).toBe(true);
  });
});
