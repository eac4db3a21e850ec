import "server-only";
// Kader import: how a checked row of the kader sheet meets the registry. The
// natural key is the person's name in her desa (the registry's own unique
// key, compared without case); a row with a phone number that belongs to
// another kader of the user's area is a duplicate of that kader, never merged
// into her. Placement is the form's own rule (placeKader).
import { db } from "@/lib/db/client";
import { areaWhere, type ScopedUser } from "@/lib/authz/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { KaderInput } from "@/lib/validation/kader";
import { kaderRowData, placeableSerikatWhere, placeKader } from "../kader";
import { ImportStale, type CellError, type CheckedRow, type ImportAdapter, type PreviewRow } from "./types";

type Tx = Prisma.TransactionClient;

const CHUNK = 300;

const KADER_FIELDS = {
  id: true,
  fullName: true,
  position: true,
  phone: true,
  birthYear: true,
  joinedYear: true,
  serikatId: true,
  desaId: true,
  kabupatenId: true,
  provinceId: true,
  active: true,
  version: true,
} as const satisfies Prisma.KaderSelect;

type KaderRecord = Prisma.KaderGetPayload<{ select: typeof KADER_FIELDS }>;

/** The person's key in her desa: the name without case or repeated spaces. */
export function kaderKey(desaId: number, fullName: string): string {
  return `${desaId}|${fullName.trim().replace(/\s+/g, " ").toLocaleLowerCase("id")}`;
}

/** A phone number as compared: +62… and 0… are the same number. */
export function phoneKey(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d+]/g, "");
  return digits.startsWith("+62") ? `0${digits.slice(3)}` : digits;
}

function sameValues(k: KaderRecord, v: KaderInput): boolean {
  return (
    k.position === v.position &&
    phoneKey(k.phone) === phoneKey(v.phone) &&
    (k.birthYear ?? null) === (v.birthYear ?? null) &&
    (k.joinedYear ?? null) === (v.joinedYear ?? null) &&
    k.serikatId === v.serikatId
  );
}

const label = (k: { id: number; fullName: string }) => `${k.fullName} (#${k.id})`;

async function previewChunk(
  user: ScopedUser,
  rows: CheckedRow<KaderInput>[],
  seen: Map<string, number>,
): Promise<PreviewRow<KaderInput>[]> {
  const valid = rows.flatMap((r) => (r.value ? [r.value] : []));
  const desaIds = [...new Set(valid.map((v) => v.desaId))];
  const phones = [...new Set(valid.map((v) => phoneKey(v.phone)).filter((p): p is string => Boolean(p)))];
  const [serikat, desa, byName, byPhone] = await Promise.all([
    db().serikat.findMany({
      where: { id: { in: [...new Set(valid.map((v) => v.serikatId))] }, ...placeableSerikatWhere(user) },
      select: { id: true, kabupatenId: true, provinceId: true },
    }),
    db().desa.findMany({ where: { id: { in: desaIds } }, select: { id: true, kecamatan: { select: { kabupatenId: true } } } }),
    db().kader.findMany({ where: { desaId: { in: desaIds }, ...areaWhere(user) }, select: KADER_FIELDS }),
    phones.length
      ? db().kader.findMany({
          where: { OR: [{ phone: { in: phones } }, { phone: { in: phones.map((p) => `+62${p.slice(1)}`) } }], ...areaWhere(user) },
          select: KADER_FIELDS,
        })
      : Promise.resolve([] as KaderRecord[]),
  ]);
  const serikatById = new Map(serikat.map((s) => [s.id, s]));
  const desaKabupaten = new Map(desa.map((d) => [d.id, d.kecamatan.kabupatenId]));
  const existing = new Map(byName.map((k) => [kaderKey(k.desaId, k.fullName), k]));
  const phoneOwner = new Map(byPhone.map((k) => [phoneKey(k.phone)!, k]));
  return rows.map((r): PreviewRow<KaderInput> => {
    if (!r.value) return { rowNumber: r.rowNumber, outcome: "ERROR", errors: r.errors };
    const v = r.value;
    const place = placeKader({ serikat: serikatById.get(v.serikatId) ?? null, desaKabupatenId: desaKabupaten.get(v.desaId) ?? null });
    if (!place.ok) {
      const errors: CellError[] = Object.entries(place.fieldErrors).map(([field, e]) => ({
        column: field,
        value: String(field === "serikatId" ? v.serikatId : v.desaId),
        key: e.key,
      }));
      return { rowNumber: r.rowNumber, outcome: "ERROR", errors };
    }
    const key = kaderKey(v.desaId, v.fullName);
    const phone = phoneKey(v.phone);
    const earlier = seen.get(key) ?? (phone ? seen.get(`phone:${phone}`) : undefined);
    if (earlier !== undefined) return { rowNumber: r.rowNumber, outcome: "DUPLICATE", value: v, sameAsRow: earlier };
    seen.set(key, r.rowNumber);
    if (phone) seen.set(`phone:${phone}`, r.rowNumber);
    const same = existing.get(key);
    if (same) {
      const match = { id: same.id, label: label(same), version: same.version };
      return { rowNumber: r.rowNumber, outcome: sameValues(same, v) ? "UNCHANGED" : "UPDATE", value: v, match };
    }
    const owner = phone ? phoneOwner.get(phone) : undefined;
    if (owner)
      return {
        rowNumber: r.rowNumber,
        outcome: "DUPLICATE",
        value: v,
        match: { id: owner.id, label: label(owner), version: owner.version },
      };
    return { rowNumber: r.rowNumber, outcome: "CREATE", value: v };
  });
}

/** Placement of each value at commit time, checked again inside the transaction (a serikat may have closed since the preview). */
async function placements(tx: Tx, user: ScopedUser, values: KaderInput[]) {
  const [serikat, desa] = await Promise.all([
    tx.serikat.findMany({
      where: { id: { in: [...new Set(values.map((v) => v.serikatId))] }, ...placeableSerikatWhere(user) },
      select: { id: true, kabupatenId: true, provinceId: true },
    }),
    tx.desa.findMany({
      where: { id: { in: [...new Set(values.map((v) => v.desaId))] } },
      select: { id: true, kecamatan: { select: { kabupatenId: true } } },
    }),
  ]);
  const s = new Map(serikat.map((x) => [x.id, x]));
  const d = new Map(desa.map((x) => [x.id, x.kecamatan.kabupatenId]));
  return values.map((v) => placeKader({ serikat: s.get(v.serikatId) ?? null, desaKabupatenId: d.get(v.desaId) ?? null }));
}

export const kaderImport: ImportAdapter<KaderInput> = {
  kind: "KADER",
  entity: "kader",

  async preview(user, rows) {
    const seen = new Map<string, number>();
    const out: PreviewRow<KaderInput>[] = [];
    for (let i = 0; i < rows.length; i += CHUNK) out.push(...(await previewChunk(user, rows.slice(i, i + CHUNK), seen)));
    return out;
  },

  async createMany(tx, user, values) {
    if (values.length === 0) return [];
    const places = await placements(tx, user, values);
    const data = values.map((v, i) => {
      const p = places[i]!;
      if (!p.ok) throw new ImportStale();
      return kaderRowData(v, p.value);
    });
    const made = await tx.kader.createManyAndReturn({ data, select: KADER_FIELDS });
    const byKey = new Map(made.map((k) => [kaderKey(k.desaId, k.fullName), k]));
    return values.map((v) => {
      const k = byKey.get(kaderKey(v.desaId, v.fullName))!;
      return { id: k.id, version: k.version, after: k };
    });
  },

  async update(tx, user, id, version, value) {
    const before = await tx.kader.findFirst({ where: { id, version, ...areaWhere(user) }, select: KADER_FIELDS });
    if (!before) return null;
    const [place] = await placements(tx, user, [value]);
    if (!place!.ok) return null;
    // The name keeps the registry's spelling: the row matched it without case.
    const n = await tx.kader.updateMany({
      where: { id, version },
      data: { ...kaderRowData({ ...value, fullName: before.fullName }, place!.value), version: { increment: 1 } },
    });
    if (n.count === 0) return null;
    const after = await tx.kader.findUniqueOrThrow({ where: { id }, select: KADER_FIELDS });
    return { before, after, version: after.version };
  },

  async blockers(tx, ids) {
    const out = new Map<number, { key: string; values: Record<string, string | number> }[]>();
    if (ids.length === 0) return out;
    const taken = await tx.participation.groupBy({ by: ["kaderId"], where: { kaderId: { in: ids } }, _count: { _all: true } });
    for (const t of taken) out.set(t.kaderId, [{ key: "import.undo.inTraining", values: { count: t._count._all } }]);
    return out;
  },

  async versions(tx, ids) {
    const rows = await tx.kader.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
    return new Map(rows.map((r) => [r.id, r.version]));
  },

  async remove(tx, ids) {
    await tx.kader.deleteMany({ where: { id: { in: ids } } });
  },

  async restore(tx, id, before) {
    const b = before as unknown as KaderRecord;
    await tx.kader.update({
      where: { id },
      data: {
        fullName: b.fullName,
        position: b.position,
        phone: b.phone,
        birthYear: b.birthYear,
        joinedYear: b.joinedYear,
        serikatId: b.serikatId,
        desaId: b.desaId,
        kabupatenId: b.kabupatenId,
        provinceId: b.provinceId,
        active: b.active,
        version: { increment: 1 },
      },
    });
  },

  async label(tx, ids) {
    const rows = await tx.kader.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } });
    return new Map(rows.map((r) => [r.id, label(r)]));
  },
};
