// The director's policy dashboard, pure parts: which policies are "written
// regulations", the funnel from the furthest stage each policy reached, and
// the quarters of enactment with the empty ones filled in.
import type { PolicyType } from "@/lib/generated/prisma/enums";

/** Written regulations the director's target counts (DOMAIN: Perdes, Perda, Perbup/Perwali). */
export const WRITTEN_TYPES = ["PERDES", "PERDA", "PERBUP", "PERWALI"] as const satisfies readonly PolicyType[];

/** The indicator row that holds the target (prisma/seed-data/program.ts). */
export const WRITTEN_POLICY_INDICATOR = "D1_WRITTEN_POLICY";

/** The pipeline stages in order; DROPPED is not a stage (a dropped policy counts up to where it got). */
export const FUNNEL_STAGES = ["IDENTIFIED", "ADVOCACY", "DRAFTING", "DELIBERATION", "ENACTED"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/**
 * From "how many policies got at furthest to stage i" to "how many reached
 * stage i": each policy counts at its furthest stage and every stage before.
 */
export function funnel(furthest: readonly { stage: number; n: number }[]): { stage: FunnelStage; n: number }[] {
  return FUNNEL_STAGES.map((stage, i) => ({
    stage,
    n: furthest.filter((f) => f.stage >= i).reduce((s, f) => s + f.n, 0),
  }));
}

/** "2018-Q1" of a date (UTC). */
export function quarterKey(d: Date): string {
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** Every quarter from the first to the last with a count, zeros filled in. */
export function quarterSeries(rows: readonly { quarter: Date; n: number }[]): { key: string; year: number; q: number; n: number }[] {
  if (rows.length === 0) return [];
  const byKey = new Map<string, number>();
  for (const r of rows) byKey.set(quarterKey(r.quarter), (byKey.get(quarterKey(r.quarter)) ?? 0) + r.n);
  const times = rows.map((r) => r.quarter.getTime());
  const first = new Date(Math.min(...times));
  const last = new Date(Math.max(...times));
  const out: { key: string; year: number; q: number; n: number }[] = [];
  let y = first.getUTCFullYear();
  let q = Math.floor(first.getUTCMonth() / 3) + 1;
  const endY = last.getUTCFullYear();
  const endQ = Math.floor(last.getUTCMonth() / 3) + 1;
  while (y < endY || (y === endY && q <= endQ)) {
    const key = `${y}-Q${q}`;
    out.push({ key, year: y, q, n: byKey.get(key) ?? 0 });
    q += 1;
    if (q > 4) {
      q = 1;
      y += 1;
    }
  }
  return out;
}

/** Share of the target reached, whole percent (0 when there is no target). */
export function targetPercent(achieved: number, target: number): number {
  return target > 0 ? Math.round((achieved / target) * 100) : 0;
}

// ───────────────────────── Links to the records ─────────────────────────

/** A number of the policy dashboard, by the list it opens. */
export type PolicyDashboardLink =
  | { type: PolicyType }
  | { quarter: { year: number; q: number } }
  | { provinceId: number }
  | { target: { periodStart: Date; periodEnd: Date } }
  | "allWritten";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The policy list behind a number: enacted, written, and the bar's own
 * criterion, so the list's count equals the number (tests/integration/measures.test.ts).
 */
export function policyDashboardHref(link: PolicyDashboardLink): string {
  const enacted = "/kebijakan?status=ENACTED";
  if (link === "allWritten") return `${enacted}&written=1`;
  if ("type" in link) return `${enacted}&type=${link.type}`;
  if ("provinceId" in link) return `${enacted}&written=1&provinceId=${link.provinceId}`;
  if ("quarter" in link) {
    const { year, q } = link.quarter;
    const first = isoDay(new Date(Date.UTC(year, (q - 1) * 3, 1)));
    const last = isoDay(new Date(Date.UTC(year, q * 3, 0)));
    return `${enacted}&written=1&enactedFrom=${first}&enactedTo=${last}`;
  }
  return `${enacted}&written=1&programArea=1&enactedFrom=${isoDay(link.target.periodStart)}&enactedTo=${isoDay(link.target.periodEnd)}`;
}
