import "server-only";
// Creating and changing a training: the form's choices, the level rules (who
// may hold a training at which level, and where), the parent of a re-training,
// its classes and guides.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { kabupatenWhere, provinceWhere, type ScopedUser } from "@/lib/authz/scope";
import { trainingInput, type TrainingInput } from "@/lib/validation/training";
import { versionField } from "@/lib/validation/common";
import { recordAudit } from "../audit";
import { fail, failField, ok, parse, STALE, type Result } from "../result";
import { kabupatenLabel } from "../geo";
import { levelsFor, trainingWhere, trainingWriteWhere } from "./scope";
import { completedLeadership } from "./participants";
import { writeOnce } from "../write-once";

// ───────────────────────── Form choices ─────────────────────────

/** Choices for the training form: provinces, kabupaten, parent trainings and guide versions. */
export async function trainingFormChoices(user: ScopedUser, editingId?: number) {
  assertCan(user, "training.write");
  const [provinces, kabupaten, parents, guides] = await Promise.all([
    db().province.findMany({ where: provinceWhere(user), orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().kabupaten.findMany({
      where: kabupatenWhere(user),
      orderBy: [{ province: { name: "asc" } }, { name: "asc" }],
      select: { id: true, code: true, name: true, kind: true, province: { select: { name: true } } },
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
    kabupaten: kabupaten.map((k) => ({ id: k.id, code: k.code, label: kabupatenLabel(k), provinceName: k.province.name })),
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
  const k = await db().kabupaten.findFirst({
    where: { AND: [kabupatenWhere(user), { id: input.kabupatenId! }] },
    select: { id: true, provinceId: true },
  });
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
  return writeOnce(user, raw, "training.create", async (tx) => {
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
    return { id: t.id };
  });
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
    if (!input[CLASS_FIELDS[c.kind]] && c._count.participations > 0)
      return failField(CLASS_FIELDS[c.kind], "training.validation.classHasParticipants");
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
