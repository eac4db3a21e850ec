// The training-of-trainers cascade: a training, its re-trainings, theirs, and
// so on. Pure: fed by one query for the tree and one for its participations.

export type CascadeTraining = { id: number; parentId: number | null };

export type CascadeParticipation = {
  trainingId: number;
  kaderId: number;
  provinceId: number;
  provinceName: string;
  classKind: "LEADERSHIP_TOT" | "IMPLEMENTATION";
  role: "PARTICIPANT" | "FACILITATOR" | "RESOURCE_PERSON";
  completed: boolean;
};

export type CascadeNode<T extends CascadeTraining> = {
  training: T;
  depth: number;
  /** Distinct kader taking part as participants in this training. */
  participants: number;
  /** Distinct participants of every training below this one. */
  reachedBelow: number;
  children: CascadeNode<T>[];
};

export type Cascade<T extends CascadeTraining> = {
  root: CascadeNode<T>;
  /** Distinct kader who took part as participants in any descendant training. */
  reached: number;
  reachedByProvince: { provinceId: number; provinceName: string; count: number }[];
  /** Distinct participants who completed this training's leadership (ToT) class. */
  graduates: number;
  /** reached ÷ graduates; null when there are no graduates. */
  multiplier: number | null;
  /** Number of trainings below the root, at any depth. */
  descendants: number;
};

/**
 * Builds the tree under `rootId` from an adjacency list (children keep the
 * input order) and counts the people reached downstream. Trainings not
 * connected to the root are ignored; a cycle in bad data is cut.
 */
export function computeCascade<T extends CascadeTraining>(
  rootId: number,
  trainings: readonly T[],
  participations: readonly CascadeParticipation[],
): Cascade<T> | null {
  const byId = new Map(trainings.map((t) => [t.id, t]));
  const rootTraining = byId.get(rootId);
  if (!rootTraining) return null;

  const childrenOf = new Map<number, T[]>();
  for (const t of trainings) {
    if (t.parentId == null || t.id === rootId) continue;
    childrenOf.set(t.parentId, [...(childrenOf.get(t.parentId) ?? []), t]);
  }

  const participantsOf = new Map<number, Set<number>>();
  const provinceOf = new Map<number, { provinceId: number; provinceName: string }>();
  for (const p of participations) {
    if (p.role !== "PARTICIPANT") continue;
    const s = participantsOf.get(p.trainingId) ?? new Set<number>();
    s.add(p.kaderId);
    participantsOf.set(p.trainingId, s);
    provinceOf.set(p.kaderId, { provinceId: p.provinceId, provinceName: p.provinceName });
  }

  const seen = new Set<number>();
  /** Returns the node and the set of kader reached in its subtree (itself included). */
  const build = (t: T, depth: number): { node: CascadeNode<T>; people: Set<number> } => {
    seen.add(t.id);
    const below = new Set<number>();
    const children: CascadeNode<T>[] = [];
    for (const c of childrenOf.get(t.id) ?? []) {
      if (seen.has(c.id)) continue;
      const sub = build(c, depth + 1);
      children.push(sub.node);
      for (const k of sub.people) below.add(k);
    }
    const own = participantsOf.get(t.id) ?? new Set<number>();
    const people = new Set([...below, ...own]);
    return { node: { training: t, depth, participants: own.size, reachedBelow: below.size, children }, people };
  };

  const { node: root } = build(rootTraining, 0);
  const downstream = new Set<number>();
  const collect = (n: CascadeNode<T>) => {
    for (const c of n.children) {
      for (const k of participantsOf.get(c.training.id) ?? []) downstream.add(k);
      collect(c);
    }
  };
  collect(root);

  const perProvince = new Map<number, { provinceId: number; provinceName: string; count: number }>();
  for (const k of downstream) {
    const p = provinceOf.get(k)!;
    const row = perProvince.get(p.provinceId) ?? { ...p, count: 0 };
    row.count++;
    perProvince.set(p.provinceId, row);
  }

  const graduates = new Set(
    participations
      .filter((p) => p.trainingId === rootId && p.classKind === "LEADERSHIP_TOT" && p.role === "PARTICIPANT" && p.completed)
      .map((p) => p.kaderId),
  ).size;

  return {
    root,
    reached: downstream.size,
    reachedByProvince: [...perProvince.values()].sort((a, b) => b.count - a.count || a.provinceName.localeCompare(b.provinceName)),
    graduates,
    multiplier: graduates > 0 ? downstream.size / graduates : null,
    descendants: seen.size - 1,
  };
}
