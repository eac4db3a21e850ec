import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, type ScopedUser } from "@/lib/authz/scope";
import { kaderInput, type KaderFilters, type KaderInput } from "@/lib/validation/kader";
import { dayRange, versionField } from "@/lib/validation/common";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "./audit";
import { fail, failField, isUniqueViolation, ok, parse, STALE, type Result } from "./result";
import { writeOnce, writeOnceResult } from "./write-once";
import { desaLabel } from "./geo-search";
import { kabupatenLabel } from "./geo";
import { EXPORT_BATCH_SIZE, exportPage } from "./export-batch";
import { kaderReachedIn, kaderTrainedIn } from "@/lib/measures/activity";
import { likeLiteral } from "./like";

export const KADER_PAGE_SIZE = 25;

export function listWhere(user: ScopedUser, f: KaderFilters): Prisma.KaderWhereInput {
  const filters: Prisma.KaderWhereInput = {
    ...(f.provinceId ? { provinceId: f.provinceId } : {}),
    ...(f.kabupatenId ? { kabupatenId: f.kabupatenId } : {}),
    ...(f.serikatId ? { serikatId: f.serikatId } : {}),
    ...(f.position === "OFFICERS" ? { position: { not: "KADER" as const } } : f.position ? { position: f.position } : {}),
    ...(f.q ? { fullName: { contains: likeLiteral(f.q), mode: "insensitive" as const } } : {}),
    ...(f.status === "all" ? {} : { active: f.status === "active" }),
  };
  // Both must hold: a filter narrows the scope, and asking outside it finds nothing.
  return { AND: [areaWhere(user), filters, trainedWhere(f)] };
}

/** Kader trained in a class kind, or reached by a re-training, in trainings starting within from/to (lib/measures). */
function trainedWhere(f: KaderFilters): Prisma.KaderWhereInput {
  if (!f.trained) return {};
  const range = dayRange(f.from, f.to);
  return f.trained === "CASCADE" ? kaderReachedIn(range) : kaderTrainedIn(f.trained, range);
}

/** What the kader list (and its export) shows of a kader. */
export const KADER_LIST_SELECT = {
  id: true,
  fullName: true,
  position: true,
  active: true,
  serikat: { select: { name: true } },
  desa: { select: { name: true } },
  kabupaten: { select: { name: true, kind: true } },
  province: { select: { name: true } },
} as const satisfies Prisma.KaderSelect;

/** A kader as the list (and its export) shows her. */
export function kaderListRow(k: Prisma.KaderGetPayload<{ select: typeof KADER_LIST_SELECT }>) {
  return {
    id: k.id,
    fullName: k.fullName,
    position: k.position,
    active: k.active,
    serikatName: k.serikat.name,
    desaName: k.desa.name,
    kabupatenName: kabupatenLabel(k.kabupaten),
    provinceName: k.province.name,
  };
}

export async function listKader(user: ScopedUser, f: KaderFilters) {
  assertCan(user, "kader.read");
  const where = listWhere(user, f);
  const [rows, total] = await Promise.all([
    db().kader.findMany({
      where,
      orderBy: [{ fullName: "asc" }, { id: "asc" }],
      skip: (f.page - 1) * KADER_PAGE_SIZE,
      take: KADER_PAGE_SIZE,
      select: KADER_LIST_SELECT,
    }),
    db().kader.count({ where }),
  ]);
  return {
    rows: rows.map(kaderListRow),
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / KADER_PAGE_SIZE)),
  };
}

export async function kaderExportBatch(user: ScopedUser, f: KaderFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "kader.read");
  const rows = await db().kader.findMany({
    where: { AND: [listWhere(user, f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: KADER_LIST_SELECT,
  });
  return exportPage(rows.map(kaderListRow), take);
}

/** One kader in scope, or null: outside scope looks exactly like "does not exist". */
export async function getKader(user: ScopedUser, id: number) {
  assertCan(user, "kader.read");
  const k = await db().kader.findFirst({
    where: { id, ...areaWhere(user) },
    select: {
      id: true,
      fullName: true,
      position: true,
      phone: true,
      birthYear: true,
      joinedYear: true,
      active: true,
      version: true,
      serikatId: true,
      desaId: true,
      kabupatenId: true,
      provinceId: true,
      createdAt: true,
      updatedAt: true,
      serikat: { select: { name: true } },
      desa: { select: { code: true, name: true, kecamatan: { select: { name: true } } } },
      kabupaten: { select: { name: true, kind: true } },
      province: { select: { name: true } },
      participations: {
        orderBy: { class: { training: { startDate: "desc" } } },
        select: {
          role: true,
          completed: true,
          class: { select: { kind: true, training: { select: { id: true, title: true, startDate: true } } } },
        },
      },
    },
  });
  return k ? { ...k, kabupatenName: kabupatenLabel(k.kabupaten) } : null;
}

/** What placing a kader needs to know: her serikat (active, in scope) and the kabupaten of her desa; null when not found. */
export type KaderPlacementFacts = {
  serikat: { kabupatenId: number; provinceId: number } | null;
  desaKabupatenId: number | null;
};

/**
 * The one placement rule, for the form and for the import: the serikat must be
 * active and in the user's scope, the desa in that serikat's kabupaten; the
 * kader's kabupaten and province are the serikat's.
 */
export function placeKader(facts: KaderPlacementFacts): Result<{ kabupatenId: number; provinceId: number }> {
  if (!facts.serikat) return failField("serikatId", "validation.outOfScope");
  if (facts.desaKabupatenId !== facts.serikat.kabupatenId) return failField("desaId", "validation.kader.desaOutsideSerikat");
  return ok({ kabupatenId: facts.serikat.kabupatenId, provinceId: facts.serikat.provinceId });
}

/** The serikat a user may place kader in: active ones in her scope. */
export function placeableSerikatWhere(user: ScopedUser) {
  return { active: true, ...areaWhere(user) };
}

async function resolvePlacement(user: ScopedUser, input: KaderInput): Promise<Result<{ kabupatenId: number; provinceId: number }>> {
  const [serikat, desa] = await Promise.all([
    db().serikat.findFirst({
      where: { id: input.serikatId, ...placeableSerikatWhere(user) },
      select: { kabupatenId: true, provinceId: true },
    }),
    db().desa.findUnique({ where: { id: input.desaId }, select: { kecamatan: { select: { kabupatenId: true } } } }),
  ]);
  return placeKader({ serikat, desaKabupatenId: desa?.kecamatan.kabupatenId ?? null });
}

/** The columns a kader row is written with. */
export function kaderRowData(input: KaderInput, place: { kabupatenId: number; provinceId: number }) {
  return {
    fullName: input.fullName,
    position: input.position,
    phone: input.phone ?? null,
    birthYear: input.birthYear ?? null,
    joinedYear: input.joinedYear ?? null,
    serikatId: input.serikatId,
    desaId: input.desaId,
    kabupatenId: place.kabupatenId,
    provinceId: place.provinceId,
  };
}

export async function createKader(user: ScopedUser, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "kader.write");
  const p = parse(kaderInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const place = await resolvePlacement(user, p.data);
  if (!place.ok) return place;
  try {
    return await writeOnce(user, raw, "kader.create", async (tx) => {
      const k = await tx.kader.create({ data: kaderRowData(p.data, place.value) });
      await recordAudit(tx, { userId: user.id, action: "create", entity: "kader", entityId: k.id, after: k });
      return { id: k.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return failField("fullName", "validation.kader.duplicate");
    throw e;
  }
}

export async function updateKader(user: ScopedUser, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "kader.write");
  const p = parse(kaderInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const version = versionField.safeParse((raw as Record<string, unknown> | null)?.version);
  if (!version.success) return STALE;
  const before = await db().kader.findFirst({ where: { id, ...areaWhere(user) } });
  if (!before) return failField("_form", "validation.notFound");
  const place = await resolvePlacement(user, p.data);
  if (!place.ok) return place;
  try {
    // With the form's key, a repeat of an edit that went through answers its result, not STALE.
    return await writeOnceResult(
      user,
      raw,
      "kader.update",
      async (tx) => {
        const n = await tx.kader.updateMany({
          where: { id, version: version.data, ...areaWhere(user) },
          data: { ...kaderRowData(p.data, place.value), version: { increment: 1 } },
        });
        if (n.count === 0) return STALE;
        const after = await tx.kader.findUniqueOrThrow({ where: { id } });
        await recordAudit(tx, { userId: user.id, action: "update", entity: "kader", entityId: id, before, after });
        return ok({ id });
      },
      { kaderId: id },
    );
  } catch (e) {
    if (isUniqueViolation(e)) return failField("fullName", "validation.kader.duplicate");
    throw e;
  }
}

/** A kader as her edit form shows it (and as a conflict shows what the record holds now). */
export function kaderFormValues(k: NonNullable<Awaited<ReturnType<typeof getKader>>>, sameKabupaten = true): Record<string, string> {
  return {
    fullName: k.fullName,
    position: k.position,
    phone: k.phone ?? "",
    birthYear: k.birthYear ? String(k.birthYear) : "",
    joinedYear: k.joinedYear ? String(k.joinedYear) : "",
    serikatId: sameKabupaten ? String(k.serikatId) : "",
    desa: sameKabupaten ? desaLabel({ code: k.desa.code, name: k.desa.name, kecamatan: k.desa.kecamatan.name }) : "",
  };
}

export async function setKaderActive(user: ScopedUser, id: number, active: boolean): Promise<Result<{ id: number }>> {
  assertCan(user, "kader.write");
  return db().$transaction(async (tx) => {
    const n = await tx.kader.updateMany({ where: { id, ...areaWhere(user) }, data: { active, version: { increment: 1 } } });
    if (n.count === 0) return failField("_form", "validation.notFound");
    await recordAudit(tx, {
      userId: user.id,
      action: active ? "activate" : "deactivate",
      entity: "kader",
      entityId: id,
      after: { active },
    });
    return ok({ id });
  });
}
