// The policy pipeline: IDENTIFIED → ADVOCACY → DRAFTING → DELIBERATION → ENACTED,
// or DROPPED from any step before ENACTED. ENACTED and DROPPED are final.
// Also which regulation types fit which level of government. Pure; unit-tested.
import type { PolicyLevel, PolicyStatus, PolicyType } from "@/lib/generated/prisma/enums";

export const POLICY_STATUSES = [
  "IDENTIFIED",
  "ADVOCACY",
  "DRAFTING",
  "DELIBERATION",
  "ENACTED",
  "DROPPED",
] as const satisfies readonly PolicyStatus[];
export const POLICY_LEVELS = ["DESA", "KABUPATEN", "PROVINSI"] as const satisfies readonly PolicyLevel[];
export const POLICY_TYPES = ["PERDES", "PERDA", "PERBUP", "PERWALI", "SK", "OTHER"] as const satisfies readonly PolicyType[];

const NEXT: Readonly<Record<PolicyStatus, PolicyStatus | null>> = {
  IDENTIFIED: "ADVOCACY",
  ADVOCACY: "DRAFTING",
  DRAFTING: "DELIBERATION",
  DELIBERATION: "ENACTED",
  ENACTED: null,
  DROPPED: null,
};

export function isFinalStatus(s: PolicyStatus): boolean {
  return s === "ENACTED" || s === "DROPPED";
}

/** The statuses a policy may move to from `from`: the next step, or DROPPED; nothing once final. */
export function allowedTransitions(from: PolicyStatus): PolicyStatus[] {
  const next = NEXT[from];
  if (!next) return [];
  return [next, "DROPPED"];
}

export function canTransition(from: PolicyStatus, to: PolicyStatus): boolean {
  return allowedTransitions(from).includes(to);
}

/** Regulation types that exist at each level: a Perdes only in a village, a Perbup/Perwali only in a kabupaten/kota. */
const TYPES_BY_LEVEL: Readonly<Record<PolicyLevel, readonly PolicyType[]>> = {
  DESA: ["PERDES", "SK", "OTHER"],
  KABUPATEN: ["PERDA", "PERBUP", "PERWALI", "SK", "OTHER"],
  PROVINSI: ["PERDA", "SK", "OTHER"],
};

export function typesForLevel(level: PolicyLevel): readonly PolicyType[] {
  return TYPES_BY_LEVEL[level];
}

export function typeFitsLevel(level: PolicyLevel, type: PolicyType): boolean {
  return TYPES_BY_LEVEL[level].includes(type);
}

/** A Perbup is a regent's regulation (kabupaten), a Perwali a mayor's (kota). */
export function typeFitsKabupatenKind(type: PolicyType, kind: "KABUPATEN" | "KOTA"): boolean {
  if (type === "PERBUP") return kind === "KABUPATEN";
  if (type === "PERWALI") return kind === "KOTA";
  return true;
}
