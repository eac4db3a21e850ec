// KLIK cases import against PostgreSQL: a KLIK day's register becomes the cases
// of one session. Preview judges each row (the desk's issue types, the key
// desk + issue type + name, violence rows refused); only district staff who may
// record cases in the session import into it or see the batch; commit writes
// the cases with the session's area, all or nothing; the same file again
// changes nothing; undo removes and restores unless a follow-up was recorded
// since; a violence row leaves nothing of itself but the desk cell.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { commitImport, getImportBatch, listImportBatches, undoImport } from "@/lib/data/imports/batches";
import { importKind, mayImportInto } from "@/lib/data/imports/kinds";
import { klikCasesImport } from "@/lib/data/imports/klik-cases";
import { previewImportFile, runImportCheck, storeUpload } from "@/lib/data/imports/run";
import { getKlikSession, klikDeskSummary, listKlikSessions } from "@/lib/data/klik";
import { klikFilters } from "@/lib/validation/klik";
import { makeKlikCase } from "@/prisma/factories";
import { xlsxFile } from "../support/import-files";
import { buildKlikWorld, type KlikWorld } from "./klik-world";

let w: KlikWorld;
beforeAll(async () => {
  w = await buildKlikWorld();
});

const HEADER = ["Meja", "Jenis masalah", "Nama", "Status", "Dirujuk ke"];
const SECRET = ["Kekerasan dalam rumah tangga", "Rahayu Pelapor Rahasia", "UPTD PPA Rahasia"];
const VIOLENCE_ROW = ["Meja pengaduan kekerasan", SECRET[0]!, SECRET[1]!, "Dirujuk", SECRET[2]!];

async function preview(
  user: KlikWorld["users"][keyof KlikWorld["users"]],
  rows: string[][],
  sessionId = w.sessionA1.id,
  name = "klik.xlsx",
) {
  return previewImportFile(user, "KLIK_CASES", { name, bytes: await fileOf(rows) }, sessionId);
}

// The same rows are the same file: exceljs stamps each workbook with the time it
// was written, so a sheet built again a second later would have another sha256.
const files = new Map<string, Promise<Uint8Array>>();
function fileOf(rows: string[][]) {
  const key = JSON.stringify(rows);
  if (!files.has(key)) files.set(key, xlsxFile([HEADER, ...rows]));
  return files.get(key)!;
}

async function previewed(...args: Parameters<typeof preview>) {
  const p = await preview(...args);
  if (!p.ok) throw new Error(JSON.stringify(p.fieldErrors));
  return p.value;
}

const casesOf = (sessionId: number) => w.prisma.klikCase.count({ where: { sessionId } });

describe("KLIK cases import", () => {
  it("previews each row without writing a case: new, update, unchanged, duplicate, and the wrong rows explained", async () => {
    await makeKlikCase(w.prisma, w.sessionA1, { desk: "LEGAL_IDENTITY", issueType: "BIRTH_CERTIFICATE", personName: "Baiq Nur" });
    await makeKlikCase(w.prisma, w.sessionA1, { desk: "SOCIAL_PROTECTION", issueType: "JKN_ENROLMENT", personName: "Lale Sari" });
    const before = await casesOf(w.sessionA1.id);
    const p = await previewed(w.users.staffA1, [
      ["Meja pendaftaran", "Pengunjung baru", "Inaq Rumiah", "Diterima", ""], // 2 new
      ["Identitas hukum", "akta kelahiran", "baiq  NUR", "Dirujuk", "Dukcapil Kabupaten A"], // 3 Baiq Nur, now referred
      ["Meja perlindungan sosial", "JKN_ENROLMENT", "Lale Sari", "Diterima", ""], // 4 as recorded
      ["meja pendaftaran", "PENGUNJUNG BARU", " inaq rumiah ", "Selesai", ""], // 5 repeats row 2
      VIOLENCE_ROW, // 6 never imported
      ["Meja pendaftaran", "KTP", "Siti Hajar", "Diterima", ""], // 7 an issue type of another desk
      ["Meja identitas hukum", "KTP", "", "Diterima", ""], // 8 no name
    ]);
    expect(p.counts).toEqual({ CREATE: 1, UPDATE: 1, UNCHANGED: 1, DUPLICATE: 1, ERROR: 3 });
    expect(await casesOf(w.sessionA1.id)).toBe(before);
    const b = (await getImportBatch(w.users.staffA1, "KLIK_CASES", p.id, { parentId: w.sessionA1.id }))!;
    const byRow = new Map(b.rows.map((r) => [r.rowNumber, r]));
    expect(byRow.get(3)).toMatchObject({ outcome: "UPDATE" });
    expect(byRow.get(5)).toMatchObject({ outcome: "DUPLICATE", sameAsRow: 2 });
    expect(byRow.get(6)).toMatchObject({
      outcome: "ERROR",
      data: null,
      errors: [{ column: "Meja", value: "Meja pengaduan kekerasan", key: "import.klik.violenceRow" }],
    });
    expect(byRow.get(7)!.errors).toEqual([
      expect.objectContaining({ column: "Jenis masalah", value: "KTP", key: "import.klik.issueTypeDesk" }),
    ]);
    expect(byRow.get(8)!.errors).toEqual([{ column: "Nama", value: "", key: "import.klik.nameRequired" }]);
  });

  it("is only for those who may record cases in the session: others cannot import into it or see the batch", async () => {
    const p = await previewed(w.users.staffA1, [["Meja pendaftaran", "Konsultasi", "Hanya Untuk A1", "Diterima", ""]]);
    expect(await mayImportInto(w.users.staffA1, "KLIK_CASES", w.sessionA1.id)).toBe(true);
    for (const user of [w.users.staffA2, w.users.staffB, w.users.coordA, w.users.coordB, w.users.national, w.users.director]) {
      expect(await mayImportInto(user, "KLIK_CASES", w.sessionA1.id)).toBe(false);
      expect(await getImportBatch(user, "KLIK_CASES", p.id, { parentId: w.sessionA1.id })).toBeNull();
    }
    // Her own kabupaten's session only, and a batch only under its own session.
    expect(await mayImportInto(w.users.staffA1, "KLIK_CASES", w.sessionA2.id)).toBe(false);
    expect(await getImportBatch(w.users.staffA1, "KLIK_CASES", p.id, { parentId: w.sessionA2.id })).toBeNull();
    expect(await getImportBatch(w.users.staffA1, "KLIK_CASES", p.id)).toBeNull();
    expect(await preview(w.users.staffA2, [["Meja pendaftaran", "Konsultasi", "Dari A2", "Diterima", ""]])).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "import.validation.parentClosed" } },
    });
    await expect(preview(w.users.coordB, [["Meja pendaftaran", "Konsultasi", "Dari B", "Diterima", ""]])).rejects.toThrow(/forbidden/);
    expect(await commitImport(w.users.staffA2, klikCasesImport, p.id, { skipErrors: true })).toMatchObject({ ok: false });
    expect(await undoImport(w.users.staffA2, klikCasesImport, p.id)).toMatchObject({ ok: false });
    expect(await listImportBatches(w.users.staffA2, "KLIK_CASES", w.sessionA1.id)).toEqual([]);
    // Staff whose kabupaten changed since the preview: the commit is refused and nothing is written.
    const moved = { ...w.users.staffA1, kabupatenId: w.a2.id };
    expect(await commitImport(moved, klikCasesImport, p.id, { skipErrors: false })).toMatchObject({ ok: false });
    expect(await w.prisma.klikCase.count({ where: { personName: "Hanya Untuk A1" } })).toBe(0);
  });

  it("commits the cases with the session's area, the same file again changes nothing, the lists count them, and undo restores", async () => {
    const session = await w.prisma.klikSession.create({
      data: {
        desaId: w.a.desa.id,
        kabupatenId: w.a.kabupaten.id,
        provinceId: w.a.province.id,
        heldOn: new Date("2026-11-14"),
        officers: "Uji",
      },
    });
    const old = await makeKlikCase(w.prisma, session, {
      desk: "SOCIAL_PROTECTION",
      issueType: "PKH_CASH_TRANSFER",
      personName: "Inaq Sahnun",
    });
    const rows = [
      ["Meja pendaftaran", "Pengunjung baru", "Nurul Aini", "Diterima", ""],
      ["Meja pendaftaran", "Konsultasi", "Nurul Aini", "Selesai", ""], // the same person at another issue: a second case
      ["Meja identitas hukum", "KTP", "Baiq Mawar", "Diterima", ""],
      ["Meja perlindungan sosial", "Bantuan tunai PKH", "Inaq Sahnun", "Dirujuk", "Dinas Sosial"], // updates her case
      VIOLENCE_ROW,
    ];
    const filters = klikFilters.parse({});
    const summaryBefore = await klikDeskSummary(w.users.staffA1, filters);
    const p = await previewed(w.users.staffA1, rows, session.id, "register-14-nov.xlsx");
    expect(p.counts).toMatchObject({ CREATE: 3, UPDATE: 1, ERROR: 1 });
    expect(await commitImport(w.users.staffA1, klikCasesImport, p.id, { skipErrors: false })).toMatchObject({
      ok: false,
      fieldErrors: { _form: { key: "import.validation.errorsLeft" } },
    });
    expect(await commitImport(w.users.staffA1, klikCasesImport, p.id, { skipErrors: true })).toEqual({
      ok: true,
      value: { written: 4, skipped: 1 },
    });
    const made = await w.prisma.klikCase.findMany({ where: { sessionId: session.id, id: { not: old.id } }, orderBy: { id: "asc" } });
    expect(made.map((c) => [c.desk, c.issueType, c.personName, c.kabupatenId, c.provinceId])).toEqual([
      ["REGISTRATION", "NEW_VISITOR", "Nurul Aini", w.a.kabupaten.id, w.a.province.id],
      ["REGISTRATION", "CONSULTATION", "Nurul Aini", w.a.kabupaten.id, w.a.province.id],
      ["LEGAL_IDENTITY", "ID_CARD", "Baiq Mawar", w.a.kabupaten.id, w.a.province.id],
    ]);
    expect(made[1]!.status).toBe("RESOLVED");
    expect(await w.prisma.klikCase.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      status: "REFERRED",
      referralInstitution: "Dinas Sosial",
      version: old.version + 1,
    });
    expect(
      await w.prisma.auditLog.count({
        where: { action: "import", entity: "klik_case", entityId: { in: [...made, old].map((c) => String(c.id)) } },
      }),
    ).toBe(4);

    // The session page, the list and the dashboard cells count them.
    const page = (await getKlikSession(w.users.staffA1, session.id))!;
    expect(page.counts).toMatchObject({ REGISTRATION: 2, LEGAL_IDENTITY: 1, SOCIAL_PROTECTION: 1 });
    const listed = (await listKlikSessions(w.users.staffA1, filters)).rows.find((r) => r.id === session.id)!;
    expect(listed.counts).toMatchObject({ REGISTRATION: 2, LEGAL_IDENTITY: 1 });
    const summary = await klikDeskSummary(w.users.staffA1, filters);
    expect(summary.REGISTRATION).toBe(summaryBefore.REGISTRATION + 2);
    expect(summary.LEGAL_IDENTITY).toBe(summaryBefore.LEGAL_IDENTITY + 1);
    expect(summary.SOCIAL_PROTECTION).toBe(summaryBefore.SOCIAL_PROTECTION);

    // The same file again: nothing to write.
    const again = await previewed(w.users.staffA1, rows, session.id, "register-14-nov.xlsx");
    expect(again.counts).toMatchObject({ CREATE: 0, UPDATE: 0, UNCHANGED: 4, ERROR: 1 });
    expect((await getImportBatch(w.users.staffA1, "KLIK_CASES", again.id, { parentId: session.id }))!.earlier).toMatchObject({ id: p.id });

    // Undone as a whole: the three cases go, Inaq Sahnun's case is as it was.
    expect(await undoImport(w.users.staffA1, klikCasesImport, p.id)).toEqual({ ok: true, removed: 3, restored: 1 });
    expect(await casesOf(session.id)).toBe(1);
    expect(await w.prisma.klikCase.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      status: "RECEIVED",
      referralInstitution: null,
    });
    expect((await klikDeskSummary(w.users.staffA1, filters)).REGISTRATION).toBe(summaryBefore.REGISTRATION);
  });

  it("refuses an undo once a follow-up was recorded on a case it created, and says which", async () => {
    const p = await previewed(w.users.staffA1, [
      ["Meja perlindungan sosial", "Tunggakan iuran JKN", "Hartini Tindak Lanjut", "Dirujuk", "BPJS Kesehatan"],
      ["Meja pendaftaran", "Permintaan informasi", "Masitah", "Selesai", ""],
    ]);
    expect((await commitImport(w.users.staffA1, klikCasesImport, p.id, { skipErrors: false })).ok).toBe(true);
    const c = await w.prisma.klikCase.findFirstOrThrow({ where: { personName: "Hartini Tindak Lanjut" } });
    await w.prisma.klikFollowUp.create({
      data: { caseId: c.id, date: new Date("2026-11-20"), note: "Sudah ke kantor BPJS", byUserId: w.users.staffA1.id },
    });
    const count = await casesOf(w.sessionA1.id);
    const u = await undoImport(w.users.staffA1, klikCasesImport, p.id);
    expect(u).toMatchObject({
      ok: false,
      key: "import.undo.blocked",
      blockers: [
        { id: c.id, label: `Hartini Tindak Lanjut (#${c.id})`, reasons: [{ key: "import.klik.followedUp", values: { count: 1 } }] },
      ],
    });
    expect(await casesOf(w.sessionA1.id)).toBe(count);
    expect((await w.prisma.importBatch.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("COMMITTED");
  });

  it("leaves nothing behind when the commit fails midway (a case edited since the preview)", async () => {
    const edited = await makeKlikCase(w.prisma, w.sessionA1, { desk: "REGISTRATION", issueType: "CONSULTATION", personName: "Sumiati" });
    const p = await previewed(w.users.staffA1, [
      ["Meja pendaftaran", "Pengunjung baru", "Kartini Baru", "Diterima", ""],
      ["Meja pendaftaran", "Konsultasi", "Sumiati", "Selesai", ""],
      ["Meja pendaftaran", "Pengunjung baru", "Halimah Baru", "Diterima", ""],
    ]);
    expect(p.counts).toMatchObject({ CREATE: 2, UPDATE: 1 });
    await w.prisma.klikCase.update({ where: { id: edited.id }, data: { status: "IN_PROGRESS", version: { increment: 1 } } });
    const before = await casesOf(w.sessionA1.id);
    expect(await commitImport(w.users.staffA1, klikCasesImport, p.id, { skipErrors: false })).toEqual({
      ok: false,
      fieldErrors: { _form: { key: "import.validation.changedSincePreview" } },
    });
    expect(await casesOf(w.sessionA1.id)).toBe(before);
    expect(await w.prisma.klikCase.count({ where: { personName: { in: ["Kartini Baru", "Halimah Baru"] } } })).toBe(0);
    expect((await w.prisma.klikCase.findUniqueOrThrow({ where: { id: edited.id } })).status).toBe("IN_PROGRESS");
    expect(await w.prisma.importChange.count({ where: { batchId: p.id } })).toBe(0);
    expect((await w.prisma.importBatch.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("PREVIEWED");

    // A case recorded by hand since the preview with a new row's key: the same.
    const q = await previewed(w.users.staffA1, [["Meja pendaftaran", "Pengunjung baru", "Rohani Dua Kali", "Diterima", ""]]);
    await makeKlikCase(w.prisma, w.sessionA1, { desk: "REGISTRATION", issueType: "NEW_VISITOR", personName: "Rohani  dua kali" });
    expect(await commitImport(w.users.staffA1, klikCasesImport, q.id, { skipErrors: false })).toMatchObject({ ok: false });
    expect(await w.prisma.klikCase.count({ where: { personName: "Rohani Dua Kali" } })).toBe(0);
  });

  it("keeps nothing of a violence row beyond its desk cell: not in the rows, the batch, the audit log or the stored file", async () => {
    const bytes = await xlsxFile([HEADER, ["Meja pendaftaran", "Konsultasi", "Warga Biasa", "Diterima", ""], VIOLENCE_ROW]);
    const up = await storeUpload(
      w.users.staffA1,
      "KLIK_CASES",
      { name: "register.xlsx", size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer },
      w.sessionA1.id,
    );
    if (!up.ok) throw new Error("upload refused");
    await runImportCheck(up.value.id, () => {});
    const batch = await w.prisma.importBatch.findUniqueOrThrow({ where: { id: up.value.id }, include: { rows: true } });
    expect(batch.status).toBe("PREVIEWED");
    expect(batch.fileData).toBeNull();
    expect(batch.rows.find((r) => r.rowNumber === 3)).toMatchObject({
      outcome: "ERROR",
      data: null,
      errors: [{ column: "Meja", value: "Meja pengaduan kekerasan", key: "import.klik.violenceRow" }],
    });
    expect((await commitImport(w.users.staffA1, klikCasesImport, batch.id, { skipErrors: true })).ok).toBe(true);
    const stored = JSON.stringify(
      [
        await w.prisma.importRow.findMany({ where: { batchId: batch.id } }),
        await w.prisma.importBatch.findUniqueOrThrow({ where: { id: batch.id } }),
        await w.prisma.importChange.findMany({ where: { batchId: batch.id } }),
        await w.prisma.auditLog.findMany({ where: { userId: w.users.staffA1.id } }),
        await w.prisma.backgroundJob.findMany(),
      ],
      (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v),
    );
    for (const s of SECRET) expect(stored).not.toContain(s);
    expect(await w.prisma.klikCase.count({ where: { sessionId: w.sessionA1.id, desk: "VIOLENCE" } })).toBe(3); // the world's own three
  });

  it("offers a template of the session: drop-downs for desk and status, the issue types of each open desk, no violence desk", async () => {
    const spec = importKind("KLIK_CASES");
    const t = await spec.template(w.users.staffA1, "xlsx", { parentId: w.sessionA1.id });
    expect(t.fileName).toBe(`templat-kasus-klik-${w.sessionA1.id}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(t.body) as unknown as ArrayBuffer);
    const list = wb.worksheets[0]!;
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    const deskList = (list.getCell("A2").dataValidation as { formulae?: string[] }).formulae?.[0];
    expect(deskList).toBe('"Meja pendaftaran,Meja perlindungan sosial,Meja identitas hukum"');
    expect((list.getCell("D2").dataValidation as { formulae?: string[] }).formulae?.[0]).toContain("Dirujuk");
    const help = wb.getWorksheet("Jenis masalah")!;
    const cells: string[] = [];
    help.eachRow((r) => cells.push((r.values as unknown[]).slice(1).map(String).join("|")));
    expect(cells).toContain("KTP|Meja identitas hukum|ID_CARD");
    expect(cells.some((c) => c.includes("Kekerasan dalam rumah tangga"))).toBe(false);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
      (await spec.template(w.users.staffA1, "csv", { parentId: w.sessionA1.id })).body,
    );
    expect(csv.split("\r\n")[0]).toBe("\uFEFFMeja;Jenis masalah;Nama;Status;Dirujuk ke");
  });
});
