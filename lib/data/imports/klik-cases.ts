import "server-only";
// KLIK cases import: the rows of one KLIK day's register become the cases of
// one session (the batch's parent). The session is one the user may record
// cases in (writableKlikSession, the new-case form's rule) and each case takes
// its area from it (klikCaseData). A case's natural key in its session is its
// desk, issue type and the person's name (without case or repeated spaces);
// the same key again updates its status and referral. Only the open desks are
// imported: violence rows never get this far (lib/import/sheets/klik-cases.ts),
// and the cases this adapter reads, writes or restores are never at that desk.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { KlikCaseImport } from "@/lib/import/sheets/klik-cases";
import { klikCaseData, writableKlikSession } from "../klik-cases";
import { ImportStale, type ImportAdapter, type PreviewRow } from "./types";

const OPEN = { desk: { not: "VIOLENCE" as const } };

const FIELDS = {
  id: true,
  sessionId: true,
  desk: true,
  issueType: true,
  personName: true,
  status: true,
  referralInstitution: true,
  version: true,
} as const satisfies Prisma.KlikCaseSelect;

type CaseRecord = Prisma.KlikCaseGetPayload<{ select: typeof FIELDS }>;

/** A case's key in its session. */
export function klikCaseKey(c: { desk: string; issueType: string; personName: string | null }): string {
  return `${c.desk}|${c.issueType}|${(c.personName ?? "").trim().replace(/\s+/g, " ").toLocaleLowerCase("id")}`;
}

const label = (c: { id: number; personName: string | null }) => `${c.personName ?? ""} (#${c.id})`;

const unchanged = (c: CaseRecord, v: KlikCaseImport) =>
  c.status === v.status && (c.referralInstitution ?? null) === (v.referralInstitution ?? null);

export const klikCasesImport: ImportAdapter<KlikCaseImport> = {
  kind: "KLIK_CASES",
  entity: "klik_case",

  async preview(user, rows, ctx) {
    const session = ctx.parentId ? await writableKlikSession(db(), user, ctx.parentId) : null;
    const existing = session
      ? await db().klikCase.findMany({ where: { sessionId: session.id, ...OPEN }, orderBy: { id: "asc" }, select: FIELDS })
      : [];
    const byKey = new Map<string, CaseRecord>();
    for (const c of existing) if (!byKey.has(klikCaseKey(c))) byKey.set(klikCaseKey(c), c);
    const seen = new Map<string, number>();
    return rows.map((r): PreviewRow<KlikCaseImport> => {
      if (!r.value) return { rowNumber: r.rowNumber, outcome: "ERROR", errors: r.errors };
      // Not hers (or no longer): every row says so, none is written.
      if (!session)
        return { rowNumber: r.rowNumber, outcome: "ERROR", errors: [{ column: "", value: "", key: "import.klik.sessionClosed" }] };
      const v = r.value;
      const key = klikCaseKey(v);
      const earlier = seen.get(key);
      if (earlier !== undefined) return { rowNumber: r.rowNumber, outcome: "DUPLICATE", value: v, sameAsRow: earlier };
      seen.set(key, r.rowNumber);
      const same = byKey.get(key);
      if (!same) return { rowNumber: r.rowNumber, outcome: "CREATE", value: v };
      const match = { id: same.id, label: label(same), version: same.version };
      return { rowNumber: r.rowNumber, outcome: unchanged(same, v) ? "UNCHANGED" : "UPDATE", value: v, match };
    });
  },

  async createMany(tx, user, values, ctx) {
    if (values.length === 0) return [];
    const session = ctx.parentId ? await writableKlikSession(tx, user, ctx.parentId) : null;
    if (!session) throw new ImportStale();
    // The session row is locked for the rest of the commit, so two imports into it are written one after the other.
    await tx.klikSession.update({ where: { id: session.id }, data: { version: { increment: 1 } } });
    // A case recorded by hand since the preview with the key of a new row: that row would now be a second case.
    const now = await tx.klikCase.findMany({ where: { sessionId: session.id, ...OPEN }, select: FIELDS });
    const taken = new Set(now.map(klikCaseKey));
    if (values.some((v) => taken.has(klikCaseKey(v)))) throw new ImportStale();
    const made = await tx.klikCase.createManyAndReturn({ data: values.map((v) => klikCaseData(session, v)), select: FIELDS });
    const byKey = new Map(made.map((c) => [klikCaseKey(c), c]));
    return values.map((v) => {
      const c = byKey.get(klikCaseKey(v))!;
      return { id: c.id, version: c.version, after: c };
    });
  },

  async update(tx, user, id, version, value, ctx) {
    const session = ctx.parentId ? await writableKlikSession(tx, user, ctx.parentId) : null;
    if (!session) return null;
    const before = await tx.klikCase.findFirst({ where: { id, version, sessionId: session.id, ...OPEN }, select: FIELDS });
    if (!before) return null;
    const n = await tx.klikCase.updateMany({
      where: { id, version },
      data: { status: value.status, referralInstitution: value.referralInstitution ?? null, version: { increment: 1 } },
    });
    if (n.count === 0) return null;
    const after = await tx.klikCase.findUniqueOrThrow({ where: { id }, select: FIELDS });
    return { before, after, version: after.version };
  },

  async blockers(tx, ids) {
    const out = new Map<number, { key: string; values: Record<string, string | number> }[]>();
    if (ids.length === 0) return out;
    const followed = await tx.klikFollowUp.groupBy({ by: ["caseId"], where: { caseId: { in: ids } }, _count: { _all: true } });
    for (const f of followed) out.set(f.caseId, [{ key: "import.klik.followedUp", values: { count: f._count._all } }]);
    return out;
  },

  async versions(tx, ids) {
    const rows = await tx.klikCase.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
    return new Map(rows.map((r) => [r.id, r.version]));
  },

  async remove(tx, ids) {
    await tx.klikCase.deleteMany({ where: { id: { in: ids }, ...OPEN } });
  },

  async restore(tx, id, before) {
    const b = before as unknown as CaseRecord;
    await tx.klikCase.updateMany({
      where: { id, ...OPEN },
      data: { status: b.status, referralInstitution: b.referralInstitution, version: { increment: 1 } },
    });
  },

  async label(tx, ids) {
    const rows = await tx.klikCase.findMany({ where: { id: { in: ids } }, select: { id: true, personName: true } });
    return new Map(rows.map((r) => [r.id, label(r)]));
  },
};
