import "server-only";
// One training in scope with its classes, guides and participants: names only
// of kader inside the viewer's scope, the others counted per province.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, scopeOf, type ScopedUser } from "@/lib/authz/scope";
import { daysOf } from "@/lib/domain/training-days";
import { kabupatenLabel } from "../geo";
import { namedParticipations, trainingWhere, trainingWriteWhere } from "./scope";

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
            ...namedParticipations(user),
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
  const outside = await outsideScopeCounts(
    user,
    t.classes.map((c) => c.id),
  );
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
