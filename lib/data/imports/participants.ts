import "server-only";
// Participants import: the rows of a sheet register kader in one training
// class (the batch's parent) with their role, completion and attendance. The
// natural key is (class, kader): a kader already registered is updated or left
// unchanged. The rules are the registration form's (participants.ts): kader of
// the user's area only, a re-training's facilitators must be graduates of the
// parent's leadership class, the training must be one she may write.
//
// Participation has no version column: a fingerprint of what the import
// writes stands for one (lib/domain/participation-state.ts); an update checks
// it with the row locked.
import { db } from "@/lib/db/client";
import type { ScopedUser } from "@/lib/authz/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { daysOf, isoDayString } from "@/lib/domain/training-days";
import { fingerprint, stateOf, type ParticipationState } from "@/lib/domain/participation-state";
import idEnums from "@/messages/id/enums.json";
import { PARTICIPANT_COLUMNS, type ParticipantRow } from "@/lib/import/sheets/participants";
import { leadershipGraduates, registrableKaderWhere, roleAllowed } from "../training/participants";
import { trainingWriteWhere } from "../training/scope";
import { ImportStale, type ImportAdapter, type ImportContext, type PreviewRow } from "./types";

type Tx = Prisma.TransactionClient;
type Client = Tx | ReturnType<typeof db>;

const CHUNK = 300;

const FIELDS = {
  id: true,
  classId: true,
  kaderId: true,
  role: true,
  completed: true,
  attendance: { select: { day: true, present: true }, orderBy: { day: "asc" } },
} as const satisfies Prisma.ParticipationSelect;

/** The state a row asks for, over the participation's current one (none: a new registration); days of the class only. */
function wanted(v: ParticipantRow, now: ParticipationState | null, days: Set<string>): ParticipationState {
  const present = new Set(now?.present ?? []);
  const absent = new Set(now?.absent ?? []);
  for (const [d, here] of Object.entries(v.attendance)) {
    if (!days.has(d)) continue;
    (here ? present : absent).add(d);
    (here ? absent : present).delete(d);
  }
  return {
    role: v.role ?? now?.role ?? "PARTICIPANT",
    completed: v.completed ?? now?.completed ?? false,
    present: [...present].sort(),
    absent: [...absent].sort(),
  };
}

const label = (k: { id: number; fullName: string }) => `${k.fullName} (ID ${k.id})`;

/** The class the rows go into, if its training is one the user may write; with its days. */
async function writableClass(client: Client, user: ScopedUser, ctx: ImportContext) {
  if (!ctx.parentId) return null;
  const c = await client.trainingClass.findFirst({
    where: { id: ctx.parentId, training: trainingWriteWhere(user) },
    select: { id: true, kind: true, trainingId: true, training: { select: { startDate: true, endDate: true, parentTrainingId: true } } },
  });
  if (!c) return null;
  return { ...c, days: new Set(daysOf(c.training.startDate, c.training.endDate).map(isoDayString)) };
}

type ClassFacts = NonNullable<Awaited<ReturnType<typeof writableClass>>>;

/** The kader of `ids` the user may register, and those of them who graduated from the parent training's leadership class. */
async function kaderFacts(client: Client, user: ScopedUser, cls: ClassFacts, ids: number[]) {
  const parent = cls.training.parentTrainingId;
  const [inScope, graduates] = await Promise.all([
    client.kader.findMany({ where: { AND: [registrableKaderWhere(user), { id: { in: ids } }] }, select: { id: true, fullName: true } }),
    parent ? leadershipGraduates(client, parent, ids) : Promise.resolve(new Set<number>()),
  ]);
  return { inScope: new Map(inScope.map((k) => [k.id, k])), graduates };
}

/** Attendance rows for the days a state names. */
function attendanceRows(participationId: number, s: ParticipationState) {
  return [...s.present.map((d) => [d, true] as const), ...s.absent.map((d) => [d, false] as const)].map(([d, present]) => ({
    participationId,
    day: new Date(`${d}T00:00:00.000Z`),
    present,
  }));
}

async function previewChunk(
  user: ScopedUser,
  cls: ClassFacts,
  rows: Parameters<ImportAdapter<ParticipantRow>["preview"]>[1],
  seen: Map<number, number>,
): Promise<PreviewRow<ParticipantRow>[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.value ? [r.value.kaderId] : [])))];
  const [facts, existing] = await Promise.all([
    kaderFacts(db(), user, cls, ids),
    db().participation.findMany({ where: { classId: cls.id, kaderId: { in: ids } }, select: FIELDS }),
  ]);
  const byKader = new Map(existing.map((p) => [p.kaderId, p]));
  return rows.map((r): PreviewRow<ParticipantRow> => {
    if (!r.value) return { rowNumber: r.rowNumber, outcome: "ERROR", errors: r.errors };
    const v = r.value;
    const kader = facts.inScope.get(v.kaderId);
    if (!kader)
      return {
        rowNumber: r.rowNumber,
        outcome: "ERROR",
        errors: [{ column: PARTICIPANT_COLUMNS.kaderId, value: String(v.kaderId), key: "import.participants.kaderIdNotFound" }],
      };
    const earlier = seen.get(v.kaderId);
    if (earlier !== undefined) return { rowNumber: r.rowNumber, outcome: "DUPLICATE", value: v, sameAsRow: earlier };
    seen.set(v.kaderId, r.rowNumber);
    const same = byKader.get(v.kaderId);
    const now = same ? stateOf(same) : null;
    const next = wanted(v, now, cls.days);
    if (!roleAllowed(next.role, cls.training.parentTrainingId, facts.graduates.has(v.kaderId)))
      return {
        rowNumber: r.rowNumber,
        outcome: "ERROR",
        errors: [
          {
            column: PARTICIPANT_COLUMNS.role,
            value: idEnums.participationRole[next.role],
            key: "training.validation.facilitatorNotGraduate",
          },
        ],
      };
    if (!same || !now) return { rowNumber: r.rowNumber, outcome: "CREATE", value: v };
    const version = fingerprint(now);
    return {
      rowNumber: r.rowNumber,
      outcome: fingerprint(next) === version ? "UNCHANGED" : "UPDATE",
      value: v,
      match: { id: same.id, label: label(kader), version },
    };
  });
}

export const participantsImport: ImportAdapter<ParticipantRow> = {
  kind: "PARTICIPANTS",
  entity: "participation",

  async preview(user, rows, ctx) {
    const cls = await writableClass(db(), user, ctx);
    // Not a class she may write (any more): every row says so, none is written.
    if (!cls)
      return rows.map((r) => ({
        rowNumber: r.rowNumber,
        outcome: "ERROR",
        errors: r.errors ?? [{ column: "", value: "", key: "import.validation.parentClosed" }],
      }));
    const seen = new Map<number, number>();
    const out: PreviewRow<ParticipantRow>[] = [];
    for (let i = 0; i < rows.length; i += CHUNK) out.push(...(await previewChunk(user, cls, rows.slice(i, i + CHUNK), seen)));
    return out;
  },

  async createMany(tx, user, values, ctx) {
    if (values.length === 0) return [];
    const cls = await writableClass(tx, user, ctx);
    if (!cls) throw new ImportStale();
    const facts = await kaderFacts(
      tx,
      user,
      cls,
      values.map((v) => v.kaderId),
    );
    const states = values.map((v) => {
      const s = wanted(v, null, cls.days);
      if (!facts.inScope.has(v.kaderId) || !roleAllowed(s.role, cls.training.parentTrainingId, facts.graduates.has(v.kaderId)))
        throw new ImportStale();
      return s;
    });
    // A kader registered by hand since the preview breaks the unique key: the engine rolls back.
    const made = await tx.participation.createManyAndReturn({
      data: values.map((v, i) => ({ classId: cls.id, kaderId: v.kaderId, role: states[i]!.role, completed: states[i]!.completed })),
      select: { id: true, kaderId: true },
    });
    const idOf = new Map(made.map((p) => [p.kaderId, p.id]));
    const attendance = values.flatMap((v, i) => attendanceRows(idOf.get(v.kaderId)!, states[i]!));
    if (attendance.length) await tx.participationAttendance.createMany({ data: attendance });
    return values.map((v, i) => {
      const id = idOf.get(v.kaderId)!;
      const s = states[i]!;
      return { id, version: fingerprint(s), after: { classId: cls.id, kaderId: v.kaderId, ...s } };
    });
  },

  async update(tx, user, id, version, value, ctx) {
    const cls = await writableClass(tx, user, ctx);
    if (!cls) return null;
    // Locked first: a grid saved by hand meanwhile waits for this transaction, or this one sees its result.
    await tx.$queryRaw`SELECT id FROM participation WHERE id = ${id} FOR UPDATE`;
    const current = await tx.participation.findFirst({
      where: { id, classId: cls.id, kader: registrableKaderWhere(user) },
      select: FIELDS,
    });
    if (!current) return null;
    const before = stateOf(current);
    if (fingerprint(before) !== version) return null;
    const next = wanted(value, before, cls.days);
    const facts = await kaderFacts(tx, user, cls, [current.kaderId]);
    if (!roleAllowed(next.role, cls.training.parentTrainingId, facts.graduates.has(current.kaderId))) return null;
    await tx.participation.update({ where: { id }, data: { role: next.role, completed: next.completed } });
    const days = Object.keys(value.attendance).filter((d) => cls.days.has(d));
    if (days.length) {
      await tx.participationAttendance.deleteMany({
        where: { participationId: id, day: { in: days.map((d) => new Date(`${d}T00:00:00.000Z`)) } },
      });
      await tx.participationAttendance.createMany({
        data: days.map((d) => ({ participationId: id, day: new Date(`${d}T00:00:00.000Z`), present: value.attendance[d]! })),
      });
    }
    const after = stateOf(await tx.participation.findUniqueOrThrow({ where: { id }, select: FIELDS }));
    return { before, after, version: fingerprint(after) };
  },

  async blockers(tx, ids) {
    const out = new Map<number, { key: string; values: Record<string, string | number> }[]>();
    if (ids.length === 0) return out;
    // A graduate of a leadership class who facilitates a re-training of it: her graduation is what allowed that.
    const graduations = await tx.participation.findMany({
      where: { id: { in: ids }, completed: true, class: { kind: "LEADERSHIP_TOT" } },
      select: { id: true, kaderId: true, class: { select: { trainingId: true } } },
    });
    if (graduations.length === 0) return out;
    const facilitating = await tx.participation.findMany({
      where: {
        role: "FACILITATOR",
        kaderId: { in: graduations.map((g) => g.kaderId) },
        class: { training: { parentTrainingId: { in: [...new Set(graduations.map((g) => g.class.trainingId))] } } },
      },
      select: { kaderId: true, class: { select: { training: { select: { parentTrainingId: true } } } } },
    });
    for (const g of graduations) {
      const count = facilitating.filter((f) => f.kaderId === g.kaderId && f.class.training.parentTrainingId === g.class.trainingId).length;
      if (count) out.set(g.id, [{ key: "import.participants.undoFacilitates", values: { count } }]);
    }
    return out;
  },

  async versions(tx, ids) {
    const rows = await tx.participation.findMany({ where: { id: { in: ids } }, select: FIELDS });
    return new Map(rows.map((r) => [r.id, fingerprint(stateOf(r))]));
  },

  async remove(tx, ids) {
    // Attendance goes with the participation (ON DELETE CASCADE).
    await tx.participation.deleteMany({ where: { id: { in: ids } } });
  },

  async restore(tx, id, before) {
    const b = before as unknown as ParticipationState;
    await tx.participation.update({ where: { id }, data: { role: b.role, completed: b.completed } });
    await tx.participationAttendance.deleteMany({ where: { participationId: id } });
    const rows = attendanceRows(id, b);
    if (rows.length) await tx.participationAttendance.createMany({ data: rows });
  },

  async label(tx, ids) {
    const rows = await tx.participation.findMany({
      where: { id: { in: ids } },
      select: { id: true, kader: { select: { id: true, fullName: true } } },
    });
    return new Map(rows.map((r) => [r.id, label(r.kader)]));
  },
};
