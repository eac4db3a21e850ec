import { beforeAll, describe, expect, it } from "vitest";
import { createKlikSession, getKlikSession, klikDeskSummary, listKlikSessions } from "@/lib/data/klik";
import { addKlikFollowUp, createKlikCase, getKlikCase, updateKlikCase } from "@/lib/data/klik-cases";
import { klikFilters } from "@/lib/validation/klik";
import { ForbiddenError } from "@/lib/authz/permissions";
import { day } from "@/prisma/factories";
import { buildKlikWorld, type KlikWorld } from "./klik-world";

let w: KlikWorld;
beforeAll(async () => {
  w = await buildKlikWorld();
});

const filters = (o: Record<string, string> = {}) => klikFilters.parse(o);
const sessionForm = (o: Record<string, string> = {}) => ({
  desaId: String(w.a.desa.id),
  heldOn: "2026-11-14",
  officers: "Baiq Rohani, Inaq Sumiati",
  notes: "",
  ...o,
});
const caseForm = (o: Record<string, string> = {}) => ({
  desk: "LEGAL_IDENTITY",
  issueType: "BIRTH_CERTIFICATE",
  personName: "Inaq Mariani",
  status: "RECEIVED",
  referralInstitution: "",
  ...o,
});
const violenceForm = (o: Record<string, string> = {}) => ({
  desk: "VIOLENCE",
  issueType: "DOMESTIC_VIOLENCE",
  complainantName: "Pelapor Sangat Rahasia",
  complainantContact: "081234567890",
  narrative: "Narasi sangat rahasia tentang kejadian.",
  status: "REFERRED",
  referralInstitution: "UPTD PPA",
  ...o,
});
const viewAudits = (caseId: number) =>
  w.prisma.auditLog.count({ where: { action: "view", entity: "violence_case", entityId: String(caseId) } });

describe("KLIK scope: reading", () => {
  it("national roles see every session; coordinators their province; district staff their kabupaten", async () => {
    const ids = async (u: Parameters<typeof listKlikSessions>[0]) => (await listKlikSessions(u, filters())).rows.map((r) => r.id).sort();
    const all = [w.sessionA1.id, w.sessionA2.id, w.sessionB.id].sort();
    for (const u of [w.users.admin, w.users.national, w.users.director]) expect(await ids(u)).toEqual(all);
    expect(await ids(w.users.coordA)).toEqual([w.sessionA1.id, w.sessionA2.id].sort());
    expect(await ids(w.users.coordB)).toEqual([w.sessionB.id]);
    expect(await ids(w.users.staffA1)).toEqual([w.sessionA1.id]);
    expect(await ids(w.users.staffB)).toEqual([w.sessionB.id]);
  });

  it("a filter narrows but cannot widen the scope", async () => {
    expect((await listKlikSessions(w.users.staffA1, filters({ kabupatenId: String(w.a2.id) }))).total).toBe(0);
    expect((await listKlikSessions(w.users.coordA, filters({ provinceId: String(w.b.province.id) }))).total).toBe(0);
    expect((await listKlikSessions(w.users.national, filters({ year: "2026", month: "10" }))).rows.map((r) => r.id)).toEqual([
      w.sessionA1.id,
    ]);
    expect((await listKlikSessions(w.users.national, filters({ year: "2025" }))).rows.map((r) => r.id)).toEqual([w.sessionB.id]);
  });

  it("a session or case outside scope is simply not found", async () => {
    expect(await getKlikSession(w.users.staffA1, w.sessionA2.id)).toBeNull();
    expect(await getKlikSession(w.users.coordA, w.sessionB.id)).toBeNull();
    expect(await getKlikSession(w.users.coordB, w.sessionB.id)).not.toBeNull();
    expect(await getKlikCase(w.users.staffA1, w.caseA2.id)).toBeNull();
    expect(await getKlikCase(w.users.coordA, w.caseB.id)).toBeNull();
    expect((await getKlikCase(w.users.coordA, w.caseA2.id))?.personName).toBeTruthy();
  });
});

describe("KLIK scope: writing (district staff only, own kabupaten)", () => {
  const others = () => [w.users.admin, w.users.national, w.users.nationalGranted, w.users.director, w.users.coordA];

  it("refuses every write to the roles without klik.write", async () => {
    for (const u of others()) {
      await expect(createKlikSession(u, sessionForm())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(createKlikCase(u, w.sessionA1.id, caseForm())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateKlikCase(u, w.caseA2.id, { issueType: "ID_CARD", status: "RESOLVED", version: "1" })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(addKlikFollowUp(u, w.caseA2.id, { date: "2026-11-01", note: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("records a session in a desa of her kabupaten, with area and author taken from it", async () => {
    const r = await createKlikSession(w.users.staffA1, sessionForm());
    expect(r.ok).toBe(true);
    const row = await w.prisma.klikSession.findUniqueOrThrow({ where: { id: r.ok ? r.value.id : 0 } });
    expect(row).toMatchObject({ kabupatenId: w.a.kabupaten.id, provinceId: w.a.province.id, createdById: w.users.staffA1.id, notes: null });
    expect(await w.prisma.auditLog.count({ where: { entity: "klik_session", entityId: String(row.id), action: "create" } })).toBe(1);
  });

  it("refuses a desa in another kabupaten, and bad input field by field", async () => {
    expect(await createKlikSession(w.users.staffA1, sessionForm({ desaId: String(w.a2.desa.id) }))).toEqual({
      ok: false,
      fieldErrors: { desaId: { key: "validation.outOfScope" } },
    });
    expect(await createKlikSession(w.users.staffA1, sessionForm({ heldOn: "2999-01-01", officers: "" }))).toEqual({
      ok: false,
      fieldErrors: { heldOn: { key: "klik.validation.future" }, officers: { key: "validation.required" } },
    });
  });

  it("cannot add cases, edit or follow up outside her kabupaten", async () => {
    expect(await createKlikCase(w.users.staffA1, w.sessionA2.id, caseForm())).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect(await updateKlikCase(w.users.staffA1, w.caseA2.id, { issueType: "ID_CARD", status: "RESOLVED", version: "1" })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect(await addKlikFollowUp(w.users.staffA1, w.caseA2.id, { date: "2026-11-01", note: "x" })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.notFound" } },
    });
    expect(await w.prisma.klikCase.findUniqueOrThrow({ where: { id: w.caseA2.id } })).toMatchObject({ status: "RECEIVED", version: 1 });
  });
});

describe("KLIK cases", () => {
  it("saves a case at an open desk with its area from the session", async () => {
    const r = await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm());
    expect(r.ok).toBe(true);
    const row = await w.prisma.klikCase.findUniqueOrThrow({ where: { id: r.ok ? r.value.id : 0 } });
    expect(row).toMatchObject({
      desk: "LEGAL_IDENTITY",
      issueType: "BIRTH_CERTIFICATE",
      personName: "Inaq Mariani",
      kabupatenId: w.a.kabupaten.id,
    });
  });

  it("refuses an issue type of another desk (create and edit)", async () => {
    expect(await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm({ issueType: "JKN_ENROLMENT" }))).toEqual({
      ok: false,
      fieldErrors: { issueType: { key: "klik.validation.issueTypeDesk" } },
    });
    expect(
      await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm({ desk: "REGISTRATION", issueType: "DOMESTIC_VIOLENCE" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { issueType: { key: "klik.validation.issueTypeDesk" } },
    });
    const c = await w.prisma.klikCase.findFirstOrThrow({ where: { sessionId: w.sessionA1.id, desk: "SOCIAL_PROTECTION" } });
    expect(
      await updateKlikCase(w.users.staffA1, c.id, { issueType: "BIRTH_CERTIFICATE", status: "RECEIVED", version: String(c.version) }),
    ).toEqual({
      ok: false,
      fieldErrors: { issueType: { key: "klik.validation.issueTypeDesk" } },
    });
  });

  it("requires the referral institution when the status is REFERRED (create and edit)", async () => {
    expect(await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm({ status: "REFERRED" }))).toEqual({
      ok: false,
      fieldErrors: { referralInstitution: { key: "klik.validation.referralRequired" } },
    });
    const c = await w.prisma.klikCase.findFirstOrThrow({ where: { sessionId: w.sessionA1.id, desk: "REGISTRATION" } });
    expect(
      await updateKlikCase(w.users.staffA1, c.id, {
        issueType: c.issueType,
        status: "REFERRED",
        referralInstitution: " ",
        version: String(c.version),
      }),
    ).toEqual({
      ok: false,
      fieldErrors: { referralInstitution: { key: "klik.validation.referralRequired" } },
    });
    const okR = await updateKlikCase(w.users.staffA1, c.id, {
      issueType: c.issueType,
      status: "REFERRED",
      referralInstitution: "Dinas Sosial",
      version: String(c.version),
    });
    expect(okR.ok).toBe(true);
    expect(await w.prisma.klikCase.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: "REFERRED",
      referralInstitution: "Dinas Sosial",
      version: c.version + 1,
    });
  });

  it("refuses a stale edit (optimistic concurrency) and keeps the first one", async () => {
    const c = await w.prisma.klikCase.findFirstOrThrow({ where: { sessionId: w.sessionA1.id, desk: "LEGAL_IDENTITY" } });
    const form = (status: string) => ({ issueType: c.issueType, status, referralInstitution: "", version: String(c.version) });
    expect((await updateKlikCase(w.users.staffA1, c.id, form("IN_PROGRESS"))).ok).toBe(true);
    expect(await updateKlikCase(w.users.staffA1, c.id, form("CLOSED"))).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "validation.stale" } },
    });
    expect(await w.prisma.klikCase.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: "IN_PROGRESS",
      version: c.version + 1,
    });
    const audits = await w.prisma.auditLog.count({ where: { entity: "klik_case", entityId: String(c.id), action: "update" } });
    expect(audits).toBe(1);
  });

  it("adds a follow-up with date, note and author", async () => {
    const r = await addKlikFollowUp(w.users.staffA1, w.violenceA1.id, { date: "2026-11-01", note: "Pendampingan ke UPTD PPA." });
    expect(r.ok).toBe(true);
    const f = await w.prisma.klikFollowUp.findFirstOrThrow({ where: { caseId: w.violenceA1.id } });
    expect(f).toMatchObject({ note: "Pendampingan ke UPTD PPA.", byUserId: w.users.staffA1.id });
    const audit = await w.prisma.auditLog.findFirstOrThrow({
      where: { action: "follow_up", entity: "violence_case", entityId: String(w.violenceA1.id) },
    });
    expect(JSON.stringify(audit.after)).not.toContain("Pendampingan");
  });
});

describe("the sealed violence desk", () => {
  it("opens the detail for district staff of that kabupaten, and logs the view", async () => {
    const before = await viewAudits(w.violenceA1.id);
    const c = await getKlikCase(w.users.staffA1, w.violenceA1.id);
    expect(c?.violenceDetail).toMatchObject({
      complainantName: "Rahayu Rahasia",
      narrative: "Kronologi rahasia A1: suami memukul pelapor.",
    });
    expect(await viewAudits(w.violenceA1.id)).toBe(before + 1);
    const row = await w.prisma.auditLog.findFirstOrThrow({
      where: { action: "view", entity: "violence_case", entityId: String(w.violenceA1.id) },
      orderBy: { id: "desc" },
    });
    expect(row.userId).toBe(w.users.staffA1.id);
  });

  it("writes one audit row per view", async () => {
    const before = await viewAudits(w.violenceB.id);
    await getKlikCase(w.users.staffB, w.violenceB.id);
    await getKlikCase(w.users.staffB, w.violenceB.id);
    await getKlikCase(w.users.nationalGranted, w.violenceB.id);
    expect(await viewAudits(w.violenceB.id)).toBe(before + 3);
  });

  it("opens it for national staff only with the grant", async () => {
    expect((await getKlikCase(w.users.nationalGranted, w.violenceA1.id))?.violenceDetail?.complainantName).toBe("Rahayu Rahasia");
    const before = await viewAudits(w.violenceA1.id);
    expect(await getKlikCase(w.users.national, w.violenceA1.id)).toBeNull();
    expect(await viewAudits(w.violenceA1.id)).toBe(before);
  });

  it("is closed to other kabupaten, director, coordinators and admin — not found, and nothing logged as a view", async () => {
    const before = await viewAudits(w.violenceA1.id);
    for (const u of [w.users.staffA2, w.users.staffB, w.users.director, w.users.coordA, w.users.admin, w.users.national]) {
      expect(await getKlikCase(u, w.violenceA1.id)).toBeNull();
    }
    expect(await viewAudits(w.violenceA1.id)).toBe(before);
  });

  it("shows those users the session with violence counts only: no rows, no issue types", async () => {
    for (const u of [w.users.director, w.users.coordA, w.users.admin, w.users.national]) {
      const s = (await getKlikSession(u, w.sessionA1.id))!;
      expect(s.violenceVisible).toBe(false);
      expect(s.casesByDesk.VIOLENCE).toEqual([]);
      // No count per session without the grant: the session's 2 would be one more view of the yearly cells (decision 0027).
      expect(s.counts.VIOLENCE).toBeNull();
      expect(JSON.stringify(s)).not.toContain("DOMESTIC_VIOLENCE");
      expect(JSON.stringify(s)).not.toContain("Rahasia");
    }
    const own = (await getKlikSession(w.users.staffA1, w.sessionA1.id))!;
    expect(own.violenceVisible).toBe(true);
    expect(own.casesByDesk.VIOLENCE.map((c) => c.id)).toContain(w.violenceA1.id);
    // The session page never carries the sealed detail, even for those who may open it.
    expect(JSON.stringify(own)).not.toContain("Rahasia");
  });

  it("creates a violence case with the name only in the sealed detail and no sealed text in the audit log", async () => {
    const r = await createKlikCase(w.users.staffA1, w.sessionA1.id, violenceForm({ personName: "Nama Yang Harus Dibuang" }));
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    expect(await w.prisma.klikCase.findUniqueOrThrow({ where: { id } })).toMatchObject({
      desk: "VIOLENCE",
      personName: null,
      status: "REFERRED",
    });
    expect(await w.prisma.violenceCaseDetail.findUniqueOrThrow({ where: { caseId: id } })).toMatchObject({
      complainantName: "Pelapor Sangat Rahasia",
      complainantContact: "081234567890",
      narrative: "Narasi sangat rahasia tentang kejadian.",
    });
    const audit = await w.prisma.auditLog.findFirstOrThrow({ where: { action: "create", entity: "violence_case", entityId: String(id) } });
    const json = JSON.stringify(audit.after);
    expect(json).toContain("narrative");
    expect(json).not.toMatch(/Rahasia|rahasia|0812/);

    const c = await w.prisma.klikCase.findUniqueOrThrow({ where: { id } });
    expect(
      (
        await updateKlikCase(w.users.staffA1, id, {
          issueType: "ECONOMIC_NEGLECT",
          status: "RESOLVED",
          referralInstitution: "UPTD PPA",
          version: String(c.version),
        })
      ).ok,
    ).toBe(true);
    const upd = await w.prisma.auditLog.findFirstOrThrow({ where: { action: "update", entity: "violence_case", entityId: String(id) } });
    expect(upd.after).toMatchObject({ status: "RESOLVED", changedFields: ["issueType", "status"] });
    expect(JSON.stringify([upd.before, upd.after])).not.toContain("ECONOMIC_NEGLECT");
  });

  it("requires the complainant's name and narrative at the violence desk", async () => {
    expect(await createKlikCase(w.users.staffA1, w.sessionA1.id, violenceForm({ complainantName: "", narrative: "" }))).toEqual({
      ok: false,
      fieldErrors: { complainantName: { key: "validation.required" }, narrative: { key: "validation.required" } },
    });
  });
});

describe("count suppression", () => {
  it("never leaves a lone <5 in the session list, whose summary is its column's total", async () => {
    for (const [name, u] of Object.entries(w.users)) {
      const list = await listKlikSessions(u, filters());
      const violence = list.rows.map((r) => r.counts.VIOLENCE);
      const hidden = violence.filter((v) => typeof v !== "number");
      if (violence.includes("<5") && typeof list.summary.VIOLENCE === "number") {
        expect(hidden.length, name).toBeGreaterThanOrEqual(2);
        const shown = violence.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
        expect(list.summary.VIOLENCE - shown, name).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it("shows violence counts 1–4 as <5 in the list, the per-session cells and the summary; others exactly", async () => {
    const list = await listKlikSessions(w.users.nationalGranted, filters());
    const a1 = list.rows.find((r) => r.id === w.sessionA1.id)!;
    const a2 = list.rows.find((r) => r.id === w.sessionA2.id)!;
    const b = list.rows.find((r) => r.id === w.sessionB.id)!;
    expect(a1.counts.VIOLENCE).toBe("<5");
    expect(a2.counts).toEqual({ REGISTRATION: 0, SOCIAL_PROTECTION: 0, LEGAL_IDENTITY: 1, VIOLENCE: 5 });
    expect(b.counts.VIOLENCE).toBe("<5");
    expect(typeof a1.counts.SOCIAL_PROTECTION).toBe("number");

    // Kabupaten A2 has 5 → 5, for its own staff and for national staff with the grant.
    expect((await klikDeskSummary(w.users.staffA2, filters())).VIOLENCE).toBe(5);
    expect((await klikDeskSummary(w.users.nationalGranted, filters({ kabupatenId: String(w.a2.id) }))).VIOLENCE).toBe(5);
    // Suppressed for the district staff who may open the cases, too.
    expect((await listKlikSessions(w.users.staffB, filters())).summary.VIOLENCE).toBe("<5");
    expect((await klikDeskSummary(w.users.nationalGranted, filters({ year: "2024" }))).VIOLENCE).toBe(0);
  });

  it("gives users without the grant violence counts per calendar year only, as cells of the published table (decision 0027)", async () => {
    for (const u of [w.users.director, w.users.national, w.users.admin, w.users.coordA, w.users.coordB]) {
      const list = await listKlikSessions(u, filters());
      expect(list.violenceByYear).toBe(true);
      // No session's own count, and no count for all time, a month or a date range.
      expect(list.rows.every((r) => r.counts.VIOLENCE === null)).toBe(true);
      expect(list.summary.VIOLENCE).toBeNull();
      for (const f of <Record<string, string>[]>[
        { year: "2026", month: "10" },
        { from: "2026-09-01", to: "2026-12-31" },
        { from: "2026-01-01" },
      ]) {
        expect((await klikDeskSummary(u, filters(f))).VIOLENCE).toBeNull();
      }
    }
    // 2026: A1 3 (and one more if the tests above added it) and A2 5 → province A 8 or 9; A1 "<5", and A2 hidden so
    // that A's total − A2 does not give A1 back.
    const director = w.users.director;
    const inA1 = await w.prisma.klikCase.count({
      where: { desk: "VIOLENCE", kabupatenId: w.a.kabupaten.id, session: { heldOn: { gte: day("2026-01-01") } } },
    });
    expect(inA1).toBeLessThan(5);
    expect((await klikDeskSummary(director, filters({ year: "2026" }))).VIOLENCE).toBe(inA1 + 5);
    expect((await klikDeskSummary(director, filters({ year: "2026", provinceId: String(w.a.province.id) }))).VIOLENCE).toBe(inA1 + 5);
    expect((await klikDeskSummary(director, filters({ year: "2026", kabupatenId: String(w.a.kabupaten.id) }))).VIOLENCE).toBe("<5");
    expect((await klikDeskSummary(director, filters({ year: "2026", kabupatenId: String(w.a2.id) }))).VIOLENCE).toBe("hidden");
    expect((await klikDeskSummary(w.users.coordA, filters({ year: "2026" }))).VIOLENCE).toBe(inA1 + 5);
    // 2025: B's one case is "<5" for the province; its kabupaten are all hidden (their total is not shown).
    expect((await klikDeskSummary(w.users.coordB, filters({ year: "2025" }))).VIOLENCE).toBe("<5");
    expect((await klikDeskSummary(w.users.coordB, filters({ year: "2025", kabupatenId: String(w.b.kabupaten.id) }))).VIOLENCE).toBe(
      "hidden",
    );
    // Another province, or a kabupaten outside the province filtered: nothing, as the list is empty.
    expect((await klikDeskSummary(w.users.coordB, filters({ year: "2026", provinceId: String(w.a.province.id) }))).VIOLENCE).toBe(0);
    expect(
      (await klikDeskSummary(director, filters({ year: "2026", provinceId: String(w.b.province.id), kabupatenId: String(w.a2.id) })))
        .VIOLENCE,
    ).toBe(0);
  });
});

describe("a case's short note (decision 0032)", () => {
  const note = "Bawa fotokopi KK minggu depan.";

  it("is kept for an open desk, trimmed, and in the audit log; an edit changes it, a form without it leaves it", async () => {
    const r = await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm({ note: `  ${note}  ` }));
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    expect((await w.prisma.klikCase.findUniqueOrThrow({ where: { id } })).note).toBe(note);
    const created = await w.prisma.auditLog.findFirstOrThrow({ where: { action: "create", entity: "klik_case", entityId: String(id) } });
    expect(created.after).toMatchObject({ note });
    expect((await getKlikCase(w.users.staffA1, id))?.note).toBe(note);

    const edit = (o: Record<string, string>) => ({ issueType: "BIRTH_CERTIFICATE", status: "RESOLVED", version: "1", ...o });
    expect((await updateKlikCase(w.users.staffA1, id, edit({ note: "Sudah selesai." }))).ok).toBe(true);
    const updated = await w.prisma.auditLog.findFirstOrThrow({ where: { action: "update", entity: "klik_case", entityId: String(id) } });
    expect(updated.before).toMatchObject({ note });
    expect(updated.after).toMatchObject({ note: "Sudah selesai." });
    expect((await updateKlikCase(w.users.staffA1, id, edit({ status: "CLOSED", version: "2" }))).ok).toBe(true);
    expect(await w.prisma.klikCase.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CLOSED", note: "Sudah selesai." });
    expect((await updateKlikCase(w.users.staffA1, id, edit({ note: " ", version: "3" }))).ok).toBe(true);
    expect((await w.prisma.klikCase.findUniqueOrThrow({ where: { id } })).note).toBeNull();
  });

  it("is never kept for the violence desk: dropped on creation and on edit, absent from the audit log", async () => {
    const r = await createKlikCase(w.users.staffA1, w.sessionA1.id, violenceForm({ note: "Catatan yang harus dibuang" }));
    expect(r.ok).toBe(true);
    const id = r.ok ? r.value.id : 0;
    expect((await w.prisma.klikCase.findUniqueOrThrow({ where: { id } })).note).toBeNull();
    const c = await w.prisma.klikCase.findUniqueOrThrow({ where: { id } });
    const u = await updateKlikCase(w.users.staffA1, id, {
      issueType: c.issueType,
      status: "RESOLVED",
      referralInstitution: "UPTD PPA",
      note: "Catatan yang harus dibuang",
      version: String(c.version),
    });
    expect(u.ok).toBe(true);
    expect((await w.prisma.klikCase.findUniqueOrThrow({ where: { id } })).note).toBeNull();
    const audits = await w.prisma.auditLog.findMany({ where: { entity: "violence_case", entityId: String(id) } });
    expect(JSON.stringify(audits.map((a) => [a.before, a.after]))).not.toContain("dibuang");
    // The database refuses one too (klik_case_violence_note_check).
    await expect(w.prisma.klikCase.update({ where: { id }, data: { note: "x" } })).rejects.toThrow();
  });

  it("refuses a note over 500 characters with a field error, and saves nothing", async () => {
    const before = await w.prisma.klikCase.count();
    expect(await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm({ note: "a".repeat(501) }))).toEqual({
      ok: false,
      fieldErrors: { note: { key: "validation.tooLong", values: { max: 500 } } },
    });
    expect(await w.prisma.klikCase.count()).toBe(before);
    expect((await createKlikCase(w.users.staffA1, w.sessionA1.id, caseForm({ note: "a".repeat(500) }))).ok).toBe(true);
  });
});
