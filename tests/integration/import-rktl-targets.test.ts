// RKTL targets import against PostgreSQL: the rows become the targets of one
// draft plan, by the form's own placement rule; the same sheet again changes
// nothing; a plan submitted meanwhile refuses the commit; undo is blocked once
// the plan is submitted or a target has realisation.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { commitImport, getImportBatch, previewImport, undoImport } from "@/lib/data/imports/batches";
import { importKind, mayImportInto } from "@/lib/data/imports/kinds";
import { previewImportFile, startImport } from "@/lib/data/imports/run";
import { csvFile, xlsxFile } from "../support/import-files";
import { rktlTargetsImport } from "@/lib/data/imports/rktl-targets";
import type { CheckedRow } from "@/lib/data/imports/types";
import type { TargetInput } from "@/lib/validation/rktl";
import { day, makeRktlPlan, makeTraining } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const OCT = day("2026-10-01");

function target(o: Partial<TargetInput> = {}): TargetInput {
  return {
    activity: "Menyelenggarakan KLIK PEKKA",
    kind: "KLIK_SESSION",
    quantity: 4,
    unit: "sesi",
    kabupatenId: w.a.kabupaten.id,
    responsible: "Siti Aminah",
    plannedMonth: OCT,
    ...o,
  };
}

const rows = (values: TargetInput[]): CheckedRow<TargetInput>[] => values.map((value, i) => ({ rowNumber: i + 2, value }));

async function draft(status: "DRAFT" | "APPROVED" = "DRAFT") {
  const training = await makeTraining(w.prisma, { startDate: day("2026-09-01") });
  return makeRktlPlan(w.prisma, { provinceId: w.a.province.id, trainingId: training.id, windowStart: OCT, status });
}

const file = (planId: number, sha = "b") => ({ name: "rktl.xlsx", sha256: sha.repeat(64), size: 10, parentId: planId });

describe("RKTL targets import", () => {
  it("previews by the plan's rule, commits into the plan, and the same sheet again is unchanged", async () => {
    const plan = await draft();
    const sheet = [
      target(), // 2 new
      target({ activity: "Pertemuan FPK kabupaten", kind: "FPK_MEETING", quantity: 1, unit: "pertemuan" }), // 3 new
      target({ activity: "menyelenggarakan  klik pekka" }), // 4 repeats row 2 (case and spaces)
      target({ kabupatenId: w.b.kabupaten.id }), // 5 a kabupaten of another province
      target({ plannedMonth: day("2027-06-01") }), // 6 outside the six-month window
    ];
    const p = await previewImport(w.users.coordA, rktlTargetsImport, file(plan.id), rows(sheet));
    expect(p.counts).toMatchObject({ CREATE: 2, DUPLICATE: 1, ERROR: 2 });
    const judged = await w.prisma.importRow.findMany({ where: { batchId: p.id }, orderBy: { rowNumber: "asc" } });
    expect(judged.map((r) => r.outcome)).toEqual(["CREATE", "CREATE", "DUPLICATE", "ERROR", "ERROR"]);
    expect(judged[3]!.errors).toEqual([expect.objectContaining({ column: "Kabupaten", key: "validation.outOfScope" })]);
    expect(judged[4]!.errors).toEqual([expect.objectContaining({ column: "Bulan", key: "rktl.validation.monthOutsideWindow" })]);
    expect(await w.prisma.rktlTarget.count({ where: { planId: plan.id } })).toBe(0);

    const c = await commitImport(w.users.coordA, rktlTargetsImport, p.id, { skipErrors: true });
    expect(c).toEqual({ ok: true, value: { written: 2, skipped: 2 } });
    expect(await w.prisma.rktlTarget.count({ where: { planId: plan.id } })).toBe(2);

    const again = await previewImport(w.users.coordA, rktlTargetsImport, file(plan.id), rows(sheet.slice(0, 2)));
    expect(again.counts).toMatchObject({ CREATE: 0, UNCHANGED: 2 });
    const changed = await previewImport(w.users.coordA, rktlTargetsImport, file(plan.id), rows([target({ quantity: 6 })]));
    expect(changed.counts).toMatchObject({ UPDATE: 1 });
    expect((await commitImport(w.users.coordA, rktlTargetsImport, changed.id, { skipErrors: false })).ok).toBe(true);
    expect((await w.prisma.rktlTarget.findFirstOrThrow({ where: { planId: plan.id, kind: "KLIK_SESSION" } })).quantity).toBe(6);
    // Undo of the update restores the quantity. The first import's target has
    // been written since (the update and its undo), so undoing that import is refused
    // for it — by version, not by content: the conservative rule of the engine.
    expect(await undoImport(w.users.coordA, rktlTargetsImport, changed.id)).toMatchObject({ ok: true, restored: 1 });
    const klik = await w.prisma.rktlTarget.findFirstOrThrow({ where: { planId: plan.id, kind: "KLIK_SESSION" } });
    expect(klik.quantity).toBe(4);
    const u = await undoImport(w.users.coordA, rktlTargetsImport, p.id);
    expect(u).toMatchObject({ ok: false, blockers: [{ id: klik.id, reasons: [{ key: "import.undo.editedSince" }] }] });
    expect(await w.prisma.rktlTarget.count({ where: { planId: plan.id } })).toBe(2);
  });

  it("undo removes the targets it created, with an audit row each", async () => {
    const plan = await draft();
    const p = await previewImport(
      w.users.coordA,
      rktlTargetsImport,
      file(plan.id),
      rows([target(), target({ activity: "Kunjungan desa" })]),
    );
    expect((await commitImport(w.users.coordA, rktlTargetsImport, p.id, { skipErrors: false })).ok).toBe(true);
    const ids = (await w.prisma.rktlTarget.findMany({ where: { planId: plan.id }, select: { id: true } })).map((t) => t.id);
    expect(await undoImport(w.users.coordA, rktlTargetsImport, p.id)).toMatchObject({ ok: true, removed: 2 });
    expect(await w.prisma.rktlTarget.count({ where: { planId: plan.id } })).toBe(0);
    expect(
      await w.prisma.auditLog.count({ where: { entity: "rktl_target", entityId: { in: ids.map(String) }, action: "import.undo" } }),
    ).toBe(2);
  });

  it("a plan that is not a draft, or not hers, takes no rows", async () => {
    const approved = await draft("APPROVED");
    const p = await previewImport(w.users.coordA, rktlTargetsImport, file(approved.id), rows([target()]));
    expect(p.counts).toMatchObject({ ERROR: 1 });
    const plan = await draft();
    const other = await previewImport(w.users.coordB, rktlTargetsImport, file(plan.id), rows([target()]));
    expect(other.counts).toMatchObject({ ERROR: 1 });
  });

  it("a plan submitted after the preview refuses the commit and nothing is written", async () => {
    const plan = await draft();
    const p = await previewImport(
      w.users.coordA,
      rktlTargetsImport,
      file(plan.id),
      rows([target(), target({ activity: "Kunjungan desa" })]),
    );
    await w.prisma.rktlPlan.update({ where: { id: plan.id }, data: { status: "SUBMITTED" } });
    const c = await commitImport(w.users.coordA, rktlTargetsImport, p.id, { skipErrors: false });
    expect(c).toMatchObject({ ok: false, fieldErrors: { _form: { key: "import.validation.changedSincePreview" } } });
    expect(await w.prisma.rktlTarget.count({ where: { planId: plan.id } })).toBe(0);
    expect((await w.prisma.importBatch.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("PREVIEWED");
  });

  it("undo is blocked once the plan is submitted, or a target has realisation, and says which", async () => {
    const plan = await draft();
    const p = await previewImport(w.users.coordA, rktlTargetsImport, file(plan.id), rows([target()]));
    expect((await commitImport(w.users.coordA, rktlTargetsImport, p.id, { skipErrors: false })).ok).toBe(true);
    await w.prisma.rktlPlan.update({ where: { id: plan.id }, data: { status: "APPROVED" } });
    const t = await w.prisma.rktlTarget.findFirstOrThrow({ where: { planId: plan.id } });
    await w.prisma.rktlRealisation.create({ data: { targetId: t.id, month: OCT, achieved: 2 } });
    const u = await undoImport(w.users.coordA, rktlTargetsImport, p.id);
    expect(u).toMatchObject({ ok: false, key: "import.undo.blocked" });
    if (u.ok) return;
    expect(u.blockers).toEqual([
      expect.objectContaining({
        id: t.id,
        reasons: [
          { key: "import.undo.planSubmitted", values: {} },
          { key: "import.undo.realised", values: { count: 1 } },
        ],
      }),
    ]);
    expect(await w.prisma.rktlTarget.count({ where: { planId: plan.id } })).toBe(1);
  });

  describe("from a file", () => {
    const HEADER = ["Kegiatan", "Jenis kegiatan", "Jumlah target", "Satuan", "Kabupaten", "Penanggung jawab", "Bulan"];

    it("reads a coordinator's sheet: kabupaten by name or code, months as spreadsheets write them, each wrong cell named", async () => {
      const plan = await draft();
      const k = w.a.kabupaten;
      const f = await xlsxFile([
        HEADER,
        ["Menyelenggarakan KLIK PEKKA", "Sesi KLIK PEKKA", 4, "sesi", k.name, "Siti Aminah", new Date(Date.UTC(2026, 9, 1))],
        ["Sosialisasi JKN", "sosialisasi", "10", "kali", k.code, "Wartini", "Nov 2026"],
        ["Pertemuan FPK", "Pertemuan FPK", "2", "pertemuan", w.b.kabupaten.name, "Rahma", "12/2026"], // another province
        ["Kunjungan", "Lainnya", "dua", "kali", k.name, "Rahma", "Juni 2027"], // not a number; month outside the window
      ]);
      const r = await previewImportFile(w.users.coordA, "RKTL_TARGETS", { name: "target.xlsx", bytes: f }, plan.id);
      if (!r.ok) throw new Error(JSON.stringify(r));
      expect(r.value.counts).toMatchObject({ CREATE: 2, ERROR: 2 });
      const b = (await getImportBatch(w.users.coordA, "RKTL_TARGETS", r.value.id, { parentId: plan.id }))!;
      expect(b.rows[2]!.errors).toEqual([expect.objectContaining({ column: "Kabupaten", key: "import.area.outsideScope" })]);
      expect(b.rows[3]!.errors).toEqual([expect.objectContaining({ column: "Jumlah target", value: "dua", key: "import.cell.notNumber" })]);
      // Found under its own plan only.
      expect(await getImportBatch(w.users.coordA, "RKTL_TARGETS", r.value.id, { parentId: plan.id + 1000 })).toBeNull();
      expect(await getImportBatch(w.users.coordA, "RKTL_TARGETS", r.value.id)).toBeNull();
      expect((await commitImport(w.users.coordA, rktlTargetsImport, r.value.id, { skipErrors: true })).ok).toBe(true);
      const made = await w.prisma.rktlTarget.findMany({ where: { planId: plan.id }, orderBy: { id: "asc" } });
      expect(made.map((t) => [t.kind, t.quantity, t.plannedMonth.toISOString().slice(0, 7)])).toEqual([
        ["KLIK_SESSION", 4, "2026-10"],
        ["SOCIALISATION", 10, "2026-11"],
      ]);
    });

    it("is refused for a plan that is not her draft, before anything is stored", async () => {
      const approved = await draft("APPROVED");
      const plan = await draft();
      expect(await mayImportInto(w.users.coordA, "RKTL_TARGETS", plan.id)).toBe(true);
      expect(await mayImportInto(w.users.coordA, "RKTL_TARGETS", approved.id)).toBe(false);
      expect(await mayImportInto(w.users.coordB, "RKTL_TARGETS", plan.id)).toBe(false);
      expect(await mayImportInto(w.users.coordA, "RKTL_TARGETS", null)).toBe(false);
      expect(await mayImportInto(w.users.national, "RKTL_TARGETS", plan.id)).toBe(false);
      const bytes = csvFile([HEADER]);
      const before = await w.prisma.importBatch.count();
      const up = await startImport(
        w.users.coordB,
        "RKTL_TARGETS",
        { name: "t.csv", size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer },
        plan.id,
      );
      expect(up).toMatchObject({ ok: false, fieldErrors: { _form: { key: "import.validation.parentClosed" } } });
      expect(await w.prisma.importBatch.count()).toBe(before);
    });

    it("has a template with the plan's kabupaten and its six months to choose from", async () => {
      const plan = await draft();
      const t = await importKind("RKTL_TARGETS").template(w.users.coordA, "xlsx", { parentId: plan.id });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(t.body) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((s) => s.name)).toEqual(["Target", "Kabupaten", "Bulan"]);
      expect(wb.getWorksheet("Target")!.getRow(1).values).toEqual([undefined, ...HEADER]);
      const kab = wb
        .getWorksheet("Kabupaten")!
        .getSheetValues()
        .slice(2)
        .map((r) => (r as string[])[2]);
      expect(kab).toEqual(expect.arrayContaining([w.a.kabupaten.code]));
      expect(kab).not.toContain(w.b.kabupaten.code);
      const months = wb
        .getWorksheet("Bulan")!
        .getSheetValues()
        .slice(2)
        .map((r) => (r as string[])[1]);
      expect(months).toEqual(["2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"]);
      const csv = new TextDecoder().decode((await importKind("RKTL_TARGETS").template(w.users.coordA, "csv", { parentId: plan.id })).body);
      expect(csv.split("\r\n")[0]).toBe(HEADER.join(";"));
    });
  });
});
