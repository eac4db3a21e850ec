import "server-only";
// KLIK PEKKA cases: the people served at the four desks of a session (the
// sessions: klik.ts). The violence desk is sealed: its complainant and
// narrative live in violence_case_detail, which only this module reads: in
// getKlikCase, which writes the audit row of every view in the same place, and
// in the case export, only with canExportViolenceDetails and after
// startKlikCaseExport wrote the export to the audit log.
import { db } from "@/lib/db/client";
import { assertCan, can } from "@/lib/authz/permissions";
import { areaWhere, type ScopedUser } from "@/lib/authz/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { KlikCaseStatus, KlikDesk } from "@/lib/generated/prisma/enums";
import { canExportViolenceDetails, canViewViolenceDetail, caseRowWhere } from "@/lib/authz/violence";
import { klikCaseInput, klikCaseUpdateInput, klikFollowUpInput, SEALED_CASE_FIELDS, type KlikFilters } from "@/lib/validation/klik";
import { recordAudit } from "./audit";
import { fail, failField, ok, parse, STALE, type Result } from "./result";
import { writeOnce, writeOnceResult } from "./write-once";
import { kabupatenLabel } from "./geo";
import { EXPORT_BATCH_SIZE, exportPage } from "./export-batch";
import { sessionWhere, type KlikUser } from "./klik";

/** A case's own fields, as its page and the case export read them (the sealed details are never among them). */
const CASE_FIELDS = {
  id: true,
  desk: true,
  issueType: true,
  personName: true,
  status: true,
  referralInstitution: true,
  note: true,
} as const;

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
      ...CASE_FIELDS,
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

type Tx = Prisma.TransactionClient;

/**
 * The session `user` may record cases in: whoever may write KLIK cases, in a
 * session of her area (district staff: her own kabupaten). The rule of the
 * new-case form and of a cases import (lib/data/imports/klik-cases.ts).
 */
export function writableKlikSession(client: Tx | ReturnType<typeof db>, user: ScopedUser, sessionId: number) {
  if (!can(user, "klik.write")) return Promise.resolve(null);
  return client.klikSession.findFirst({
    where: { id: sessionId, ...areaWhere(user) },
    select: { id: true, kabupatenId: true, provinceId: true },
  });
}

/** A new case's row: its area copied from its session (decision 0003); a violence case never keeps a person's name or a note. */
export function klikCaseData(
  session: { id: number; kabupatenId: number; provinceId: number },
  v: { desk: KlikDesk; issueType: string; personName?: string; status: KlikCaseStatus; referralInstitution?: string; note?: string },
): Prisma.KlikCaseUncheckedCreateInput {
  return {
    sessionId: session.id,
    kabupatenId: session.kabupatenId,
    provinceId: session.provinceId,
    desk: v.desk,
    issueType: v.issueType,
    personName: v.desk === "VIOLENCE" ? null : (v.personName ?? null),
    status: v.status,
    referralInstitution: v.referralInstitution ?? null,
    note: v.desk === "VIOLENCE" ? null : (v.note ?? null),
  };
}

export async function createKlikCase(user: KlikUser, sessionId: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "klik.write");
  const p = parse(klikCaseInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const session = await writableKlikSession(db(), user, sessionId);
  if (!session) return failField("_form", "validation.notFound");
  const v = p.data;
  if (v.desk === "VIOLENCE" && !canViewViolenceDetail(user, session.kabupatenId)) return failField("_form", "validation.forbidden");
  return writeOnce(
    user,
    raw,
    "klik_case.create",
    async (tx) => {
      const c = await tx.klikCase.create({ data: klikCaseData(session, v) });
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
            sealedFieldsSet: SEALED_CASE_FIELDS.filter((k) => v[k]),
          },
        });
      } else {
        await recordAudit(tx, { userId: user.id, action: "create", entity: "klik_case", entityId: c.id, after: c });
      }
      return { id: c.id };
    },
    { sessionId },
  );
}

/**
 * Issue type, status, referral and note of a case, with optimistic concurrency
 * on `version`. A form without the note field leaves the note as it is; a
 * violence case never has one.
 */
export async function updateKlikCase(user: KlikUser, id: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "klik.write");
  const before = await db().klikCase.findFirst({
    where: { id, ...areaWhere(user) },
    select: {
      id: true,
      desk: true,
      issueType: true,
      status: true,
      referralInstitution: true,
      note: true,
      version: true,
      kabupatenId: true,
      sessionId: true,
    },
  });
  if (!before || (before.desk === "VIOLENCE" && !canViewViolenceDetail(user, before.kabupatenId))) {
    return failField("_form", "validation.notFound");
  }
  const p = parse(klikCaseUpdateInput, { ...(raw as Record<string, unknown>), desk: before.desk });
  if (!p.ok) {
    if (p.fieldErrors.version) return STALE;
    return fail(p.fieldErrors);
  }
  const withNote = before.desk !== "VIOLENCE" && typeof raw === "object" && raw !== null && "note" in raw;
  const data = {
    issueType: p.data.issueType,
    status: p.data.status,
    referralInstitution: p.data.referralInstitution ?? null,
    ...(withNote ? { note: p.data.note ?? null } : {}),
  };
  // With the form's key, a repeat of an edit that went through answers its result, not STALE.
  return writeOnceResult(
    user,
    raw,
    "klik_case.update",
    async (tx) => {
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
          after: {
            status: data.status,
            referralInstitution: data.referralInstitution,
            version: before.version + 1,
            changedFields: changed,
          },
        });
      } else {
        const after = await tx.klikCase.findUniqueOrThrow({ where: { id } });
        await recordAudit(tx, { userId: user.id, action: "update", entity: "klik_case", entityId: id, before, after });
      }
      return ok({ id });
    },
    { caseId: id },
  );
}

export async function addKlikFollowUp(user: KlikUser, caseId: number, raw: unknown): Promise<Result<{ id: number }>> {
  assertCan(user, "klik.write");
  const p = parse(klikFollowUpInput, raw);
  if (!p.ok) return fail(p.fieldErrors);
  const c = await db().klikCase.findFirst({
    where: { id: caseId, ...areaWhere(user) },
    select: { id: true, desk: true, kabupatenId: true },
  });
  if (!c || (c.desk === "VIOLENCE" && !canViewViolenceDetail(user, c.kabupatenId))) return failField("_form", "validation.notFound");
  // A follow-up sent twice (a double tap, a retry) is one follow-up: the form's key.
  return writeOnce(
    user,
    raw,
    "klik_follow_up.create",
    async (tx) => {
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
      return { id: f.id };
    },
    { caseId },
  );
}

// ───────────────────────── Export ─────────────────────────

/**
 * Before a KLIK case export: whether the sealed violence details go with it.
 * When they do, the export itself is written to the audit log (who, when,
 * which filters) before the first row leaves.
 */
export async function startKlikCaseExport(user: KlikUser, f: KlikFilters, format: string): Promise<{ withViolenceDetails: boolean }> {
  assertCan(user, "export.data");
  assertCan(user, "klik.read");
  if (!canExportViolenceDetails(user)) return { withViolenceDetails: false };
  const { page: _page, ...filters } = f;
  await db().$transaction((tx) =>
    recordAudit(tx, { userId: user.id, action: "export", entity: "violence_case", entityId: "klik-cases", after: { format, filters } }),
  );
  return { withViolenceDetails: true };
}

/**
 * Cases of the sessions the KLIK list shows. Open-desk cases carry the person's
 * name. Violence cases are rows only for those who may open them (caseRowWhere:
 * that kabupaten's staff, national staff with the grant): with desk and status
 * only — unless the export was started with the details (startKlikCaseExport),
 * then issue type and the sealed complainant and narrative come too. Everyone
 * else has the violence desk as the session export's protected counts.
 */
export async function klikCaseExportBatch(
  user: KlikUser,
  f: KlikFilters,
  withViolenceDetails: boolean,
  after = 0,
  take = EXPORT_BATCH_SIZE,
) {
  assertCan(user, "export.data");
  assertCan(user, "klik.read");
  const details = withViolenceDetails && canExportViolenceDetails(user);
  const rows = await db().klikCase.findMany({
    where: { AND: [{ session: sessionWhere(user, f) }, caseRowWhere(user), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: {
      ...CASE_FIELDS,
      session: {
        select: {
          id: true,
          heldOn: true,
          desa: { select: { name: true } },
          kabupaten: { select: { name: true, kind: true } },
          province: { select: { name: true } },
        },
      },
      ...(details ? { violenceDetail: { select: { complainantName: true, complainantContact: true, narrative: true } } } : {}),
    },
  });
  return exportPage(
    rows.map((c) => {
      const sealed = c.desk === "VIOLENCE";
      const d = (c as { violenceDetail?: { complainantName: string; complainantContact: string | null; narrative: string } | null })
        .violenceDetail;
      return {
        id: c.id,
        sessionId: c.session.id,
        heldOn: c.session.heldOn,
        desaName: c.session.desa.name,
        kabupatenName: kabupatenLabel(c.session.kabupaten),
        provinceName: c.session.province.name,
        desk: c.desk,
        issueType: sealed && !details ? null : c.issueType,
        personName: sealed ? null : c.personName,
        status: c.status,
        referralInstitution: sealed && !details ? null : c.referralInstitution,
        note: sealed ? null : c.note,
        complainantName: sealed && details ? (d?.complainantName ?? null) : null,
        complainantContact: sealed && details ? (d?.complainantContact ?? null) : null,
        narrative: sealed && details ? (d?.narrative ?? null) : null,
      };
    }),
    take,
  );
}
