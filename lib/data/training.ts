import "server-only";
// Trainings, their classes, participants and attendance, and the cascade of
// re-trainings. National trainings are visible to everyone; provincial and
// local ones within the viewer's province/kabupaten. Writing follows the same
// areas: national staff anywhere, coordinators in their province, district
// staff local trainings of their kabupaten.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, kabupatenWhere, provinceWhere, scopeOf, type ScopedUser } from "@/lib/authz/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  attendanceInput,
  participationInput,
  removalInput,
  trainingInput,
  type TrainingFilters,
  type TrainingInput,
} from "@/lib/validation/training";
import { computeCascade, type CascadeParticipation } from "@/lib/domain/cascade";
import { daysOf, isoDayString } from "@/lib/domain/training-days";
import { recordAudit } from "./audit";
import { fail, failField, isUniqueViolation, ok, parse, STALE, type Result } from "./result";
import { kabupatenLabel } from "./geo";
import { dayRange, versionField } from "@/lib/validation/common";

export const TRAINING_PAGE_SIZE = 20;

/** Trainings the user may see. */
export function trainingWhere(user: ScopedUser): Prisma.TrainingWhereInput {
  const s = scopeOf(user);
  if (s.kind === "national") return {};
  if (s.kind === "province") return { OR: [{ level: "NATIONAL" }, { provinceId: s.provinceId }] };
  return {
    OR: [
      { level: "NATIONAL" },
      { level: "PROVINCIAL", provinceId: s.provinceId },
      { level: "LOCAL", provinceId: s.provinceId, kabupatenId: s.kabupatenId },
    ],
  };
}

/** Trainings the user may change (and whose participants she may register). */
export function trainingWriteWhere(user: ScopedUser): Prisma.TrainingWhereInput {
  const s = scopeOf(user);
  if (s.kind === "national") return {};
  if (s.kind === "province") return { level: { in: ["PROVINCIAL", "LOCAL"] }, provinceId: s.provinceId };
  return { level: "LOCAL", provinceId: s.provinceId, kabupatenId: s.kabupatenId };
}

/** Levels the user may create. */
export function levelsFor(user: ScopedUser): ("NATIONAL" | "PROVINCIAL" | "LOCAL")[] {
  const s = scopeOf(user);
  if (s.kind === "national") return ["NATIONAL", "PROVINCIAL", "LOCAL"];
  if (s.kind === "province") return ["PROVINCIAL", "LOCAL"];
  return ["LOCAL"];
}

// ───────────────────────── Reading ─────────────────────────

export function trainingListWhere(user: ScopedUser, f: TrainingFilters): Prisma.TrainingWhereInput {
  const filters: Prisma.TrainingWhereInput = {
    ...(f.level ? { level: f.level } : {}),
    ...(f.year ? { startDate: { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) } } : {}),
    ...(f.provinceId ? { provinceId: f.provinceId } : {}),
    ...(f.kabupatenId ? { kabupatenId: f.kabupatenId } : {}),
    ...(f.retraining ? { parentTrainingId: { not: null } } : {}),
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

/** One training in scope with classes, guides and participants, or null. */
export async function getTraining(user: ScopedUser, id: number) {
  assertCan(user, "training.read");
  const t = await db().training.findFirst({
    where: { AND: [trainingWhere(user), { id }] },
    select: {
      id: true,
      level: true,
      title: true,
      theme: true,
      objectives: true,
      startDate: true,
      endDate: true,
      place: true,
      organiser: true,
      provinceId: true,
      kabupatenId: true,
      parentTrainingId: true,
      version: true,
      updatedAt: true,
      province: { select: { name: true } },
      kabupaten: { select: { name: true, kind: true } },
      parentTraining: { select: { id: true, title: true, startDate: true } },
      guides: {
        orderBy: { guideVersion: { guide: { title: "asc" } } },
        select: { guideVersion: { select: { id: true, version: true, guide: { select: { title: true } } } } },
      },
      classes: {
        orderBy: { kind: "asc" },
        select: {
          id: true,
          kind: true,
          name: true,
          // Names only for kader inside the viewer's scope.
          participations: {
            where: { kader: areaWhere(user) },
            orderBy: [{ role: "desc" }, { kader: { fullName: "asc" } }],
            select: {
              id: true,
              role: true,
              completed: true,
              kader: { select: { id: true, fullName: true, kabupaten: { select: { name: true, kind: true } } } },
              attendance: { where: { present: true }, select: { day: true } },
            },
          },
        },
      },
    },
  });
  if (!t) return null;
  const outside = await outsideScopeCounts(user, t.classes.map((c) => c.id));
  const writable = (await db().training.count({ where: { AND: [trainingWriteWhere(user), { id }] } })) > 0;
  return {
    ...t,
    kabupatenName: t.kabupaten ? kabupatenLabel(t.kabupaten) : null,
    days: daysOf(t.startDate, t.endDate),
    writable,
    classes: t.classes.map((c) => ({
      ...c,
      participations: c.participations.map((p) => ({ ...p, kader: { ...p.kader, kabupatenName: kabupatenLabel(p.kader.kabupaten) } })),
      outsideScope: outside.get(c.id) ?? [],
    })),
  };
}

/** Participants outside the viewer's scope: counts per province and class, no names. */
async function outsideScopeCounts(user: ScopedUser, classIds: number[]) {
  const out = new Map<number, { provinceName: string; count: number }[]>();
  if (scopeOf(user).kind === "national" || classIds.length === 0) return out;
  const rows = await db().participation.findMany({
    where: { classId: { in: classIds }, NOT: { kader: areaWhere(user) } },
    select: { classId: true, kader: { select: { province: { select: { name: true } } } } },
  });
  for (const r of rows) {
    const list = out.get(r.classId) ?? [];
    const row = list.find((x) => x.provinceName === r.kader.province.name);
    if (row) row.count++;
    else list.push({ provinceName: r.kader.province.name, count: 1 });
    out.set(r.classId, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.count - a.count || a.provinceName.localeCompare(b.provinceName));
  return out;
}

type TreeRow = {
  id: number;
  parentId: number | null;
  title: string;
  level: "NATIONAL" | "PROVINCIAL" | "LOCAL";
  startDate: Date;
  provinceName: string | null;
  kabupatenName: string | null;
  kabupatenKind: "KABUPATEN" | "KOTA" | null;
};

/**
 * The cascade under a training in scope: one recursive query for the tree,
 * one for its participations, one for which nodes the viewer may open.
 * Re-trainings outside the viewer's area are shown without links (titles,
 * places and counts, never names).
 */
export async function getTrainingCascade(user: ScopedUser, id: number) {
  assertCan(user, "training.read");
  const visibleRoot = await db().training.count({ where: { AND: [trainingWhere(user), { id }] } });
  if (!visibleRoot) return null;
  const tree = await db().$queryRaw<TreeRow[]>`
    WITH RECURSIVE tree AS (
      SELECT id, 0 AS depth FROM training WHERE id = ${id}
      UNION ALL
      SELECT t.id, tree.depth + 1 FROM training t JOIN tree ON t.parent_training_id = tree.id
      WHERE tree.depth < 50
    )
    SELECT t.id, t.parent_training_id AS "parentId", t.title, t.level::text AS level, t.start_date AS "startDate",
           p.name AS "provinceName", k.name AS "kabupatenName", k.kind::text AS "kabupatenKind"
    FROM tree JOIN training t ON t.id = tree.id
    LEFT JOIN province p ON p.id = t.province_id
    LEFT JOIN kabupaten k ON k.id = t.kabupaten_id
    ORDER BY tree.depth, t.start_date, t.id`;
  const ids = tree.map((r) => r.id);
  const [participations, visible] = await Promise.all([
    db().$queryRaw<CascadeParticipation[]>`
      SELECT tc.training_id AS "trainingId", tc.kind::text AS "classKind", p.kader_id AS "kaderId", p.role::text AS role,
             p.completed, k.province_id AS "provinceId", pr.name AS "provinceName"
      FROM participation p
      JOIN training_class tc ON tc.id = p.class_id
      JOIN kader k ON k.id = p.kader_id
      JOIN province pr ON pr.id = k.province_id
      WHERE tc.training_id IN (${Prisma.join(ids)})`,
    db().training.findMany({ where: { AND: [trainingWhere(user), { id: { in: ids } }] }, select: { id: true } }),
  ]);
  const open = new Set(visible.map((v) => v.id));
  const nodes = tree.map((r) => ({
    ...r,
    place: r.kabupatenName ? kabupatenLabel({ name: r.kabupatenName, kind: r.kabupatenKind ?? "KABUPATEN" }) : r.provinceName,
    visible: open.has(r.id),
  }));
  return computeCascade(id, nodes, participations);
}

// ───────────────────────── Form choices ─────────────────────────

/** Choices for the training form: provinces, kabupaten, parent trainings and guide versions. */
export async function trainingFormChoices(user: ScopedUser, editingId?: number) {
  assertCan(user, "training.write");
  const [provinces, kabupaten, parents, guides] = await Promise.all([
    db().province.findMany({ where: provinceWhere(user), orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().kabupaten.findMany({
      where: kabupatenWhere(user),
      orderBy: [{ province: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, kind: true, province: { select: { name: true } } },
    }),
    db().training.findMany({
      where: { AND: [trainingWhere(user), { classes: { some: { kind: "LEADERSHIP_TOT" } } }, editingId ? { id: { not: editingId } } : {}] },
      orderBy: [{ startDate: "desc" }, { id: "desc" }],
      take: 200,
      select: { id: true, title: true, startDate: true },
    }),
    db().guideVersion.findMany({
      orderBy: [{ guide: { title: "asc" } }, { publishedOn: "asc" }],
      select: { id: true, version: true, guide: { select: { title: true } } },
    }),
  ]);
  return {
    levels: levelsFor(user),
    provinces,
    kabupaten: kabupaten.map((k) => ({ id: k.id, label: kabupatenLabel(k), provinceName: k.province.name })),
    parents,
    guides: guides.map((g) => ({ id: g.id, label: `${g.guide.title} — v${g.version}` })),
  };
}

// ───────────────────────── Writing trainings ─────────────────────────

type Placement = { provinceId: number | null; kabupatenId: number | null };

/** Level rules: who may hold a training at which level, and where. */
async function resolveLevel(user: ScopedUser, input: TrainingInput): Promise<Result<Placement>> {
  if (!levelsFor(user).includes(input.level)) return failField("level", "training.validation.levelNotAllowed");
  if (input.level === "NATIONAL") return ok({ provinceId: null, kabupatenId: null });
  if (input.level === "PROVINCIAL") {
    const p = await db().province.findFirst({ where: { AND: [provinceWhere(user), { id: input.provinceId! }] }, select: { id: true } });
    if (!p) return failField("provinceId", "validation.outOfScope");
    return ok({ provinceId: p.id, kabupatenId: null });
  }
  const k = await db().kabupaten.findFirst({ where: { AND: [kabupatenWhere(user), { id: input.kabupatenId! }] }, select: { id: true, provinceId: true } });
  if (!k) return failField("kabupatenId", "validation.outOfScope");
  return ok({ provinceId: k.provinceId, kabupatenId: k.id });
}

/** The parent (for a re-training): visible, with a leadership class, over before this one starts, not a descendant. */
async function checkParent(user: ScopedUser, input: TrainingInput, selfId?: number): Promise<Result<null>> {
  if (!input.parentTrainingId) return ok(null);
  if (selfId && input.parentTrainingId === selfId) return failField("parentTrainingId", "training.validation.parentCycle");
  const parent = await db().training.findFirst({
    where: { AND: [trainingWhere(user), { id: input.parentTrainingId }] },
    select: { endDate: true, classes: { where: { kind: "LEADERSHIP_TOT" }, select: { id: true } } },
  });
  if (!parent) return failField("parentTrainingId", "validation.outOfScope");
  if (parent.classes.length === 0) return failField("parentTrainingId", "training.validation.parentWithoutLeadership");
  if (!(input.startDate > parent.endDate)) return failField("parentTrainingId", "training.validation.parentNotBefore");
  if (selfId) {
    const below = await db().$queryRaw<{ id: number }[]>`
      WITH RECURSIVE d AS (
        SELECT id, 0 AS depth FROM training WHERE parent_training_id = ${selfId}
        UNION ALL SELECT t.id, d.depth + 1 FROM training t JOIN d ON t.parent_training_id = d.id WHERE d.depth < 50
      ) SELECT id FROM d WHERE id = ${input.parentTrainingId}`;
    if (below.length) return failField("parentTrainingId", "training.validation.parentCycle");
  }
  return ok(null);
}

async function checkGuides(input: TrainingInput): Promise<Result<null>> {
  if (input.guideVersionIds.length === 0) return ok(null);
  const n = await db().guideVersion.count({ where: { id: { in: input.guideVersionIds } } });
  return n === input.guideVersionIds.length ? ok(null) : failField("guides", "validation.invalid");
}

function rowData(input: TrainingInput, place: Placement) {
  return {
    level: input.level,
    title: input.title,
    theme: input.theme,
    objectives: input.objectives,
    startDate: input.startDate,
    endDate: input.endDate,
    place: input.place,
    organiser: input.organiser,
    provinceId: place.provinceId,
    kabupatenId: place.kabupatenId,
    parentTrainingId: input.parentTrainingId ?? null,
  };
}

const CLASS_FIELDS = { LEADERSHIP_TOT: "leadershipClassName", IMPLEMENTATION: "implementationClassName" } as const;

async function validate(user: ScopedUser, raw: unknown, selfId?: number): Promise<Result<{ input: TrainingInput; place: Placement }>> {
  const p = parse(trainingInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const place = await resolveLevel(user, p.data);
  if (!place.ok) return place;
  const parent = await checkParent(user, p.data, selfId);
  if (!parent.ok) return parent;
  const guides = await checkGuides(p.data);
  if (!guides.ok) return guides;
  return ok({ input: p.data, place: place.value });
}

const auditView = (id: number) =>
  db().training.findUniqueOrThrow({
    where: { id },
    include: { classes: { select: { kind: true, name: true } }, guides: { select: { guideVersionId: true } } },
  });

export async function createTraining(user: ScopedUser, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "training.write");
  const v = await validate(user, raw);
  if (!v.ok) return v;
  const { input, place } = v.value;
  const created = await db().$transaction(async (tx) => {
    const t = await tx.training.create({ data: rowData(input, place) });
    for (const kind of ["LEADERSHIP_TOT", "IMPLEMENTATION"] as const) {
      const name = input[CLASS_FIELDS[kind]];
      if (name) await tx.trainingClass.create({ data: { trainingId: t.id, kind, name } });
    }
    if (input.guideVersionIds.length)
      await tx.trainingGuide.createMany({ data: input.guideVersionIds.map((g) => ({ trainingId: t.id, guideVersionId: g })) });
    const after = await tx.training.findUniqueOrThrow({
      where: { id: t.id },
      include: { classes: { select: { kind: true, name: true } }, guides: { select: { guideVersionId: true } } },
    });
    await recordAudit(tx, { userId: user.id, action: "create", entity: "training", entityId: t.id, after });
    return t;
  });
  return ok({ id: created.id });
}

export async function updateTraining(user: ScopedUser, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "training.write");
  const version = versionField.safeParse((raw as Record<string, unknown> | null)?.version);
  if (!version.success) return STALE;
  const existing = await db().training.findFirst({ where: { AND: [trainingWriteWhere(user), { id }] }, select: { id: true } });
  if (!existing) return failField("_form", "validation.notFound");
  const v = await validate(user, raw, id);
  if (!v.ok) return v;
  const { input, place } = v.value;
  const before = await auditView(id);

  // Classes: a blank name removes a class, but never one that has participants.
  const classes = await db().trainingClass.findMany({
    where: { trainingId: id },
    select: { id: true, kind: true, _count: { select: { participations: true } } },
  });
  for (const c of classes) {
    if (!input[CLASS_FIELDS[c.kind]] && c._count.participations > 0) return failField(CLASS_FIELDS[c.kind], "training.validation.classHasParticipants");
  }
  // A re-training's facilitators must have completed the parent's leadership class.
  if (input.parentTrainingId) {
    const facilitators = await db().participation.findMany({
      where: { role: "FACILITATOR", class: { trainingId: id } },
      select: { kaderId: true },
    });
    for (const f of facilitators) {
      if (!(await completedLeadership(f.kaderId, input.parentTrainingId)))
        return failField("parentTrainingId", "training.validation.facilitatorsNotFromParent");
    }
  }

  return db().$transaction(async (tx) => {
    const n = await tx.training.updateMany({
      where: { AND: [trainingWriteWhere(user), { id, version: version.data }] },
      data: { ...rowData(input, place), version: { increment: 1 } },
    });
    if (n.count === 0) return STALE;
    for (const kind of ["LEADERSHIP_TOT", "IMPLEMENTATION"] as const) {
      const name = input[CLASS_FIELDS[kind]];
      const existingClass = classes.find((c) => c.kind === kind);
      if (name && existingClass) await tx.trainingClass.update({ where: { id: existingClass.id }, data: { name } });
      else if (name) await tx.trainingClass.create({ data: { trainingId: id, kind, name } });
      else if (existingClass) await tx.trainingClass.delete({ where: { id: existingClass.id } });
    }
    await tx.trainingGuide.deleteMany({ where: { trainingId: id } });
    if (input.guideVersionIds.length)
      await tx.trainingGuide.createMany({ data: input.guideVersionIds.map((g) => ({ trainingId: id, guideVersionId: g })) });
    // Attendance outside the (possibly new) dates no longer means anything.
    await tx.participationAttendance.deleteMany({
      where: { participation: { class: { trainingId: id } }, OR: [{ day: { lt: input.startDate } }, { day: { gt: input.endDate } }] },
    });
    const after = await tx.training.findUniqueOrThrow({
      where: { id },
      include: { classes: { select: { kind: true, name: true } }, guides: { select: { guideVersionId: true } } },
    });
    await recordAudit(tx, { userId: user.id, action: "update", entity: "training", entityId: id, before, after });
    return ok({ id });
  });
}

async function completedLeadership(kaderId: number, trainingId: number): Promise<boolean> {
  const n = await db().participation.count({
    where: { kaderId, completed: true, class: { trainingId, kind: "LEADERSHIP_TOT" } },
  });
  return n > 0;
}

// ───────────────────────── Participants and attendance ─────────────────────────

/** A class of a training the user may change, with its participants in scope and their attendance. */
export async function getClassForEditing(user: ScopedUser, trainingId: number, classId: number) {
  assertCan(user, "training.write");
  const c = await db().trainingClass.findFirst({
    where: { id: classId, training: { AND: [trainingWriteWhere(user), { id: trainingId }] } },
    select: {
      id: true,
      kind: true,
      name: true,
      training: { select: { id: true, title: true, startDate: true, endDate: true, parentTrainingId: true } },
      participations: {
        where: { kader: areaWhere(user) },
        orderBy: [{ role: "desc" }, { kader: { fullName: "asc" } }],
        select: {
          id: true,
          role: true,
          completed: true,
          kader: { select: { id: true, fullName: true } },
          attendance: { select: { day: true, present: true } },
        },
      },
    },
  });
  if (!c) return null;
  return { ...c, days: daysOf(c.training.startDate, c.training.endDate) };
}

/** Active kader in the user's scope whose name contains `q`, for the registration form. */
export async function searchKader(user: ScopedUser, q: string) {
  assertCan(user, "kader.read");
  const rows = await db().kader.findMany({
    where: { AND: [areaWhere(user), { active: true, fullName: { contains: q, mode: "insensitive" } }] },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    take: 30,
    select: { id: true, fullName: true, kabupaten: { select: { name: true, kind: true } }, province: { select: { name: true } } },
  });
  return rows.map((k) => ({ id: k.id, label: `${k.fullName} — ${kabupatenLabel(k.kabupaten)}, ${k.province.name}` }));
}

export async function registerParticipant(user: ScopedUser, trainingId: number, classId: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "training.write");
  const p = parse(participationInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const cls = await db().trainingClass.findFirst({
    where: { id: classId, training: { AND: [trainingWriteWhere(user), { id: trainingId }] } },
    select: { id: true, training: { select: { parentTrainingId: true } } },
  });
  if (!cls) return failField("_form", "validation.notFound");
  const kader = await db().kader.findFirst({ where: { AND: [areaWhere(user), { id: p.data.kaderId }] }, select: { id: true } });
  if (!kader) return failField("kaderId", "validation.outOfScope");
  const duplicate = await db().participation.findUnique({ where: { classId_kaderId: { classId, kaderId: kader.id } }, select: { id: true } });
  if (duplicate) return failField("kaderId", "training.validation.duplicateParticipant");
  const parentId = cls.training.parentTrainingId;
  if (p.data.role === "FACILITATOR" && parentId && !(await completedLeadership(kader.id, parentId)))
    return failField("role", "training.validation.facilitatorNotGraduate");
  try {
    const created = await db().$transaction(async (tx) => {
      const row = await tx.participation.create({ data: { classId, kaderId: kader.id, role: p.data.role } });
      await recordAudit(tx, { userId: user.id, action: "create", entity: "participation", entityId: row.id, after: row });
      return row;
    });
    return ok({ id: created.id });
  } catch (e) {
    if (isUniqueViolation(e)) return failField("kaderId", "training.validation.duplicateParticipant");
    throw e;
  }
}

/** Saves the attendance grid of one class: present days and completion, for participants in scope. */
export async function saveAttendance(user: ScopedUser, trainingId: number, classId: number, raw: unknown): Promise<Result<{ saved: number }>> {
  assertCan(user, "training.write");
  const p = parse(attendanceInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const cls = await getClassForEditing(user, trainingId, classId);
  if (!cls) return failField("_form", "validation.notFound");
  const known = new Map(cls.participations.map((x) => [x.id, x]));
  const days = cls.days.map(isoDayString);
  const rows = p.data.rows.filter((r) => known.has(r.participationId));
  if (rows.length !== p.data.rows.length) return failField("_form", "validation.notFound");
  await db().$transaction(async (tx) => {
    for (const r of rows) {
      const before = known.get(r.participationId)!;
      const present = new Set(r.presentDays);
      await tx.participationAttendance.deleteMany({ where: { participationId: r.participationId } });
      await tx.participationAttendance.createMany({
        data: days.map((d) => ({ participationId: r.participationId, day: new Date(`${d}T00:00:00.000Z`), present: present.has(d) })),
      });
      await tx.participation.update({ where: { id: r.participationId }, data: { completed: r.completed } });
      await recordAudit(tx, {
        userId: user.id,
        action: "attendance",
        entity: "participation",
        entityId: r.participationId,
        before: { completed: before.completed, present: before.attendance.filter((a) => a.present).map((a) => isoDayString(a.day)) },
        after: { completed: r.completed, present: days.filter((d) => present.has(d)) },
      });
    }
  });
  return ok({ saved: rows.length });
}

/** Removes a registration made by mistake (attendance goes with it). */
export async function removeParticipant(user: ScopedUser, trainingId: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "training.write");
  const p = parse(removalInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const where = {
    id: p.data.participationId,
    kader: areaWhere(user),
    class: { training: { AND: [trainingWriteWhere(user), { id: trainingId }] } },
  };
  return db().$transaction(async (tx) => {
    const before = await tx.participation.findFirst({ where, include: { attendance: true } });
    if (!before) return failField("_form", "validation.notFound");
    await tx.participation.delete({ where: { id: before.id } });
    await recordAudit(tx, { userId: user.id, action: "delete", entity: "participation", entityId: before.id, before });
    return ok({ id: before.id });
  });
}
