import "server-only";
// KLIK PEKKA service clinics: sessions in a desa and the people served at the
// four desks. The violence desk is sealed: its complainant and narrative live in
// violence_case_detail, which only this module reads, and only through
// getKlikCase, which writes the audit row of every view in the same place.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import { areaWhere, kabupatenWhere, type ScopedUser } from "@/lib/authz/scope";
import { canViewViolenceDetail, suppressCount } from "@/lib/authz/violence";
import { KLIK_DESKS } from "@/lib/domain/klik-issue-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { KlikDesk } from "@/lib/generated/prisma/enums";
import {
  klikCaseInput,
  klikCaseUpdateInput,
  klikFollowUpInput,
  klikSessionInput,
  type KlikFilters,
} from "@/lib/validation/klik";
import { dayRange } from "@/lib/validation/common";
import { recordAudit } from "./audit";
import { fail, failField, ok, parse, STALE, type Result } from "./result";
import { kabupatenLabel } from "./geo";

export const KLIK_PAGE_SIZE = 20;

/** What the klik functions need to know about the user (the session user has it all). */
export type KlikUser = ScopedUser & { canViewViolenceDetails: boolean; canExportViolenceDetails: boolean };

/** Cases per desk; the violence desk's 1–4 become "<5" for everyone. */
export type DeskCounts = Record<KlikDesk, number | "<5">;

export function deskCounts(rows: { desk: KlikDesk; n: number }[]): DeskCounts {
  const out = { REGISTRATION: 0, SOCIAL_PROTECTION: 0, LEGAL_IDENTITY: 0, VIOLENCE: 0 } as Record<KlikDesk, number>;
  for (const r of rows) out[r.desk] += r.n;
  return { ...out, VIOLENCE: suppressCount(out.VIOLENCE) };
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

/** Sessions in scope, newest first, each with its cases per desk (violence suppressed). */
export async function listKlikSessions(user: ScopedUser, f: KlikFilters) {
  assertCan(user, "klik.read");
  const where = sessionWhere(user, f);
  const [rows, total, summary] = await Promise.all([
    db().klikSession.findMany({
      where,
      orderBy: [{ heldOn: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * KLIK_PAGE_SIZE,
      take: KLIK_PAGE_SIZE,
      select: {
        id: true,
        heldOn: true,
        officers: true,
        desa: { select: { name: true } },
        kabupaten: { select: { name: true, kind: true } },
        province: { select: { name: true } },
      },
    }),
    db().klikSession.count({ where }),
    klikDeskSummary(user, f),
  ]);
  const perSession = rows.length
    ? await db().klikCase.groupBy({
        by: ["sessionId", "desk"],
        where: { sessionId: { in: rows.map((r) => r.id) } },
        _count: { _all: true },
      })
    : [];
  return {
    rows: rows.map((s) => ({
      id: s.id,
      heldOn: s.heldOn,
      officers: s.officers,
      desaName: s.desa.name,
      kabupatenName: kabupatenLabel(s.kabupaten),
      provinceName: s.province.name,
      counts: deskCounts(perSession.filter((c) => c.sessionId === s.id).map((c) => ({ desk: c.desk, n: c._count._all }))),
    })),
    summary,
    total,
    page: f.page,
    pageCount: Math.max(1, Math.ceil(total / KLIK_PAGE_SIZE)),
  };
}

/** Per-desk totals in scope (dashboard cells): the violence desk below 5 is "<5". */
export async function klikDeskSummary(user: ScopedUser, f: KlikFilters): Promise<DeskCounts> {
  assertCan(user, "klik.read");
  // Without a date filter (year, or a from/to range) the case's own
  // province/kabupaten (copied from its session, decision 0003) suffice: no
  // join over every case in scope. Any date filter needs the session's date.
  const dated = Boolean(f.year || f.from || f.to);
  const where: Prisma.KlikCaseWhereInput = dated
    ? { session: sessionWhere(user, f) }
    : { AND: [areaWhere(user), f.provinceId ? { provinceId: f.provinceId } : {}, f.kabupatenId ? { kabupatenId: f.kabupatenId } : {}] };
  const rows = await db().klikCase.groupBy({ by: ["desk"], where, _count: { _all: true } });
  return deskCounts(rows.map((c) => ({ desk: c.desk, n: c._count._all })));
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
    counts: deskCounts(grouped.map((c) => ({ desk: c.desk, n: c._count._all }))),
    casesByDesk: Object.fromEntries(KLIK_DESKS.map((d) => [d, cases.filter((c) => c.desk === d)])) as Record<KlikDesk, typeof cases>,
  };
}

/**
 * One case in scope with its follow-ups. A violence case is found only by users
 * who may see its detail (others get null, as if it did not exist), and then the
 * sealed detail comes with it and the view is written to the audit log here, in
 * the same transaction as the read, so no page can read it without logging.
 */
export async function getKlikCase(user: KlikUser, id: number) {
  assertCan(user, "klik.read");
  const c = await db().klikCase.findFirst({
    where: { id, ...areaWhere(user) },
    select: {
      id: true,
      desk: true,
      issueType: true,
      personName: true,
      status: true,
      referralInstitution: true,
      version: true,
      kabupatenId: true,
      updatedAt: true,
      session: {
        select: {
          id: true,
          heldOn: true,
          desa: { select: { name: true } },
          kabupaten: { select: { name: true, kind: true } },
        },
      },
      followUps: {
        orderBy: [{ date: "asc" }, { id: "asc" }],
        select: { id: true, date: true, note: true, byUser: { select: { name: true } } },
      },
    },
  });
  if (!c) return null;
  const base = { ...c, kabupatenName: kabupatenLabel(c.session.kabupaten) };
  if (c.desk !== "VIOLENCE") return { ...base, violenceDetail: null };
  if (!canViewViolenceDetail(user, c.kabupatenId)) return null;
  const violenceDetail = await db().$transaction(async (tx) => {
    const d = await tx.violenceCaseDetail.findUnique({
      where: { caseId: c.id },
      select: { complainantName: true, complainantContact: true, narrative: true },
    });
    await recordAudit(tx, { userId: user.id, action: "view", entity: "violence_case", entityId: c.id });
    return d;
  });
  return { ...base, violenceDetail };
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
  const created = await db().$transaction(async (tx) => {
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
    return s;
  });
  return ok({ id: created.id });
}

/** The sealed fields, named but never copied into the audit log. */
const SEALED_FIELDS = ["complainantName", "complainantContact", "narrative"] as const;

export async function createKlikCase(user: KlikUser, sessionId: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "klik.write");
  const p = parse(klikCaseInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const session = await db().klikSession.findFirst({
    where: { id: sessionId, ...areaWhere(user) },
    select: { id: true, kabupatenId: true, provinceId: true },
  });
  if (!session) return failField("_form", "validation.notFound");
  const v = p.data;
  if (v.desk === "VIOLENCE" && !canViewViolenceDetail(user, session.kabupatenId)) return failField("_form", "validation.forbidden");
  const created = await db().$transaction(async (tx) => {
    const c = await tx.klikCase.create({
      data: {
        sessionId: session.id,
        kabupatenId: session.kabupatenId,
        provinceId: session.provinceId,
        desk: v.desk,
        issueType: v.issueType,
        personName: v.desk === "VIOLENCE" ? null : (v.personName ?? null),
        status: v.status,
        referralInstitution: v.referralInstitution ?? null,
      },
    });
    if (v.desk === "VIOLENCE") {
      await tx.violenceCaseDetail.create({
        data: {
          caseId: c.id,
          complainantName: v.complainantName!,
          complainantContact: v.complainantContact ?? null,
          narrative: v.narrative!,
        },
      });
      await recordAudit(tx, {
        userId: user.id,
        action: "create",
        entity: "violence_case",
        entityId: c.id,
        after: {
          sessionId: c.sessionId,
          desk: c.desk,
          status: c.status,
          referralInstitution: c.referralInstitution,
          sealedFieldsSet: SEALED_FIELDS.filter((k) => v[k]),
        },
      });
    } else {
      await recordAudit(tx, { userId: user.id, action: "create", entity: "klik_case", entityId: c.id, after: c });
    }
    return c;
  });
  return ok({ id: created.id });
}

/** Issue type, status and referral of a case, with optimistic concurrency on `version`. */
export async function updateKlikCase(user: KlikUser, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "klik.write");
  const before = await db().klikCase.findFirst({
    where: { id, ...areaWhere(user) },
    select: { id: true, desk: true, issueType: true, status: true, referralInstitution: true, version: true, kabupatenId: true, sessionId: true },
  });
  if (!before || (before.desk === "VIOLENCE" && !canViewViolenceDetail(user, before.kabupatenId))) {
    return failField("_form", "validation.notFound");
  }
  const p = parse(klikCaseUpdateInput, { ...(raw as Record<string, unknown>), desk: before.desk });
  if (!p.ok) {
    if (p.fieldErrors.version) return STALE;
    return fail(p.fieldErrors);
  }
  const data = { issueType: p.data.issueType, status: p.data.status, referralInstitution: p.data.referralInstitution ?? null };
  return db().$transaction(async (tx) => {
    const n = await tx.klikCase.updateMany({
      where: { id, version: p.data.version, ...areaWhere(user) },
      data: { ...data, version: { increment: 1 } },
    });
    if (n.count === 0) return STALE;
    if (before.desk === "VIOLENCE") {
      // Field names and the open columns only; the issue type stays out of the log too.
      const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => before[k] !== data[k]);
      await recordAudit(tx, {
        userId: user.id,
        action: "update",
        entity: "violence_case",
        entityId: id,
        before: { status: before.status, referralInstitution: before.referralInstitution, version: before.version },
        after: { status: data.status, referralInstitution: data.referralInstitution, version: before.version + 1, changedFields: changed },
      });
    } else {
      const after = await tx.klikCase.findUniqueOrThrow({ where: { id } });
      await recordAudit(tx, { userId: user.id, action: "update", entity: "klik_case", entityId: id, before, after });
    }
    return ok({ id });
  });
}

export async function addKlikFollowUp(user: KlikUser, caseId: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "klik.write");
  const p = parse(klikFollowUpInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const c = await db().klikCase.findFirst({ where: { id: caseId, ...areaWhere(user) }, select: { id: true, desk: true, kabupatenId: true } });
  if (!c || (c.desk === "VIOLENCE" && !canViewViolenceDetail(user, c.kabupatenId))) return failField("_form", "validation.notFound");
  const created = await db().$transaction(async (tx) => {
    const f = await tx.klikFollowUp.create({ data: { caseId, date: p.data.date, note: p.data.note, byUserId: user.id } });
    await tx.klikCase.update({ where: { id: caseId }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      userId: user.id,
      action: "follow_up",
      entity: c.desk === "VIOLENCE" ? "violence_case" : "klik_case",
      entityId: caseId,
      // A violence case's follow-up note may describe the complaint: log that one was added, not what it says.
      after: c.desk === "VIOLENCE" ? { followUpId: f.id, date: f.date, fields: ["date", "note"] } : f,
    });
    return f;
  });
  return ok({ id: created.id });
}

/** Desa the user may hold a session in, grouped by kecamatan (district staff: her kabupaten). */
export async function klikDesaChoices(user: ScopedUser) {
  assertCan(user, "klik.write");
  return db().kecamatan.findMany({
    where: { kabupaten: kabupatenWhere(user) },
    orderBy: [{ kabupatenId: "asc" }, { name: "asc" }],
    select: { id: true, name: true, desa: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
  });
}
