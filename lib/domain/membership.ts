// Serikat members, the pure form of the measure (decision 0026); its SQL form,
// which the dashboards and the serikat list read, is lib/measures/membership.ts.
// The members of a set of serikat at a day are, for each serikat, its latest
// count recorded on or before that day, summed; a serikat with no count by
// then adds 0 and is "not recorded". A period's members are those at its last
// day; a period without an end ("everything") takes each serikat's latest count.
import { endOfDay } from "./day-bound";

/** A day "YYYY-MM-DD" (inclusive) the members are counted at, or null for the latest counts. */
export type MembersDay = string | null;

/** The day a period's members are counted at: its last day (open-ended: the latest counts). */
export function membersDayOf(period: { to: string | null }): MembersDay {
  return period.to;
}

/** The last day of the month a date lies in: the day the members of a window of months are counted at. */
export function lastDayOfMonth(month: Date): string {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

export type MembershipCount = { serikatId: number; recordedOn: Date; memberCount: number };

/** One serikat's count that holds at the day: its latest on or before it (null when there is none). */
export function countAt<C extends Pick<MembershipCount, "recordedOn">>(counts: readonly C[], day: MembersDay): C | null {
  const bound = day ? endOfDay(day).getTime() : Infinity;
  let best: C | null = null;
  for (const c of counts) {
    const t = c.recordedOn.getTime();
    if (t < bound && (!best || t > best.recordedOn.getTime())) best = c;
  }
  return best;
}

export type MembersTotal = { members: number; recorded: number; notRecorded: number };

/** The members of a set of serikat at the day, from their counts (counts of other serikat are ignored). */
export function membersAt(serikatIds: readonly number[], counts: readonly MembershipCount[], day: MembersDay): MembersTotal {
  const ids = new Set(serikatIds);
  const bySerikat = new Map<number, MembershipCount[]>();
  for (const c of counts) if (ids.has(c.serikatId)) bySerikat.set(c.serikatId, [...(bySerikat.get(c.serikatId) ?? []), c]);
  let members = 0;
  let recorded = 0;
  for (const list of bySerikat.values()) {
    const c = countAt(list, day);
    if (!c) continue;
    members += c.memberCount;
    recorded += 1;
  }
  return { members, recorded, notRecorded: ids.size - recorded };
}
