import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, kabupatenWhere, type ScopedUser } from "@/lib/authz/scope";
import { serikatInput, type SerikatFilters } from "@/lib/validation/serikat";
import { versionField } from "@/lib/validation/common";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "./audit";
import { fail, failField, isUniqueViolation, ok, parse, STALE, type Result } from "./result";
import { kabupatenLabel } from "./geo";
import { EXPORT_BATCH_SIZE, exportPage } from "./export-batch";
import { likeLiteral } from "./like";
import { writeOnce } from "./write-once";
import { countsAt, membersTotalAt } from "./serikat-membership";

export const SERIKAT_PAGE_SIZE = 25;

export function listWhere(user: ScopedUser, f: SerikatFilters): Prisma.SerikatWhereInput {
  const filters: Prisma.SerikatWhereInput = {
    ...(f.provinceId ? { provinceId: f.provinceId } : {}),
    ...(f.kabupatenId ? { kabupatenId: f.kabupatenId } : {}),
    ...(f.q ? { name: { contains: likeLiteral(f.q), mode: "insensitive" as const } } : {}),
    ...(f.status === "all" ? {} : { active: f.status === "active" }),
  };
  // Both must hold: a filter narrows the scope, and asking outside it finds nothing.
  return { AND: [areaWhere(user), filters] };
}

/** What the serikat list (and its export) shows of a serikat: her active kader counted. */
export const SERIKAT_LIST_SELECT = {
  id: true,
  name: true,
  foundedYear: true,
  active: true,
  province: { select: { name: true } },
  kabupaten: { select: { name: true, kind: true } },
  _count: { select: { kader: { where: { active: true } } } },
} as const satisfies Prisma.SerikatSelect;

/** A serikat as the list (and its export) shows it. */
export function serikatListRow(s: Prisma.SerikatGetPayload<{ select: typeof SERIKAT_LIST_SELECT }>) {
  return {
    id: s.id,
    name: s.name,
    foundedYear: s.foundedYear,
    active: s.active,
    provinceName: s.province.name,
    kabupatenName: kabupatenLabel(s.kabupaten),
    kaderCount: s._count.kader,
  };
}

type ListRow = ReturnType<typeof serikatListRow>;

/** The rows with the member count that holds at the filter's day (null: none recorded by then). */
async function withMembers(rows: ListRow[], f: SerikatFilters) {
  const counts = await countsAt(
    rows.map((r) => r.id),
    f.membersOn ?? null,
  );
  return rows.map((r) => ({ ...r, members: counts.get(r.id) ?? null }));
}

export async function listSerikat(user: ScopedUser, f: SerikatFilters) {
  assertCan(user, "serikat.read");
  const where = listWhere(user, f);
  const [page, all] = await Promise.all([
    db().serikat.findMany({
      where,
      orderBy: [{ province: { name: "asc" } }, { name: "asc" }],
      skip: (f.page - 1) * SERIKAT_PAGE_SIZE,
      take: SERIKAT_PAGE_SIZE,
      select: SERIKAT_LIST_SELECT,
    }),
    db().serikat.findMany({ where, select: { id: true } }),
  ]);
  const total = all.length;
  const [rows, members] = await Promise.all([
    withMembers(page.map(serikatListRow), f),
    // Members of the whole list, not only this page: the number a dashboard links here for.
    membersTotalAt(
      all.map((s) => s.id),
      f.membersOn ?? null,
    ),
  ]);
  return {
    rows,
    total,
    members,
    membersOn: f.membersOn ?? null,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / SERIKAT_PAGE_SIZE)),
  };
}

export async function serikatExportBatch(user: ScopedUser, f: SerikatFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "serikat.read");
  const rows = await db().serikat.findMany({
    where: { AND: [listWhere(user, f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: SERIKAT_LIST_SELECT,
  });
  return exportPage(await withMembers(rows.map(serikatListRow), f), take);
}

export async function getSerikat(user: ScopedUser, id: number) {
  assertCan(user, "serikat.read");
  return db().serikat.findFirst({
    where: { id, ...areaWhere(user) },
    select: {
      id: true,
      name: true,
      foundedYear: true,
      active: true,
      version: true,
      kabupatenId: true,
      provinceId: true,
      kabupaten: { select: { name: true, kind: true } },
      province: { select: { name: true } },
    },
  });
}

/** Serikat a kader may be assigned to (active, in scope, optionally in one kabupaten). */
export async function serikatOptions(user: ScopedUser, kabupatenId?: number) {
  assertCan(user, "serikat.read");
  return db().serikat.findMany({
    where: { ...areaWhere(user), active: true, ...(kabupatenId ? { kabupatenId } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kabupatenId: true },
  });
}

async function kabupatenInScope(user: ScopedUser, kabupatenId: number) {
  return db().kabupaten.findFirst({
    where: { AND: [kabupatenWhere(user), { id: kabupatenId }] },
    select: { id: true, provinceId: true, name: true, kind: true },
  });
}

export async function createSerikat(user: ScopedUser, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "serikat.write");
  const p = parse(serikatInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const kab = await kabupatenInScope(user, p.data.kabupatenId);
  if (!kab) return failField("kabupatenId", "validation.outOfScope");
  try {
    return await writeOnce(user, raw, "serikat.create", async (tx) => {
      const s = await tx.serikat.create({
        data: { name: p.data.name, foundedYear: p.data.foundedYear ?? null, kabupatenId: kab.id, provinceId: kab.provinceId },
      });
      await recordAudit(tx, { userId: user.id, action: "create", entity: "serikat", entityId: s.id, after: s });
      return { id: s.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return failField("name", "validation.serikat.duplicate");
    throw e;
  }
}

export async function updateSerikat(user: ScopedUser, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "serikat.write");
  const p = parse(serikatInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const version = versionField.safeParse((raw as Record<string, unknown>)?.version);
  if (!version.success) return STALE;
  const before = await db().serikat.findFirst({ where: { id, ...areaWhere(user) } });
  if (!before) return failField("_form", "validation.notFound");
  const kab = await kabupatenInScope(user, p.data.kabupatenId);
  if (!kab) return failField("kabupatenId", "validation.outOfScope");
  try {
    return await db().$transaction(async (tx) => {
      const n = await tx.serikat.updateMany({
        where: { id, version: version.data, ...areaWhere(user) },
        data: {
          name: p.data.name,
          foundedYear: p.data.foundedYear ?? null,
          kabupatenId: kab.id,
          provinceId: kab.provinceId,
          version: { increment: 1 },
        },
      });
      if (n.count === 0) return STALE;
      // Kader follow their serikat's kabupaten (denormalised columns).
      if (kab.id !== before.kabupatenId) {
        await tx.kader.updateMany({ where: { serikatId: id }, data: { kabupatenId: kab.id, provinceId: kab.provinceId } });
      }
      const after = await tx.serikat.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, { userId: user.id, action: "update", entity: "serikat", entityId: id, before, after });
      return ok({ id });
    });
  } catch (e) {
    if (isUniqueViolation(e)) return failField("name", "validation.serikat.duplicate");
    throw e;
  }
}

export async function setSerikatActive(user: ScopedUser, id: number, active: boolean): Promise<Result<{ id: number }>> {
  assertCan(user, "serikat.write");
  return db().$transaction(async (tx) => {
    const n = await tx.serikat.updateMany({ where: { id, ...areaWhere(user) }, data: { active, version: { increment: 1 } } });
    if (n.count === 0) return failField("_form", "validation.notFound");
    await recordAudit(tx, {
      userId: user.id,
      action: active ? "activate" : "deactivate",
      entity: "serikat",
      entityId: id,
      after: { active },
    });
    return ok({ id });
  });
}
