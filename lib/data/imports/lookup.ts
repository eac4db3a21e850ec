import "server-only";
// Areas and serikat for one file, within the user's scope: the kabupaten the
// file names (by a desa code's first four digits or by name) are loaded once,
// with their kecamatan, desa and serikat: three queries per file, and memory for
// the kabupaten named, never the ~83 000 desa of the whole country.
import { db } from "@/lib/db/client";
import { areaWhere, inScope, scopeOf, type ScopedUser } from "@/lib/authz/scope";
import { areaName, areaKey, nameKey, toAreaCode } from "@/lib/import/normalise";
import type { AreaQuery, AreaResolver, Found } from "@/lib/import/sheets/kader";
import { kabupatenLabel } from "../geo";

export type Kab = { id: number; code: string; name: string; kind: "KABUPATEN" | "KOTA"; provinceId: number };
type DesaRow = { id: number; code: string | null; name: string; kecamatan: string; kabupatenId: number };

const fail = (column: Extract<Found<never>, { ok: false }>["column"], key: string, values?: Record<string, string | number>) =>
  ({ ok: false, column, key, ...(values ? { values } : {}) }) as const;

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Every kabupaten, and the one a cell names within the user's scope (by code or by name). */
export type KabupatenIndex = { byCode: Map<string, Kab>; all: Kab[]; mine(k: Kab): boolean; kabupaten(text: string): Found<Kab> };

export async function loadKabupatenIndex(user: ScopedUser): Promise<KabupatenIndex> {
  const allKab: Kab[] = await db().kabupaten.findMany({ select: { id: true, code: true, name: true, kind: true, provinceId: true } });
  const kabByCode = new Map(allKab.map((k) => [k.code, k]));
  const kabByName = new Map<string, Kab[]>();
  // Under its name and its name without a prefix (an area entered by hand as "Kabupaten X").
  for (const k of allKab) new Set([nameKey(k.name), areaKey(k.name)]).forEach((key) => push(kabByName, key, k));
  const mine = (k: Kab) => inScope(user, k.provinceId, k.id);

  /** The kabupaten a cell names: by code, or by name (a Kab./Kota prefix tells Kab. Bima from Kota Bima). */
  function kabupaten(text: string): Found<Kab> {
    const code = toAreaCode(text);
    const { name, kind } = areaName(text);
    const candidates =
      code && code.length === 4
        ? [kabByCode.get(code)].filter((k): k is Kab => !!k)
        : (kabByName.get(nameKey(name)) ?? kabByName.get(nameKey(text)) ?? []).filter((k) => !kind || k.kind === kind);
    const inside = candidates.filter(mine);
    if (inside.length === 1) return { ok: true, value: inside[0]! };
    if (inside.length > 1)
      return fail("kabupaten", "import.area.ambiguousKabupaten", {
        candidates: inside.map((k) => `${kabupatenLabel(k)} (${k.code})`).join(", "),
      });
    return candidates.length ? fail("kabupaten", "import.area.outsideScope") : fail("kabupaten", "import.area.unknownKabupaten");
  }
  return { byCode: kabByCode, all: allKab, mine, kabupaten };
}

export async function loadAreaIndex(user: ScopedUser, queries: AreaQuery[]): Promise<AreaResolver> {
  const { byCode: kabByCode, all: allKab, mine, kabupaten } = await loadKabupatenIndex(user);
  const scope = scopeOf(user);
  const ownKab = scope.kind === "kabupaten" ? allKab.find((k) => k.id === scope.kabupatenId) : undefined;

  // The kabupaten to load: those the file names, in scope; a district user's own when rows name none.
  const wanted = new Set<number>();
  for (const q of queries) {
    const byCode = q.desaCode ? kabByCode.get(q.desaCode.slice(0, 4)) : undefined;
    if (byCode && mine(byCode)) wanted.add(byCode.id);
    if (q.kabupaten) {
      const k = kabupaten(q.kabupaten);
      if (k.ok) wanted.add(k.value.id);
    } else if (!q.desaCode && ownKab) wanted.add(ownKab.id);
  }
  const ids = [...wanted];
  const [desaRows, serikatRows] = ids.length
    ? await Promise.all([
        db().desa.findMany({
          where: { kecamatan: { kabupatenId: { in: ids } } },
          select: { id: true, code: true, name: true, kecamatan: { select: { name: true, kabupatenId: true } } },
        }),
        db().serikat.findMany({
          where: { kabupatenId: { in: ids }, ...areaWhere(user) },
          select: { id: true, name: true, kabupatenId: true, active: true },
        }),
      ])
    : [[], []];
  const desaByCode = new Map<string, DesaRow>();
  const desaByName = new Map<string, DesaRow[]>(); // kabupatenId|name
  for (const d of desaRows) {
    const row: DesaRow = { id: d.id, code: d.code, name: d.name, kecamatan: d.kecamatan.name, kabupatenId: d.kecamatan.kabupatenId };
    if (d.code) desaByCode.set(d.code, row);
    push(desaByName, `${row.kabupatenId}|${nameKey(d.name)}`, row);
  }
  const serikatByName = new Map<string, { id: number; active: boolean }[]>();
  for (const s of serikatRows) push(serikatByName, `${s.kabupatenId}|${nameKey(s.name)}`, { id: s.id, active: s.active });

  function desa(q: AreaQuery): Found<{ desaId: number; kabupatenId: number }> {
    const kab = q.kabupaten ? kabupaten(q.kabupaten) : null;
    if (q.desaCode) {
      if (q.desaCode.length !== 10) return fail("desaCode", "import.area.notDesaCode");
      const d = desaByCode.get(q.desaCode);
      if (!d) {
        const k = kabByCode.get(q.desaCode.slice(0, 4));
        return k && !mine(k) ? fail("desaCode", "import.area.outsideScope") : fail("desaCode", "import.area.unknownCode");
      }
      if (kab?.ok && kab.value.id !== d.kabupatenId)
        return fail("desaCode", "import.area.desaNotInKabupaten", { kabupaten: kabupatenLabel(kab.value) });
      return { ok: true, value: { desaId: d.id, kabupatenId: d.kabupatenId } };
    }
    if (kab && !kab.ok) return kab;
    const k = kab?.value ?? ownKab;
    if (!k) return fail("kabupaten", "import.area.kabupatenNeeded");
    let candidates = desaByName.get(`${k.id}|${areaKey(q.desa ?? "")}`) ?? desaByName.get(`${k.id}|${nameKey(q.desa ?? "")}`) ?? [];
    if (q.kecamatan) candidates = candidates.filter((d) => nameKey(d.kecamatan) === areaKey(q.kecamatan!));
    if (candidates.length === 1) return { ok: true, value: { desaId: candidates[0]!.id, kabupatenId: k.id } };
    if (candidates.length > 1)
      return fail("desa", "import.area.ambiguousDesa", {
        candidates: candidates.map((d) => `${d.name}, ${d.kecamatan} (${d.code ?? "-"})`).join("; "),
      });
    return fail(q.kecamatan ? "kecamatan" : "desa", "import.area.unknownDesa", { kabupaten: kabupatenLabel(k) });
  }

  function serikat(kabupatenId: number, name: string): Found<number> {
    const hits = serikatByName.get(`${kabupatenId}|${nameKey(name)}`) ?? [];
    const open = hits.filter((h) => h.active);
    if (open.length === 1) return { ok: true, value: open[0]!.id };
    // A closed serikat takes no new kader (the form's rule): say so rather than "not found".
    if (hits.length && !open.length) return fail("serikat", "import.area.serikatInactive");
    const k = allKab.find((x) => x.id === kabupatenId);
    return fail("serikat", "import.area.unknownSerikat", { kabupaten: k ? kabupatenLabel(k) : "" });
  }

  return { desa, serikat };
}
