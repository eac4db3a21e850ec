// Serikat members, defined once (issue 12, point 3; decision 0026): the
// members of a set of serikat at a day are, for each serikat, its latest count
// recorded on or before that day, summed; a serikat with no count by then adds
// 0 and is "not recorded". Every serikat counts, active or not: `active` says
// what a serikat is now, its counts what it was then (a serikat that stopped
// gets a count of 0 from the day it stopped). A period's members are those at
// its last day (membersDayOf); "everything" takes each serikat's latest count.
//
// This SQL form is what the dashboards and the serikat list (its column and
// its total) read. The same rule in pure TypeScript, for the serikat page's
// history and the unit tests, is lib/domain/membership.ts;
// tests/integration/serikat-membership.test.ts holds the two together, and
// tests/integration/measures.test.ts every dashboard number to its list.
import { Prisma } from "@/lib/generated/prisma/client";
import type { MembersDay, MembersTotal } from "@/lib/domain/membership";

export { membersDayOf, type MembersDay, type MembersTotal } from "@/lib/domain/membership";

/** Each serikat's count that holds at the day (serikat_id, recorded_on, member_count); serikat without one are absent. */
export function latestCountsSql(day: MembersDay): Prisma.Sql {
  // The DATE column against the day as a date: the day after 9999-12-31 is no timestamp PostgreSQL takes.
  const bound = day ? Prisma.sql`WHERE m.recorded_on <= ${day}::date` : Prisma.empty;
  return Prisma.sql`SELECT DISTINCT ON (m.serikat_id) m.serikat_id, m.recorded_on, m.member_count
    FROM serikat_membership m ${bound}
    ORDER BY m.serikat_id, m.recorded_on DESC`;
}

/** Serikat s with the count lm that holds at the day (lm.* null when not recorded). The caller filters s by scope. */
export function membersFromSql(day: MembersDay): Prisma.Sql {
  return Prisma.sql`FROM serikat s LEFT JOIN (${latestCountsSql(day)}) lm ON lm.serikat_id = s.id`;
}

/** The aggregate columns over membersFromSql: members (summed), serikat with a count, serikat. */
export const MEMBERS_COLUMNS = Prisma.sql`coalesce(sum(lm.member_count), 0)::int AS members,
  count(lm.serikat_id)::int AS recorded, count(*)::int AS serikat`;

export type MembersColumnsRow = { members: number; recorded: number; serikat: number };

export function membersTotalOf(r: MembersColumnsRow | undefined): MembersTotal {
  return r
    ? { members: r.members, recorded: r.recorded, notRecorded: r.serikat - r.recorded }
    : { members: 0, recorded: 0, notRecorded: 0 };
}
