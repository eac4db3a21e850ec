import "server-only";
// A participants file, from bytes to checked rows: the class's days give the
// sheet its day columns, then each row's kader is found among those the user
// may register: by registry id, or by name (namesakes told apart by desa,
// kabupaten or phone; a name that still fits several names them all).
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { daysOf, isoDayString } from "@/lib/domain/training-days";
import { ImportFileError } from "@/lib/import/errors";
import { areaName, nameKey } from "@/lib/import/normalise";
import {
  checkParticipantRow,
  kaderQuery,
  participantsSheet,
  type KaderFound,
  type KaderQuery,
  type KaderResolver,
  type ParticipantRow,
} from "@/lib/import/sheets/participants";
import { kabupatenLabel } from "../geo";
import { registrableKaderWhere } from "../training/participants";
import { trainingWriteWhere } from "../training/scope";
import { phoneKey } from "./kader";
import type { FileCheck } from "./kinds";
import { fileCheck, readSheetFile } from "./read-file";
import type { CheckedRow, ImportContext } from "./types";

const CHUNK = 300;
/** Namesakes named in an error: enough to choose from, never a list of the area. */
const MAX_CANDIDATES = 5;

const KADER = {
  id: true,
  fullName: true,
  phone: true,
  desa: { select: { name: true } },
  kabupaten: { select: { name: true, kind: true } },
} as const;

type KaderFacts = {
  id: number;
  fullName: string;
  phone: string | null;
  desa: { name: string };
  kabupaten: { name: string; kind: "KABUPATEN" | "KOTA" };
};

/** The days (YYYY-MM-DD) of a class the user may import into, or null. */
export async function classDays(user: ScopedUser, ctx: ImportContext): Promise<string[] | null> {
  if (!ctx.parentId) return null;
  const c = await db().trainingClass.findFirst({
    where: { id: ctx.parentId, training: trainingWriteWhere(user) },
    select: { training: { select: { startDate: true, endDate: true } } },
  });
  return c ? daysOf(c.training.startDate, c.training.endDate).map(isoDayString) : null;
}

const describe = (k: KaderFacts) => `${k.fullName} (ID ${k.id}, ${k.desa.name}, ${kabupatenLabel(k.kabupaten)})`;

/** The kader the file's rows name, loaded once per chunk of ids and names, within the user's scope. */
export async function loadKaderIndex(user: ScopedUser, queries: KaderQuery[]): Promise<KaderResolver> {
  const ids = [...new Set(queries.flatMap((q) => (q.id !== undefined ? [q.id] : [])))];
  const names = [...new Set(queries.flatMap((q) => (q.id === undefined && q.name ? [q.name] : [])))];
  const found: KaderFacts[] = [];
  for (let i = 0; i < ids.length; i += CHUNK)
    found.push(
      ...(await db().kader.findMany({
        where: { AND: [registrableKaderWhere(user), { id: { in: ids.slice(i, i + CHUNK) } }] },
        select: KADER,
      })),
    );
  for (let i = 0; i < names.length; i += CHUNK)
    found.push(
      ...(await db().kader.findMany({
        where: {
          AND: [
            registrableKaderWhere(user),
            { OR: names.slice(i, i + CHUNK).map((n) => ({ fullName: { equals: n, mode: "insensitive" as const } })) },
          ],
        },
        select: KADER,
      })),
    );
  const byId = new Map(found.map((k) => [k.id, k]));
  const byName = new Map<string, KaderFacts[]>();
  for (const k of byId.values()) {
    const key = nameKey(k.fullName);
    byName.set(key, [...(byName.get(key) ?? []), k]);
  }

  function find(q: KaderQuery): KaderFound {
    if (q.id !== undefined) {
      const k = byId.get(q.id);
      if (!k) return { ok: false, column: "kaderId", key: "import.participants.kaderIdNotFound" };
      if (q.name !== undefined && nameKey(q.name) !== nameKey(k.fullName))
        return { ok: false, column: "name", key: "import.participants.nameNotId", values: { name: k.fullName } };
      return { ok: true, kaderId: k.id, fullName: k.fullName };
    }
    const all = byName.get(nameKey(q.name ?? "")) ?? [];
    if (all.length === 0) return { ok: false, column: "name", key: "import.participants.kaderNotFound" };
    const kab = q.kabupaten ? areaName(q.kabupaten) : null;
    const phone = phoneKey(q.phone);
    const fits = all.filter(
      (k) =>
        (q.desa === undefined || nameKey(areaName(q.desa).name) === nameKey(k.desa.name)) &&
        (kab === null || (nameKey(kab.name) === nameKey(k.kabupaten.name) && (!kab.kind || kab.kind === k.kabupaten.kind))) &&
        (phone === null || phoneKey(k.phone) === phone),
    );
    if (fits.length === 1) return { ok: true, kaderId: fits[0]!.id, fullName: fits[0]!.fullName };
    const named = (fits.length ? fits : all).slice(0, MAX_CANDIDATES).map(describe).join("; ");
    return fits.length
      ? { ok: false, column: "name", key: "import.participants.ambiguousName", values: { candidates: named, count: fits.length } }
      : { ok: false, column: "name", key: "import.participants.noneFits", values: { candidates: named } };
  }

  return { find };
}

/** Reads and checks every row of a participants file for the class `ctx.parentId`. */
export function checkParticipantsFile(
  user: ScopedUser,
  bytes: Uint8Array,
  onRow: (done: number) => void,
  ctx: ImportContext,
): Promise<FileCheck<ParticipantRow>> {
  assertCan(user, "training.write");
  return fileCheck(async () => {
    const days = await classDays(user, ctx);
    if (!days) throw new ImportFileError("import.validation.parentClosed");
    const sheet = participantsSheet(days);
    const { bound, rows, cells } = await readSheetFile(bytes, sheet, onRow);
    const out: CheckedRow<ParticipantRow>[] = [];
    for (let i = 0; i < rows.length; i += CHUNK) {
      const part = cells.slice(i, i + CHUNK);
      const kader = await loadKaderIndex(
        user,
        part.map((c) => kaderQuery(c.values)),
      );
      part.forEach((c, j) => out.push(checkParticipantRow(sheet, bound, rows[i + j]!, c, kader)));
    }
    return out;
  });
}
