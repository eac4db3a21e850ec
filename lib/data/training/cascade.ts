import "server-only";
// The training-of-trainers cascade under a training: the tree of re-trainings
// with people reached per province (lib/domain/cascade.ts computes it). See
// docs/decisions/0007-training-scope-and-cascade.md.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { computeCascade, type CascadeParticipation } from "@/lib/domain/cascade";
import { kabupatenLabel } from "../geo";
import { trainingWhere } from "./scope";

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
