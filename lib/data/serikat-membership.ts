import "server-only";
// A serikat's member counts over time (issue 12, point 3; decision 0026):
// recorded on the serikat's page by whoever may edit the serikat, one count per
// day (the same day again replaces it), each change audited. The measure the
// dashboards and the serikat list show is lib/measures/membership.ts.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, inScope, type ScopedUser } from "@/lib/authz/scope";
import {
  latestCountsSql,
  MEMBERS_COLUMNS,
  membersFromSql,
  membersTotalOf,
  type MembersColumnsRow,
  type MembersDay,
} from "@/lib/measures/membership";
import { membershipDeleteInput, membershipInput } from "@/lib/validation/serikat";
import { recordAudit } from "./audit";
import { fail, failField, isUniqueViolation, ok, parse, type Result } from "./result";
import { writeOnceResult } from "./write-once";

const NOT_FOUND = failField("_form", "validation.notFound");

/** Every count of one serikat in scope, oldest first; null when the serikat is unknown or outside scope. */
export async function serikatMembershipHistory(user: ScopedUser, serikatId: number) {
  assertCan(user, "serikat.read");
  const s = await db().serikat.findFirst({
    where: { id: serikatId, ...areaWhere(user) },
    select: {
      memberships: {
        orderBy: { recordedOn: "asc" },
        select: { id: true, serikatId: true, recordedOn: true, memberCount: true, note: true, recordedBy: { select: { name: true } } },
      },
    },
  });
  return s ? s.memberships.map(({ recordedBy, ...m }) => ({ ...m, recordedByName: recordedBy?.name ?? null })) : null;
}

export type MembershipEntry = NonNullable<Awaited<ReturnType<typeof serikatMembershipHistory>>>[number];

/** The serikat a write is about, if the user may write there: the area checked with inScope. */
async function writableSerikat(user: ScopedUser, serikatId: number) {
  const s = await db().serikat.findUnique({ where: { id: serikatId }, select: { id: true, provinceId: true, kabupatenId: true } });
  return s && inScope(user, s.provinceId, s.kabupatenId) ? s : null;
}

/**
 * Records a serikat's member count on a day. A count already recorded on that
 * day is replaced (the form says so): `replaced` tells the page which happened.
 */
export async function recordMembership(
  user: ScopedUser,
  serikatId: number,
  raw: unknown,
): Promise<Result<{ id: number; serikatId: number; replaced: boolean }>> {
  assertCan(user, "serikat.write");
  const p = parse(membershipInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  if (!(await writableSerikat(user, serikatId))) return NOT_FOUND;
  const data = { memberCount: p.data.memberCount, note: p.data.note ?? null, recordedById: user.id };
  // With the form's key a repeat answers the first (a count made, not "replaced" by itself).
  const write = () =>
    writeOnceResult<{ id: number; serikatId: number; replaced: boolean }>(
      user,
      raw,
      "serikat_membership.record",
      async (tx) => {
        const key = { serikatId_recordedOn: { serikatId, recordedOn: p.data.recordedOn } };
        const before = await tx.serikatMembership.findUnique({ where: key });
        if (before) {
          const after = await tx.serikatMembership.update({ where: { id: before.id }, data });
          await recordAudit(tx, { userId: user.id, action: "update", entity: "serikat_membership", entityId: before.id, before, after });
          return ok({ id: before.id, serikatId, replaced: true });
        }
        const created = await tx.serikatMembership.create({ data: { serikatId, recordedOn: p.data.recordedOn, ...data } });
        await recordAudit(tx, { userId: user.id, action: "create", entity: "serikat_membership", entityId: created.id, after: created });
        return ok({ id: created.id, serikatId, replaced: false });
      },
      { serikatId },
    );
  try {
    return await write();
  } catch (e) {
    // Two first counts of one day at once: the later one finds the earlier and replaces it.
    if (isUniqueViolation(e)) return write();
    throw e;
  }
}

/** Deletes a count of this serikat entered by mistake (`membershipId` from the form), audited with what it said. */
export async function deleteMembership(user: ScopedUser, serikatId: number, raw: unknown): Promise<Result<{ serikatId: number }>> {
  assertCan(user, "serikat.write");
  const p = parse(membershipDeleteInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  if (!(await writableSerikat(user, serikatId))) return NOT_FOUND;
  return db().$transaction(async (tx) => {
    const before = await tx.serikatMembership.findFirst({ where: { id: p.data.membershipId, serikatId } });
    if (!before) return failField("membershipId", "validation.notFound");
    await tx.serikatMembership.delete({ where: { id: before.id } });
    await recordAudit(tx, { userId: user.id, action: "delete", entity: "serikat_membership", entityId: before.id, before });
    return ok({ serikatId });
  });
}

// ───────────── The measure for lists of serikat (their ids already scoped by the caller) ─────────────

/** The count that holds at the day for each of these serikat that has one. */
export async function countsAt(
  serikatIds: readonly number[],
  day: MembersDay,
): Promise<Map<number, { recordedOn: Date; memberCount: number }>> {
  if (serikatIds.length === 0) return new Map();
  const rows = await db().$queryRaw<{ serikat_id: number; recorded_on: Date; member_count: number }[]>`
    SELECT lm.serikat_id, lm.recorded_on, lm.member_count FROM (${latestCountsSql(day)}) lm
    WHERE lm.serikat_id = ANY(${[...serikatIds]}::int[])`;
  return new Map(rows.map((r) => [r.serikat_id, { recordedOn: r.recorded_on, memberCount: r.member_count }]));
}

/** The members of these serikat at the day, summed by the dashboards' own columns. */
export async function membersTotalAt(serikatIds: readonly number[], day: MembersDay) {
  if (serikatIds.length === 0) return membersTotalOf(undefined);
  const [row] = await db().$queryRaw<MembersColumnsRow[]>`
    SELECT ${MEMBERS_COLUMNS} ${membersFromSql(day)} WHERE s.id = ANY(${[...serikatIds]}::int[])`;
  return membersTotalOf(row);
}
