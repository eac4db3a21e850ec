// What loading the official list would change at one level (kabupaten, kecamatan
// or desa): pure, so the rules are unit-tested without a database.
//   - a row is the same area when its code matches (a rename is an update);
//   - a row without a code (entered before the list was loaded) is adopted by
//     parent, name (case-insensitive) and kind, so loading never duplicates it;
//   - a row left over is "gone": the caller deletes it unless records point to it.

export type AreaRow = { id: number; code: string | null; name: string; parentId: number; kind?: string };
export type WantedArea = { code: string; name: string; parentId: number; kind?: string };
export type AreaDiff = {
  create: WantedArea[];
  update: (WantedArea & { id: number })[];
  unchanged: number;
  gone: AreaRow[];
};

const adoptKey = (a: { parentId: number; name: string; kind?: string }) => `${a.parentId}|${a.name.trim().toLowerCase()}|${a.kind ?? ""}`;

export function diffAreas(existing: readonly AreaRow[], wanted: readonly WantedArea[]): AreaDiff {
  const byCode = new Map<string, AreaRow>();
  const uncoded = new Map<string, AreaRow[]>();
  for (const row of existing) {
    if (row.code !== null) byCode.set(row.code, row);
    else {
      const list = uncoded.get(adoptKey(row)) ?? [];
      list.push(row);
      uncoded.set(adoptKey(row), list);
    }
  }
  const matched = new Set<number>();
  const out: AreaDiff = { create: [], update: [], unchanged: 0, gone: [] };
  for (const w of wanted) {
    const row = byCode.get(w.code) ?? uncoded.get(adoptKey(w))?.shift();
    if (!row) {
      out.create.push(w);
      continue;
    }
    matched.add(row.id);
    const same = row.code === w.code && row.name === w.name && row.parentId === w.parentId && (w.kind === undefined || row.kind === w.kind);
    if (same) out.unchanged++;
    else out.update.push({ ...w, id: row.id });
  }
  out.gone = existing.filter((r) => !matched.has(r.id));
  return out;
}
