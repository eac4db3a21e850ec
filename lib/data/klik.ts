import "server-only";
// KLIK PEKKA service clinics: sessions in a desa and the people served at the
// four desks. This module: the sessions (the list and its export, the desk
// counts, one session with its cases, a new session). The cases themselves,
// and the sealed violence desk: klik-cases.ts.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, kabupatenWhere, type ScopedUser } from "@/lib/authz/scope";
import { canViewViolenceDetail } from "@/lib/authz/violence";
import { protectLine, suppressCount, type ProtectedCount } from "@/lib/domain/suppression";
import { calendarYearOf, type PublishedCount } from "@/lib/domain/violence-publication";
import { KLIK_DESKS } from "@/lib/domain/klik-issue-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { KlikDesk } from "@/lib/generated/prisma/enums";
import { klikSessionInput, type KlikFilters } from "@/lib/validation/klik";
import { dayRange } from "@/lib/validation/common";
import { recordAudit } from "./audit";
import { fail, failField, parse, type Result } from "./result";
import { writeOnce } from "./write-once";
import { kabupatenLabel } from "./geo";
import { EXPORT_BATCH_SIZE, exportPage } from "./export-batch";
import { countsFromPublishedTable, publishedViolence } from "./violence-counts";

export const KLIK_PAGE_SIZE = 20;

/** What the klik functions need to know about the user (the session user has it all). */
export type KlikUser = ScopedUser & { canViewViolenceDetails: boolean; canExportViolenceDetails: boolean };

/**
 * Cases per desk. The violence desk: for users who may open its cases, 1–4
 * become "<5" and, in the session list (whose summary is the total of its
 * column), a complementary cell may be "hidden" (lib/domain/suppression.ts).
 * For everyone else it is a cell of the published yearly table, or null (no
 * count for a session, a month or a free range): lib/data/violence-counts.ts.
 */
export type DeskCounts = Record<Exclude<KlikDesk, "VIOLENCE">, number> & { VIOLENCE: PublishedCount };

export function deskCounts(rows: { desk: KlikDesk; n: number }[]): DeskCounts {
  const out = { REGISTRATION: 0, SOCIAL_PROTECTION: 0, LEGAL_IDENTITY: 0, VIOLENCE: 0 } as Record<KlikDesk, number>;
  for (const r of rows) out[r.desk] += r.n;
  return { ...out, VIOLENCE: suppressCount(out.VIOLENCE) };
}

/** The calendar year the filters select exactly (a year with no month and no dates, or dates from 1 January to 31 December). */
export function filteredCalendarYear(f: KlikFilters): number | null {
  if (f.year) return f.month || f.from || f.to ? null : f.year;
  return calendarYearOf({ from: f.from, to: f.to });
}

export function sessionWhere(user: ScopedUser, f: KlikFilters): Prisma.KlikSessionWhereInput {
  let heldOn: Prisma.DateTimeFilter | undefined;
  if (f.year && f.month) heldOn = { gte: new Date(Date.UTC(f.year, f.month - 1, 1)), lt: new Date(Date.UTC(f.year, f.month, 1)) };
  else if (f.year) heldOn = { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) };
  const range = dayRange(f.from, f.to);
  const filters: Prisma.KlikSessionWhereInput = {
    ...(f.provinceId ? { provinceId: f.provinceId } : {}),
    ...(f.kabupatenId ? { kabupatenId: f.kabupatenId } : {}),
    ...(heldOn ? { heldOn } : {}),
  };
  return { AND: [areaWhere(user), filters, range ? { heldOn: range } : {}] };
}

/** What the session list (and its export) shows of a session. */
export const KLIK_SESSION_LIST_SELECT = {
  id: true,
  heldOn: true,
  officers: true,
  desa: { select: { name: true } },
  kabupaten: { select: { name: true, kind: true } },
  province: { select: { name: true } },
} as const satisfies Prisma.KlikSessionSelect;

/**
 * The violence cell of every session the filters select, protected as one
 * line: the summary above the list shows their total, so a single "<5" among
 * them would otherwise be the summary minus the others (across pages too).
 */
async function violenceColumn(where: Prisma.KlikSessionWhereInput): Promise<Map<number, ProtectedCount>> {
  const rows = await db().klikCase.groupBy({ by: ["sessionId"], where: { desk: "VIOLENCE", session: where }, _count: { _all: true } });
  const cells = protectLine(rows.map((r) => r._count._all));
  return new Map(rows.map((r, i) => [r.sessionId, cells[i]!]));
}

/** Sessions as the list (and its export) shows them, each with its cases per desk (violence protected): two grouped queries. */
async function klikSessionListRows(
  user: KlikUser,
  rows: Prisma.KlikSessionGetPayload<{ select: typeof KLIK_SESSION_LIST_SELECT }>[],
  where: Prisma.KlikSessionWhereInput,
) {
  // No count per session for users counted from the published yearly table.
  const perSessionViolence = !countsFromPublishedTable(user);
  const violence = rows.length && perSessionViolence ? await violenceColumn(where) : new Map<number, ProtectedCount>();
  const perSession = rows.length
    ? await db().klikCase.groupBy({
        by: ["sessionId", "desk"],
        where: { sessionId: { in: rows.map((r) => r.id) } },
        _count: { _all: true },
      })
    : [];
  return rows.map((s) => ({
    id: s.id,
    heldOn: s.heldOn,
    officers: s.officers,
    desaName: s.desa.name,
    kabupatenName: kabupatenLabel(s.kabupaten),
    provinceName: s.province.name,
    counts: {
      ...deskCounts(perSession.filter((c) => c.sessionId === s.id).map((c) => ({ desk: c.desk, n: c._count._all }))),
      VIOLENCE: perSessionViolence ? (violence.get(s.id) ?? 0) : null,
    },
  }));
}

/** Sessions in scope, newest first, each with its cases per desk (violence suppressed). */
export async function listKlikSessions(user: KlikUser, f: KlikFilters) {
  assertCan(user, "klik.read");
  const where = sessionWhere(user, f);
  const [rows, total, summary] = await Promise.all([
    db().klikSession.findMany({
      where,
      orderBy: [{ heldOn: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * KLIK_PAGE_SIZE,
      take: KLIK_PAGE_SIZE,
      select: KLIK_SESSION_LIST_SELECT,
    }),
    db().klikSession.count({ where }),
    klikDeskSummary(user, f),
  ]);
  return {
    rows: await klikSessionListRows(user, rows, where),
    summary,
    /** The violence desk is counted per calendar year only for this user (decision 0027). */
    violenceByYear: countsFromPublishedTable(user),
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / KLIK_PAGE_SIZE)),
  };
}

/** Sessions with their cases per desk; the violence desk protected exactly as on the screen. */
export async function klikSessionExportBatch(user: KlikUser, f: KlikFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "klik.read");
  const where = sessionWhere(user, f);
  const rows = await db().klikSession.findMany({
    where: { AND: [where, { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: KLIK_SESSION_LIST_SELECT,
  });
  return exportPage(await klikSessionListRows(user, rows, where), take);
}

/** Per-desk totals in scope (dashboard cells); the violence desk as DeskCounts says. */
export async function klikDeskSummary(user: KlikUser, f: KlikFilters): Promise<DeskCounts> {
  assertCan(user, "klik.read");
  // Without a date filter (year, or a from/to range) the case's own
  // province/kabupaten (copied from its session, decision 0003) suffice: no
  // join over every case in scope. Any date filter needs the session's date.
  const dated = Boolean(f.year || f.from || f.to);
  const where: Prisma.KlikCaseWhereInput = dated
    ? { session: sessionWhere(user, f) }
    : { AND: [areaWhere(user), f.provinceId ? { provinceId: f.provinceId } : {}, f.kabupatenId ? { kabupatenId: f.kabupatenId } : {}] };
  const rows = await db().klikCase.groupBy({ by: ["desk"], where, _count: { _all: true } });
  const counts = deskCounts(rows.map((c) => ({ desk: c.desk, n: c._count._all })));
  if (!countsFromPublishedTable(user)) return counts;
  return { ...counts, VIOLENCE: await publishedViolence(user, filteredCalendarYear(f), f) };
}

/**
 * One session in scope with its cases. Cases of the open desks come as rows;
 * violence cases come as rows (issue type and status, never the sealed detail)
 * only for users who may open them, and otherwise only as a suppressed count.
 */
export async function getKlikSession(user: KlikUser, id: number) {
  assertCan(user, "klik.read");
  const s = await db().klikSession.findFirst({
    where: { id, ...areaWhere(user) },
    select: {
      id: true,
      heldOn: true,
      officers: true,
      notes: true,
      kabupatenId: true,
      provinceId: true,
      desa: { select: { id: true, name: true, kecamatan: { select: { name: true } } } },
      kabupaten: { select: { name: true, kind: true } },
      province: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
  if (!s) return null;
  const violenceVisible = canViewViolenceDetail(user, s.kabupatenId);
  const [cases, grouped] = await Promise.all([
    db().klikCase.findMany({
      where: { sessionId: s.id, ...(violenceVisible ? {} : { desk: { not: "VIOLENCE" as const } }) },
      orderBy: { id: "asc" },
      select: { id: true, desk: true, issueType: true, personName: true, status: true, referralInstitution: true },
    }),
    db().klikCase.groupBy({ by: ["desk"], where: { sessionId: s.id }, _count: { _all: true } }),
  ]);
  return {
    ...s,
    kabupatenName: kabupatenLabel(s.kabupaten),
    violenceVisible,
    counts: {
      ...deskCounts(grouped.map((c) => ({ desk: c.desk, n: c._count._all }))),
      // A session's own violence count only for those who may open its cases.
      ...(violenceVisible ? {} : { VIOLENCE: null }),
    },
    casesByDesk: Object.fromEntries(KLIK_DESKS.map((d) => [d, cases.filter((c) => c.desk === d)])) as Record<KlikDesk, typeof cases>,
  };
}

// ───────────────────────── writes ─────────────────────────

export async function createKlikSession(user: ScopedUser, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "klik.write");
  const p = parse(klikSessionInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const desa = await db().desa.findFirst({
    where: { id: p.data.desaId, kecamatan: { kabupaten: kabupatenWhere(user) } },
    select: { kecamatan: { select: { kabupaten: { select: { id: true, provinceId: true } } } } },
  });
  if (!desa) return failField("desaId", "validation.outOfScope");
  const kab = desa.kecamatan.kabupaten;
  return writeOnce(user, raw, "klik_session.create", async (tx) => {
    const s = await tx.klikSession.create({
      data: {
        desaId: p.data.desaId,
        kabupatenId: kab.id,
        provinceId: kab.provinceId,
        heldOn: p.data.heldOn,
        officers: p.data.officers,
        notes: p.data.notes ?? null,
        createdById: user.id,
      },
    });
    await recordAudit(tx, { userId: user.id, action: "create", entity: "klik_session", entityId: s.id, after: s });
    return { id: s.id };
  });
}
