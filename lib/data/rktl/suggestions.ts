import "server-only";
// What the system itself recorded that a target's monthly realisation may
// count (KLIK sessions, JKN enrolments, FPK meetings, re-trainings), offered
// on the realisation form (realisation.ts). Each count's criterion is the one
// the dashboards and the report use (lib/measures/activity.ts; the KLIK and FPK
// counts are "held in the month"). See docs/decisions/0008-rktl-plans.md and 0022.
import { db } from "@/lib/db/client";
import { Prisma, type RktlTargetKind } from "@/lib/generated/prisma/client";
import { jknEnrolmentSql, retrainingSql } from "@/lib/measures/activity";
import { addMonthsUtc, monthKey, monthOf } from "@/lib/domain/rktl-progress";

/** Kinds for which the system already counts the activity itself. */
export const SUGGESTED_KINDS = ["KLIK_SESSION", "RETRAINING", "JKN_ENROLMENT", "FPK_MEETING"] as const satisfies readonly RktlTargetKind[];
type SuggestedKind = (typeof SUGGESTED_KINDS)[number];

export function isSuggested(kind: RktlTargetKind): kind is SuggestedKind {
  return (SUGGESTED_KINDS as readonly string[]).includes(kind);
}

type CountRow = { kabupaten_id: number | null; month: Date; n: number };

/**
 * What the system itself recorded in a plan's kabupaten during its window, per
 * kind, kabupaten and month: one grouped query per kind (not per target).
 * Key: `${kind}:${kabupatenId}:${YYYY-MM}`. Re-trainings held at province
 * level (no kabupaten) count for every kabupaten of the province.
 */
export async function realisationSuggestions(
  plan: { provinceId: number; windowStart: Date },
  targets: readonly { kind: RktlTargetKind; kabupatenId: number }[],
): Promise<Map<string, number>> {
  const from = plan.windowStart;
  const to = addMonthsUtc(plan.windowStart, 6);
  const kinds = new Set(targets.map((t) => t.kind).filter(isSuggested));
  const kabs = (kind: SuggestedKind) => [...new Set(targets.filter((t) => t.kind === kind).map((t) => t.kabupatenId))];
  const out = new Map<string, number>();
  const put = (kind: SuggestedKind, rows: CountRow[], forKabs: number[]) => {
    for (const r of rows) {
      const targetsKabs = r.kabupaten_id === null ? forKabs : [r.kabupaten_id];
      for (const k of targetsKabs) {
        const key = `${kind}:${k}:${monthKey(monthOf(new Date(r.month)))}`;
        out.set(key, (out.get(key) ?? 0) + Number(r.n));
      }
    }
  };
  const q = db();
  await Promise.all([
    kinds.has("KLIK_SESSION") &&
      q.$queryRaw<CountRow[]>`
        SELECT kabupaten_id, date_trunc('month', held_on)::date AS month, count(*)::int AS n
        FROM klik_session
        WHERE province_id = ${plan.provinceId} AND kabupaten_id = ANY(${kabs("KLIK_SESSION")}::int[])
          AND held_on >= ${from} AND held_on < ${to}
        GROUP BY 1, 2`.then((rows) => put("KLIK_SESSION", rows, [])),
    kinds.has("JKN_ENROLMENT") &&
      q.$queryRaw<CountRow[]>`
        SELECT c.kabupaten_id, date_trunc('month', s.held_on)::date AS month, count(*)::int AS n
        FROM klik_case c JOIN klik_session s ON s.id = c.session_id
        WHERE c.province_id = ${plan.provinceId} AND c.kabupaten_id = ANY(${kabs("JKN_ENROLMENT")}::int[])
          AND ${jknEnrolmentSql(Prisma.sql`c`)}
          AND s.held_on >= ${from} AND s.held_on < ${to}
        GROUP BY 1, 2`.then((rows) => put("JKN_ENROLMENT", rows, [])),
    kinds.has("FPK_MEETING") &&
      q.$queryRaw<CountRow[]>`
        SELECT kabupaten_id, date_trunc('month', held_on)::date AS month, count(*)::int AS n
        FROM fpk_meeting
        WHERE province_id = ${plan.provinceId} AND kabupaten_id = ANY(${kabs("FPK_MEETING")}::int[])
          AND held_on >= ${from} AND held_on < ${to}
        GROUP BY 1, 2`.then((rows) => put("FPK_MEETING", rows, [])),
    kinds.has("RETRAINING") &&
      q.$queryRaw<CountRow[]>`
        SELECT t.kabupaten_id, date_trunc('month', t.start_date)::date AS month, count(*)::int AS n
        FROM training t
        WHERE ${retrainingSql(Prisma.sql`t`)}
          AND t.province_id = ${plan.provinceId}
          AND (t.kabupaten_id IS NULL OR t.kabupaten_id = ANY(${kabs("RETRAINING")}::int[]))
          AND t.start_date >= ${from} AND t.start_date < ${to}
        GROUP BY 1, 2`.then((rows) => put("RETRAINING", rows, kabs("RETRAINING"))),
  ]);
  return out;
}

export function suggestionFor(s: Map<string, number>, t: { kind: RktlTargetKind; kabupatenId: number }, month: Date): number | undefined {
  if (!isSuggested(t.kind)) return undefined;
  return s.get(`${t.kind}:${t.kabupatenId}:${monthKey(month)}`) ?? 0;
}
