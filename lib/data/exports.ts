import "server-only";
// Row sources for the list exports (lib/exports/datasets.ts). Each reads ONE
// batch of a list in the user's scope with the list's own filters, ordered by
// id and continuing after a cursor, so an export never loads a whole table.
// The rows carry the same fields as the screen; the sealed violence details
// leave only with canExportViolenceDetails, and that export is audit-logged.
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { canExportViolenceDetails } from "@/lib/authz/violence";
import type { KaderFilters } from "@/lib/validation/kader";
import type { KlikFilters } from "@/lib/validation/klik";
import type { PolicyFilters } from "@/lib/validation/policy";
import type { SerikatFilters } from "@/lib/validation/serikat";
import { listWhere as kaderListWhere } from "./kader";
import { POLICY_LIST_SELECT, listWhere as policyListWhere, policyListRow } from "./policy";
import { deskCounts, sessionWhere, type KlikUser } from "./klik";
import { listWhere as serikatListWhere } from "./serikat";
import type { FpkFilters } from "@/lib/validation/fpk";
import type { Period } from "@/lib/domain/dashboard";
import { FPK_LIST_SELECT, fpkListRow, listWhere as fpkListWhere } from "./fpk";
import { GUIDE_LIST_SELECT } from "./guides";
import { USER_LIST_SELECT, userListRow, userListWhere, type UserFilters } from "./users";
import { nationalDashboard, provinceDashboard as nationalProvinceDashboard } from "./dashboard-national";
import { ENACTED_SELECT, enactedRow, enactedWritten, policyDashboard } from "./dashboard-policy";
import { provinceDashboard } from "./dashboard-province";
import { recordAudit } from "./audit";
import { kabupatenLabel } from "./geo";
import { EXPORT_BATCH_SIZE, exportPage } from "./export-batch";

export async function kaderExportBatch(user: ScopedUser, f: KaderFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "kader.read");
  const rows = await db().kader.findMany({
    where: { AND: [kaderListWhere(user, f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true,
      fullName: true,
      position: true,
      active: true,
      serikat: { select: { name: true } },
      desa: { select: { name: true } },
      kabupaten: { select: { name: true, kind: true } },
      province: { select: { name: true } },
    },
  });
  return exportPage(
    rows.map((k) => ({
      id: k.id,
      fullName: k.fullName,
      position: k.position,
      active: k.active,
      serikatName: k.serikat.name,
      desaName: k.desa.name,
      kabupatenName: kabupatenLabel(k.kabupaten),
      provinceName: k.province.name,
    })),
    take,
  );
}

export async function policyExportBatch(user: ScopedUser, f: PolicyFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "policy.read");
  const rows = await db().policyTarget.findMany({
    where: { AND: [policyListWhere(user, f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: { ...POLICY_LIST_SELECT, budgetAmount: true },
  });
  return exportPage(
    rows.map((p) => ({ ...policyListRow(p), budgetAmount: p.budgetAmount === null ? null : Number(p.budgetAmount) })),
    take,
  );
}

/** Sessions with their cases per desk; the violence desk's 1–4 are "<5", as on the screen. */
export async function klikSessionExportBatch(user: ScopedUser, f: KlikFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "klik.read");
  const rows = await db().klikSession.findMany({
    where: { AND: [sessionWhere(user, f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true,
      heldOn: true,
      officers: true,
      desa: { select: { name: true } },
      kabupaten: { select: { name: true, kind: true } },
      province: { select: { name: true } },
    },
  });
  const grouped = rows.length
    ? await db().klikCase.groupBy({ by: ["sessionId", "desk"], where: { sessionId: { in: rows.map((r) => r.id) } }, _count: { _all: true } })
    : [];
  return exportPage(
    rows.map((s) => ({
      id: s.id,
      heldOn: s.heldOn,
      officers: s.officers,
      desaName: s.desa.name,
      kabupatenName: kabupatenLabel(s.kabupaten),
      provinceName: s.province.name,
      counts: deskCounts(grouped.filter((c) => c.sessionId === s.id).map((c) => ({ desk: c.desk, n: c._count._all }))),
    })),
    take,
  );
}

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
 * name; a violence case is a row with desk and status only — unless the export
 * was started with the details (startKlikCaseExport), then issue type and the
 * sealed complainant and narrative come too.
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
    where: { AND: [{ session: sessionWhere(user, f) }, { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true,
      desk: true,
      issueType: true,
      personName: true,
      status: true,
      referralInstitution: true,
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
        complainantName: sealed && details ? (d?.complainantName ?? null) : null,
        complainantContact: sealed && details ? (d?.complainantContact ?? null) : null,
        narrative: sealed && details ? (d?.narrative ?? null) : null,
      };
    }),
    take,
  );
}

export async function serikatExportBatch(user: ScopedUser, f: SerikatFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "serikat.read");
  const rows = await db().serikat.findMany({
    where: { AND: [serikatListWhere(user, f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true,
      name: true,
      foundedYear: true,
      active: true,
      province: { select: { name: true } },
      kabupaten: { select: { name: true, kind: true } },
      _count: { select: { kader: { where: { active: true } } } },
    },
  });
  return exportPage(
    rows.map((s) => ({
      id: s.id,
      name: s.name,
      foundedYear: s.foundedYear,
      active: s.active,
      provinceName: s.province.name,
      kabupatenName: kabupatenLabel(s.kabupaten),
      kaderCount: s._count.kader,
    })),
    take,
  );
}

/** FPK meetings as the list shows them (institutions and people counted per meeting). */
export async function fpkExportBatch(user: ScopedUser, f: FpkFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "fpk.read");
  const rows = await db().fpkMeeting.findMany({
    where: { AND: [fpkListWhere(user, f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: FPK_LIST_SELECT,
  });
  return exportPage(
    rows.map((m) => {
      const r = fpkListRow(m);
      return { ...r, budgetAmount: r.budgetAmount === null ? null : Number(r.budgetAmount) };
    }),
    take,
  );
}

/** The guide library as the list shows it: each guide with its version count and latest version (guides have no area). */
export async function guideExportBatch(user: ScopedUser, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "guide.read");
  const rows = await db().guide.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take, select: GUIDE_LIST_SELECT });
  return exportPage(
    rows.map((g) => ({
      id: g.id,
      title: g.title,
      topic: g.topic,
      versionCount: g._count.versions,
      latestVersion: g.versions[0]?.version ?? null,
      latestPublishedOn: g.versions[0]?.publishedOn ?? null,
    })),
    take,
  );
}

/** Users as the admin's list shows them (user.manage). The select names its fields: never the password hash. */
export async function userExportBatch(user: ScopedUser, f: UserFilters, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "user.manage");
  const rows = await db().user.findMany({
    where: { AND: [userListWhere(f), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: USER_LIST_SELECT,
  });
  return exportPage(
    rows.map((u) => {
      // The list's columns: name, e-mail, role, scope, status (not the version or the grants).
      const r = userListRow(u);
      return { id: r.id, name: r.name, email: r.email, role: r.role, scopeLabel: r.scopeLabel, active: r.active };
    }),
    take,
  );
}

// ───────────── Dashboard tables ─────────────
// A dashboard table is already aggregated (20 provinces, a province's
// kabupaten, a handful of types or quarters), so it leaves as one batch. The
// rows are the dashboard function's own: the same numbers and the same
// protected violence cells as the screen, never recomputed here.

/** The national dashboard's province table. */
export async function nationalTableExport(user: ScopedUser, period: Period) {
  assertCan(user, "export.data");
  return (await nationalDashboard(user, period)).rows;
}

/** One province's kabupaten table of the national dashboard; null when the province is unknown or outside scope. */
export async function nationalProvinceTableExport(user: ScopedUser, provinceId: number, period: Period) {
  assertCan(user, "export.data");
  return (await nationalProvinceDashboard(user, provinceId, period))?.rows ?? null;
}

/** The director's policy dashboard (its tables: by type, by province, by quarter, the pipeline). */
export async function policyDashboardExport(user: ScopedUser) {
  assertCan(user, "export.data");
  return policyDashboard(user);
}

/**
 * The enacted list in full (the screen shows the latest ENACTED_LIST_LIMIT):
 * every written regulation enacted with evidence in scope, by id cursor.
 */
export async function policyEnactedExportBatch(user: ScopedUser, after = 0, take = EXPORT_BATCH_SIZE) {
  assertCan(user, "export.data");
  assertCan(user, "dashboard.policy");
  const rows = await db().policyTarget.findMany({
    where: { AND: [enactedWritten(user), { id: { gt: after } }] },
    orderBy: { id: "asc" },
    take,
    select: ENACTED_SELECT,
  });
  return exportPage(rows.map(enactedRow), take);
}

/** The province dashboard's kabupaten breakdown (KLIK and FPK in the dashboard's window, as on the screen). */
export async function provinceBreakdownExport(user: ScopedUser, now: Date = new Date()) {
  assertCan(user, "export.data");
  return (await provinceDashboard(user, now)).kabupaten;
}
