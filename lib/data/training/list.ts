import "server-only";
// The training list (/pelatihan) and its export, sharing the list's `select`
// and row builder; the participants counted per training; the years to filter by.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TrainingFilters } from "@/lib/validation/training";
import { dayRange } from "@/lib/validation/common";
import { kabupatenLabel } from "../geo";
import { EXPORT_BATCH_SIZE, exportPage } from "../export-batch";
import { trainingWhere } from "./scope";
import { RETRAINING } from "@/lib/measures/activity";

export const TRAINING_PAGE_SIZE = 20;

// ───────────────────────── Reading ─────────────────────────

export function trainingListWhere(user: ScopedUser, f: TrainingFilters): Prisma.TrainingWhereInput {
  const filters: Prisma.TrainingWhereInput = {
    ...(f.level ? { level: f.level } : {}),
    ...(f.year ? { startDate: { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) } } : {}),
    ...(f.provinceId ? { provinceId: f.provinceId } : {}),
    ...(f.kabupatenId ? { kabupatenId: f.kabupatenId } : {}),
    ...(f.retraining ? RETRAINING : {}),
  };
  const range = dayRange(f.from, f.to);
  return { AND: [trainingWhere(user), filters, range ? { startDate: range } : {}] };
}

/** What the training list (and its export) shows of a training. */
export const TRAINING_LIST_SELECT = {
  id: true,
  level: true,
  title: true,
  startDate: true,
  endDate: true,
  place: true,
  province: { select: { name: true } },
  kabupaten: { select: { name: true, kind: true } },
} as const satisfies Prisma.TrainingSelect;

export function trainingListRow(r: Prisma.TrainingGetPayload<{ select: typeof TRAINING_LIST_SELECT }>, counts: Map<number, number>) {
  return {
    id: r.id,
    level: r.level,
    title: r.title,
    startDate: r.startDate,
    endDate: r.endDate,
    place: r.place,
    provinceName: r.province?.name ?? null,
    kabupatenName: r.kabupaten ? kabupatenLabel(r.kabupaten) : null,
    participants: counts.get(r.id) ?? 0,
  };
}

export async function listTrainings(user: ScopedUser, f: TrainingFilters) {
  assertCan(user, "training.read");
  const where = trainingListWhere(user, f);
  const [rows, total] = await Promise.all([
    db().training.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * TRAINING_PAGE_SIZE,
      take: TRAINING_PAGE_SIZE,
      select: TRAINING_LIST_SELECT,
    }),
    db().training.count({ where }),
  ]);
  const counts = await participantCounts(rows.map((r) => r.id));
  return {
    rows: rows.map((r) => trainingListRow(r, counts)),
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / TRAINING_PAGE_SIZE)),
  };
}

/** Distinct kader per training (a facilitator of both classes counts once). */
export async function participantCounts(ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db().$queryRaw<{ trainingId: number; n: bigint }[]>`
    SELECT tc.training_id AS "trainingId", count(DISTINCT p.kader_id) AS n
    FROM participation p JOIN training_class tc ON tc.id = p.class_id
    WHERE tc.training_id IN (${Prisma.join(ids)})
    GROUP BY tc.training_id`;
  return new Map(rows.map((r) => [r.trainingId, Number(r.n)]));
}

/** Years that have trainings in the user's view, newest first (for the filter). */
export async function trainingYears(user: ScopedUser): Promise<number[]> {
  assertCan(user, "training.read");
  const [first, last] = await Promise.all([
    db().training.findFirst({ where: trainingWhere(user), orderBy: { startDate: "asc" }, select: { startDate: true } }),
    db().training.findFirst({ where: trainingWhere(user), orderBy: { startDate: "desc" }, select: { startDate: true } }),
  ]);
  if (!first || !last) return [];
  const years: number[] = [];
  for (let y = last.startDate.getUTCFullYear(); y >= first.startDate.getUTCFullYear(); y--) years.push(y);
  return years;
}

export async function trainingExportBatch(user: ScopedUser, f: TrainingFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "training.read");
  const rows = await db().training.findMany({
    where: { AND: [trainingListWhere(user, f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: { ...TRAINING_LIST_SELECT, parentTrainingId: true },
  });
  const counts = await participantCounts(rows.map((r) => r.id));
  return exportPage(
    rows.map((r) => ({ ...trainingListRow(r, counts), parentTrainingId: r.parentTrainingId })),
    take,
  );
}
