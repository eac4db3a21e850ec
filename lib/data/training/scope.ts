import "server-only";
// Trainings, their classes, participants and attendance, and the cascade of
// re-trainings. National trainings are visible to everyone; provincial and
// local ones within the viewer's province/kabupaten. Writing follows the same
// areas: national staff anywhere, coordinators in their province, district
// staff local trainings of their kabupaten. This module: those areas, as the
// `where` every training module puts in its queries.
import { areaWhere, scopeOf, type ScopedUser } from "@/lib/authz/scope";
import type { Prisma } from "@/lib/generated/prisma/client";

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

/** A class's participations shown by name: kader inside the viewer's scope, facilitators first, then by name. */
export function namedParticipations(user: ScopedUser): {
  where: Prisma.ParticipationWhereInput;
  orderBy: Prisma.ParticipationOrderByWithRelationInput[];
} {
  return { where: { kader: areaWhere(user) }, orderBy: [{ role: "desc" }, { kader: { fullName: "asc" } }] };
}
