import "server-only";
// Participants of a training's classes and their attendance: registering kader
// from the registry (a re-training's facilitators must have completed the
// parent's leadership class), the attendance grid, removing a registration.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, type ScopedUser } from "@/lib/authz/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParticipationRole } from "@/lib/generated/prisma/enums";
import { attendanceInput, participationInput, removalInput } from "@/lib/validation/training";
import { daysOf, isoDayString } from "@/lib/domain/training-days";
import { recordAudit } from "../audit";
import { fail, failField, isUniqueViolation, ok, parse, type Result } from "../result";
import { kabupatenLabel } from "../geo";
import { namedParticipations, trainingWriteWhere } from "./scope";
import { likeLiteral } from "../like";
import { writeOnce, writeOnceResult } from "../write-once";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

// ───────────────────────── Participants and attendance ─────────────────────────

/** Kader the user may register in a class (by the form or by an import): those of her area. */
export function registrableKaderWhere(user: ScopedUser): Prisma.KaderWhereInput {
  return areaWhere(user);
}

/** Participations that make their kader a graduate of the training's leadership (ToT) class. */
function graduationWhere(trainingId: number): Prisma.ParticipationWhereInput {
  return { completed: true, class: { trainingId, kind: "LEADERSHIP_TOT" } };
}

/** Whether the kader completed the leadership (ToT) class of the training. */
export async function completedLeadership(kaderId: number, trainingId: number): Promise<boolean> {
  return (await leadershipGraduates(db(), trainingId, [kaderId])).has(kaderId);
}

/** Which of these kader completed the leadership (ToT) class of the training (one query). */
export async function leadershipGraduates(client: Client, trainingId: number, kaderIds: number[]): Promise<Set<number>> {
  if (kaderIds.length === 0) return new Set();
  const rows = await client.participation.findMany({
    where: { kaderId: { in: kaderIds }, ...graduationWhere(trainingId) },
    select: { kaderId: true },
  });
  return new Set(rows.map((r) => r.kaderId));
}

/**
 * Whether a kader may take `role` in a class of a training whose parent (the
 * training it re-trains from) is `parentTrainingId`: a re-training's
 * facilitators must have completed the parent's leadership class.
 */
export function roleAllowed(role: ParticipationRole, parentTrainingId: number | null, graduate: boolean): boolean {
  return role !== "FACILITATOR" || parentTrainingId === null || graduate;
}

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
        ...namedParticipations(user),
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
    where: { AND: [areaWhere(user), { active: true, fullName: { contains: likeLiteral(q), mode: "insensitive" } }] },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    take: 30,
    select: { id: true, fullName: true, kabupaten: { select: { name: true, kind: true } }, province: { select: { name: true } } },
  });
  return rows.map((k) => ({ id: k.id, label: `${k.fullName} — ${kabupatenLabel(k.kabupaten)}, ${k.province.name}` }));
}

export async function registerParticipant(
  user: ScopedUser,
  trainingId: number,
  classId: number,
  raw: unknown,
): Promise<Result<{ id: number }>> {
  assertCan(user, "training.write");
  const p = parse(participationInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const cls = await db().trainingClass.findFirst({
    where: { id: classId, training: { AND: [trainingWriteWhere(user), { id: trainingId }] } },
    select: { id: true, training: { select: { parentTrainingId: true } } },
  });
  if (!cls) return failField("_form", "validation.notFound");
  const kader = await db().kader.findFirst({ where: { AND: [registrableKaderWhere(user), { id: p.data.kaderId }] }, select: { id: true } });
  if (!kader) return failField("kaderId", "validation.outOfScope");
  try {
    // With the form's key, a repeat answers the registration it made, not "already registered".
    return await writeOnceResult(
      user,
      raw,
      "participation.create",
      async (tx) => {
        const duplicate = await tx.participation.findUnique({
          where: { classId_kaderId: { classId, kaderId: kader.id } },
          select: { id: true },
        });
        if (duplicate) return failField("kaderId", "training.validation.duplicateParticipant");
        const parentId = cls.training.parentTrainingId;
        const graduate =
          parentId !== null && p.data.role === "FACILITATOR" && (await leadershipGraduates(tx, parentId, [kader.id])).has(kader.id);
        if (!roleAllowed(p.data.role, parentId, graduate)) return failField("role", "training.validation.facilitatorNotGraduate");
        const row = await tx.participation.create({ data: { classId, kaderId: kader.id, role: p.data.role } });
        await recordAudit(tx, { userId: user.id, action: "create", entity: "participation", entityId: row.id, after: row });
        return ok({ id: row.id });
      },
      { classId },
    );
  } catch (e) {
    if (isUniqueViolation(e)) return failField("kaderId", "training.validation.duplicateParticipant");
    throw e;
  }
}

/** Saves the attendance grid of one class: present days and completion, for participants in scope. */
export async function saveAttendance(
  user: ScopedUser,
  trainingId: number,
  classId: number,
  raw: unknown,
): Promise<Result<{ saved: number }>> {
  assertCan(user, "training.write");
  const p = parse(attendanceInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const cls = await getClassForEditing(user, trainingId, classId);
  if (!cls) return failField("_form", "validation.notFound");
  const known = new Map(cls.participations.map((x) => [x.id, x]));
  const days = cls.days.map(isoDayString);
  const rows = p.data.rows.filter((r) => known.has(r.participationId));
  if (rows.length !== p.data.rows.length) return failField("_form", "validation.notFound");
  // Saved whole, so a repeat changes nothing; with the form's key it is not even written twice (nor audited twice).
  return writeOnce(
    user,
    raw,
    "participation.attendance",
    async (tx) => {
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
      return { saved: rows.length };
    },
    { classId },
  );
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
  // With the form's key, a repeat of a removal that went through answers it, not "not found".
  return writeOnceResult(
    user,
    raw,
    "participation.delete",
    async (tx) => {
      const before = await tx.participation.findFirst({ where, include: { attendance: true } });
      if (!before) return failField("_form", "validation.notFound");
      await tx.participation.delete({ where: { id: before.id } });
      await recordAudit(tx, { userId: user.id, action: "delete", entity: "participation", entityId: before.id, before });
      return ok({ id: before.id });
    },
    { trainingId },
  );
}

/** A class of the training `trainingId` the user may import participants into, with its training's days; null otherwise. */
export async function getClassForImport(user: ScopedUser, trainingId: number, classId: number) {
  assertCan(user, "training.write");
  const c = await db().trainingClass.findFirst({
    where: { id: classId, training: { AND: [trainingWriteWhere(user), { id: trainingId }] } },
    select: { id: true, kind: true, name: true, training: { select: { id: true, title: true, startDate: true, endDate: true } } },
  });
  return c ? { ...c, days: daysOf(c.training.startDate, c.training.endDate) } : null;
}
