// Participants import against PostgreSQL: a file registers kader in one class
// with their role, completion and attendance. Preview judges each row (new,
// updated, unchanged, duplicate, error: out of her area, an ambiguous name, a
// facilitator who is no graduate); commit writes participations and attendance
// all or nothing; the same file again changes nothing; undo removes and
// restores unless the record was edited since or a re-training rests on it.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { commitImport, getImportBatch, undoImport } from "@/lib/data/imports/batches";
import { participantsImport } from "@/lib/data/imports/participants";
import { participantsTemplate } from "@/lib/data/imports/participants-template";
import { mayImportInto } from "@/lib/data/imports/kinds";
import { previewImportFile } from "@/lib/data/imports/run";
import { saveAttendance } from "@/lib/data/training/participants";
import { readRows } from "@/lib/import/read";
import { participantsSheet } from "@/lib/import/sheets/participants";
import { day, makeKader, makeTraining } from "@/prisma/factories";
import { csvFile, xlsxFile, type FixtureCell } from "../support/import-files";
import { buildWorld, type World } from "./world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const DAYS = ["2026-03-12", "2026-03-13", "2026-03-14"];
const HEADER = [
  "ID kader",
  "Nama kader",
  "Desa",
  "Kabupaten",
  "Peran",
  "Selesai",
  "Hadir 12/03/2026",
  "Hadir 13/03/2026",
  "Hadir 14/03/2026",
];

/** A provincial training of province A, 12–14 March 2026; its implementation class. */
async function provincialClass(o: { parentTrainingId?: number } = {}) {
  const t = await makeTraining(w.prisma, {
    provinceId: w.a.province.id,
    startDate: day("2026-03-12"),
    endDate: day("2026-03-14"),
    parentTrainingId: o.parentTrainingId ?? null,
  });
  return {
    training: t,
    cls: t.classes.find((c) => c.kind === "IMPLEMENTATION")!,
    tot: t.classes.find((c) => c.kind === "LEADERSHIP_TOT")!,
  };
}

async function preview(user: World["users"]["coordA"], classId: number, rows: FixtureCell[][], header = HEADER) {
  const r = await previewImportFile(user, "PARTICIPANTS", { name: "peserta.xlsx", bytes: await xlsxFile([header, ...rows]) }, classId);
  if (!r.ok) throw new Error(`preview failed: ${JSON.stringify(r.fieldErrors)}`);
  return r.value;
}

async function byRow(id: number, parentId: number) {
  const b = (await getImportBatch(w.users.coordA, "PARTICIPANTS", id, { parentId }))!;
  return new Map(b.rows.map((r) => [r.rowNumber, r]));
}

const participations = (classId: number) =>
  w.prisma.participation.findMany({
    where: { classId },
    include: { attendance: { orderBy: { day: "asc" } } },
    orderBy: { kaderId: "asc" },
  });

const present = (p: { attendance: { day: Date; present: boolean }[] }) =>
  p.attendance.filter((a) => a.present).map((a) => a.day.toISOString().slice(0, 10));

describe("participants import", () => {
  it("previews create, update, unchanged, duplicate and error rows, each error with column, value and reason", async () => {
    const { cls } = await provincialClass();
    const [nurA, nurA2] = [
      await makeKader(w.prisma, { serikat: w.serikatA1, desaId: w.a.desa.id }, { fullName: "Nur Aini" }),
      await makeKader(w.prisma, { serikat: w.serikatA2, desaId: w.a2.desa.id }, { fullName: "Nur Aini" }),
    ];
    const made = await makeKader(w.prisma, { serikat: w.serikatA1, desaId: w.a.desa.id }, { fullName: "Made Wati" });
    const inaq = await makeKader(w.prisma, { serikat: w.serikatA1, desaId: w.a.desa.id }, { fullName: "Inaq Rumiah" });
    // Already registered: Made Wati as participant, Inaq Rumiah as participant present on the first day.
    await w.prisma.participation.create({ data: { classId: cls.id, kaderId: made.id, role: "PARTICIPANT" } });
    await w.prisma.participation.create({
      data: {
        classId: cls.id,
        kaderId: inaq.id,
        role: "PARTICIPANT",
        attendance: { create: [{ day: day("2026-03-12"), present: true }] },
      },
    });
    const kab = (k: { name: string; kind: string }) => `${k.kind === "KOTA" ? "Kota" : "Kab."} ${k.name}`;
    const before = await w.prisma.participation.count();
    const p = await preview(w.users.coordA, cls.id, [
      [w.kaderA1.id, "", "", "", "Peserta", "ya", "ya", "hadir", 1], // 2 new, by id
      ["", "WARTINI", "", "", "Narasumber", "", "ya", "", ""], // 3 new, by name (case)
      [w.kaderB.id, "", "", "", "Peserta", "", "", "", ""], // 4 another province's kader
      ["", "Cut Nyak Rahma", "", "", "", "", "", "", ""], // 5 by name, out of her area: not found
      ["", "Nur Aini", "", "", "", "", "ya", "ya", "ya"], // 6 two kader of her area have this name
      ["", "nur aini", "", kab(w.a2), "", "", "ya", "", ""], // 7 told apart by kabupaten
      [w.kaderA1.id, "Siti Aminah", "", "", "", "", "", "", ""], // 8 repeats row 2
      [made.id, "", "", "", "Fasilitator", "", "", "", ""], // 9 registered: new role
      [inaq.id, "", "", "", "", "", "ya", "", ""], // 10 registered, as she is
      ["", "=cmd|' /C calc'!A0", "", "", "", "", "", "", ""], // 11 a formula as a name
      [w.kaderA2.id, "Siti Aminah", "", "", "", "", "", "", ""], // 12 id and name of two people
    ]);
    expect(await w.prisma.participation.count()).toBe(before);
    expect(p.counts).toEqual({ CREATE: 3, UPDATE: 1, UNCHANGED: 1, DUPLICATE: 1, ERROR: 5 });
    const rows = await byRow(p.id, cls.id);
    expect(rows.get(2)).toMatchObject({
      outcome: "CREATE",
      data: {
        value: {
          kaderId: w.kaderA1.id,
          role: "PARTICIPANT",
          completed: true,
          attendance: { "2026-03-12": true, "2026-03-13": true, "2026-03-14": true },
        },
      },
    });
    expect(rows.get(3)).toMatchObject({ outcome: "CREATE", data: { value: { kaderId: w.kaderA2.id, role: "RESOURCE_PERSON" } } });
    expect(rows.get(4)!.errors).toEqual([{ column: "ID kader", value: String(w.kaderB.id), key: "import.participants.kaderIdNotFound" }]);
    expect(rows.get(5)!.errors).toEqual([{ column: "Nama kader", value: "Cut Nyak Rahma", key: "import.participants.kaderNotFound" }]);
    const ambiguous = (rows.get(6)!.errors as { key: string; values: { candidates: string } }[])[0]!;
    expect(ambiguous).toMatchObject({
      column: "Nama kader",
      value: "Nur Aini",
      key: "import.participants.ambiguousName",
      values: { count: 2 },
    });
    expect(ambiguous.values.candidates).toContain(`ID ${nurA.id}`);
    expect(ambiguous.values.candidates).toContain(`ID ${nurA2.id}`);
    expect(rows.get(7)).toMatchObject({ outcome: "CREATE", data: { value: { kaderId: nurA2.id } } });
    expect(rows.get(8)).toMatchObject({ outcome: "DUPLICATE", sameAsRow: 2 });
    expect(rows.get(9)).toMatchObject({ outcome: "UPDATE", data: { label: `Made Wati (ID ${made.id})` } });
    expect(rows.get(10)).toMatchObject({ outcome: "UNCHANGED" });
    expect(rows.get(11)!.errors).toEqual([{ column: "Nama kader", value: "=cmd|' /C calc'!A0", key: "import.participants.kaderNotFound" }]);
    expect(rows.get(12)!.errors).toEqual([
      { column: "Nama kader", value: "Siti Aminah", key: "import.participants.nameNotId", values: { name: "Wartini" } },
    ]);

    // Another coordinator can neither see it, nor commit it, nor import into this class.
    expect(await getImportBatch(w.users.coordB, "PARTICIPANTS", p.id, { parentId: cls.id })).toBeNull();
    expect(await commitImport(w.users.coordB, participantsImport, p.id, { skipErrors: true })).toMatchObject({ ok: false });
    expect(await mayImportInto(w.users.coordB, "PARTICIPANTS", cls.id)).toBe(false);
    const refused = await previewImportFile(
      w.users.coordB,
      "PARTICIPANTS",
      { name: "p.xlsx", bytes: await xlsxFile([HEADER, [w.kaderB.id]]) },
      cls.id,
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { _form: { key: "import.validation.parentClosed" } } });
    // Found only under its own class.
    expect(await getImportBatch(w.users.coordA, "PARTICIPANTS", p.id, { parentId: cls.id + 1 })).toBeNull();
  });

  it("commits participations with their attendance, the same file again changes nothing, undo removes and restores", async () => {
    const { cls } = await provincialClass();
    const made = await makeKader(w.prisma, { serikat: w.serikatA1, desaId: w.a.desa.id }, { fullName: "Baiq Mawar" });
    await w.prisma.participation.create({ data: { classId: cls.id, kaderId: made.id, role: "PARTICIPANT" } });
    const sheet = [
      [w.kaderA1.id, "", "", "", "Peserta", "ya", "ya", "hadir", ""],
      [w.kaderA2.id, "", "", "", "Fasilitator", "tidak", "", "1", "ya"],
      [made.id, "", "", "", "Narasumber", "ya", "ya", "ya", "ya"],
      [w.kaderB.id, "", "", "", "", "", "", "", ""],
    ];
    const p = await preview(w.users.coordA, cls.id, sheet);
    expect(p.counts).toMatchObject({ CREATE: 2, UPDATE: 1, ERROR: 1 });
    expect(await commitImport(w.users.coordA, participantsImport, p.id, { skipErrors: false })).toMatchObject({
      ok: false,
      fieldErrors: { _form: { key: "import.validation.errorsLeft" } },
    });
    expect(await commitImport(w.users.coordA, participantsImport, p.id, { skipErrors: true })).toEqual({
      ok: true,
      value: { written: 3, skipped: 1 },
    });
    const after = await participations(cls.id);
    const of = (kaderId: number) => after.find((x) => x.kaderId === kaderId)!;
    expect(after).toHaveLength(3);
    expect(of(w.kaderA1.id)).toMatchObject({ role: "PARTICIPANT", completed: true });
    expect(present(of(w.kaderA1.id))).toEqual(["2026-03-12", "2026-03-13"]);
    expect(of(w.kaderA1.id).attendance).toHaveLength(3); // the third day recorded absent
    expect(of(w.kaderA2.id)).toMatchObject({ role: "FACILITATOR", completed: false });
    expect(present(of(w.kaderA2.id))).toEqual(["2026-03-13", "2026-03-14"]);
    expect(of(made.id)).toMatchObject({ role: "RESOURCE_PERSON", completed: true });
    expect(present(of(made.id))).toEqual(DAYS);
    expect(await w.prisma.auditLog.count({ where: { entity: "participation", action: "import" } })).toBeGreaterThanOrEqual(3);

    // The same file again: nothing to write.
    const again = await preview(w.users.coordA, cls.id, sheet);
    expect(again.counts).toMatchObject({ CREATE: 0, UPDATE: 0, UNCHANGED: 3, ERROR: 1 });

    // Undo: the two created go (with their attendance), Baiq Mawar is as she was.
    const ids = after.map((x) => x.id);
    expect(await undoImport(w.users.coordA, participantsImport, p.id)).toEqual({ ok: true, removed: 2, restored: 1 });
    const undone = await participations(cls.id);
    expect(undone).toHaveLength(1);
    expect(undone[0]).toMatchObject({ kaderId: made.id, role: "PARTICIPANT", completed: false, attendance: [] });
    expect(
      await w.prisma.participationAttendance.count({ where: { participationId: { in: ids.filter((i) => i !== undone[0]!.id) } } }),
    ).toBe(0);
    expect((await w.prisma.importBatch.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("UNDONE");
  });

  it("a kader registered by hand after the preview, or a participation changed since, rolls the whole commit back", async () => {
    const { training, cls } = await provincialClass();
    const p = await preview(w.users.coordA, cls.id, [
      [w.kaderA1.id, "", "", "", "", "", "ya", "", ""],
      [w.kaderA2.id, "", "", "", "", "", "ya", "", ""],
    ]);
    // Wartini is registered by hand meanwhile: the second row breaks the unique key midway.
    await w.prisma.participation.create({ data: { classId: cls.id, kaderId: w.kaderA2.id } });
    const c = await commitImport(w.users.coordA, participantsImport, p.id, { skipErrors: false });
    expect(c).toMatchObject({ ok: false, fieldErrors: { _form: { key: "import.validation.changedSincePreview" } } });
    expect(await w.prisma.participation.count({ where: { classId: cls.id } })).toBe(1);
    expect((await w.prisma.importBatch.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("PREVIEWED");

    // An update whose record was changed (the attendance grid saved) since its preview.
    const u = await preview(w.users.coordA, cls.id, [[w.kaderA2.id, "", "", "", "Narasumber", "", "", "", ""]]);
    expect(u.counts).toMatchObject({ UPDATE: 1 });
    const part = await w.prisma.participation.findFirstOrThrow({ where: { classId: cls.id, kaderId: w.kaderA2.id } });
    expect(
      await saveAttendance(w.users.coordA, training.id, cls.id, { [`p${part.id}`]: "1", [`p${part.id}_d2026-03-13`]: "on" }),
    ).toMatchObject({ ok: true });
    expect(await commitImport(w.users.coordA, participantsImport, u.id, { skipErrors: false })).toMatchObject({
      ok: false,
      fieldErrors: { _form: { key: "import.validation.changedSincePreview" } },
    });
    expect((await w.prisma.participation.findUniqueOrThrow({ where: { id: part.id } })).role).toBe("PARTICIPANT");
  });

  it("a re-training's facilitator must be a graduate of its parent's leadership class; undo is refused once she facilitates", async () => {
    const parent = await provincialClass();
    const child = await provincialClass({ parentTrainingId: parent.training.id });
    const facilitator = [w.kaderA1.id, "", "", "", "Fasilitator", "", "", "", ""];
    const early = await preview(w.users.coordA, child.cls.id, [facilitator]);
    expect(early.counts).toMatchObject({ ERROR: 1 });
    expect((await byRow(early.id, child.cls.id)).get(2)!.errors).toEqual([
      { column: "Peran", value: "Fasilitator", key: "training.validation.facilitatorNotGraduate" },
    ]);
    // She completes the parent's leadership class by an import; then she may facilitate.
    const grad = await preview(w.users.coordA, parent.tot.id, [[w.kaderA1.id, "", "", "", "Peserta", "ya", "ya", "ya", "ya"]]);
    expect((await commitImport(w.users.coordA, participantsImport, grad.id, { skipErrors: false })).ok).toBe(true);
    const later = await preview(w.users.coordA, child.cls.id, [facilitator]);
    expect(later.counts).toMatchObject({ CREATE: 1 });
    expect((await commitImport(w.users.coordA, participantsImport, later.id, { skipErrors: false })).ok).toBe(true);
    // Undoing her graduation would leave the re-training's facilitator without its basis.
    const u = await undoImport(w.users.coordA, participantsImport, grad.id);
    expect(u).toMatchObject({
      ok: false,
      key: "import.undo.blocked",
      blockers: [
        { label: `Siti Aminah (ID ${w.kaderA1.id})`, reasons: [{ key: "import.participants.undoFacilitates", values: { count: 1 } }] },
      ],
    });
    expect(await w.prisma.participation.count({ where: { classId: parent.tot.id } })).toBe(1);
  });

  it("undo is refused for a participation edited since the import, and says which", async () => {
    const { training, cls } = await provincialClass();
    const p = await preview(w.users.coordA, cls.id, [[w.kaderA1.id, "", "", "", "", "", "ya", "", ""]]);
    expect((await commitImport(w.users.coordA, participantsImport, p.id, { skipErrors: false })).ok).toBe(true);
    const part = await w.prisma.participation.findFirstOrThrow({ where: { classId: cls.id } });
    await saveAttendance(w.users.coordA, training.id, cls.id, { [`p${part.id}`]: "1", [`p${part.id}_done`]: "on" });
    const u = await undoImport(w.users.coordA, participantsImport, p.id);
    expect(u).toMatchObject({ ok: false, blockers: [{ id: part.id, reasons: [{ key: "import.undo.editedSince" }] }] });
    // Saving the same grid again (same content) is no edit: the fingerprint is the content's.
    const other = await preview(w.users.coordA, cls.id, [[w.kaderA2.id, "", "", "", "", "", "", "", ""]]);
    expect((await commitImport(w.users.coordA, participantsImport, other.id, { skipErrors: false })).ok).toBe(true);
    const p2 = await w.prisma.participation.findFirstOrThrow({ where: { classId: cls.id, kaderId: w.kaderA2.id } });
    await saveAttendance(w.users.coordA, training.id, cls.id, {
      [`p${part.id}`]: "1",
      [`p${part.id}_done`]: "on",
      [`p${p2.id}`]: "1",
    });
    expect(await undoImport(w.users.coordA, participantsImport, other.id)).toMatchObject({ ok: true, removed: 1 });
  });

  it("a file whose day column names a day outside the training fails as a whole", async () => {
    const { cls } = await provincialClass();
    const r = await previewImportFile(
      w.users.coordA,
      "PARTICIPANTS",
      {
        name: "p.csv",
        bytes: csvFile([
          ["ID kader", "Hadir 20/03/2026"],
          [String(w.kaderA1.id), "ya"],
        ]),
      },
      cls.id,
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { file: { key: "import.participants.dayOutside" } } });
  });

  it("the template has the day columns, drop-downs and a Kader sheet of her area's kader only; the CSV previews as one row", async () => {
    const { cls } = await provincialClass();
    const t = await participantsTemplate(w.users.coordA, "xlsx", { parentId: cls.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(t.body) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Peserta", "Kader"]);
    const list = wb.getWorksheet("Peserta")!;
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(participantsSheet(DAYS).headers);
    expect((list.getRow(1).values as unknown[]).slice(-3)).toEqual(["Hadir 12/03/2026", "Hadir 13/03/2026", "Hadir 14/03/2026"]);
    expect(list.getCell("F2").dataValidation).toMatchObject({ type: "list", formulae: ['"Peserta,Fasilitator,Narasumber"'] });
    expect(list.getCell("H2").dataValidation).toMatchObject({ type: "list", formulae: ['"ya,tidak"'] });
    const kader = wb.getWorksheet("Kader")!;
    expect((kader.getRow(1).values as unknown[]).slice(1)).toEqual(["ID kader", "Nama kader", "Serikat", "Desa", "Kabupaten"]);
    const ids = kader.getColumn(1).values.slice(2);
    expect(ids).toEqual(expect.arrayContaining([w.kaderA1.id, w.kaderA2.id]));
    expect(ids).not.toContain(w.kaderB.id);
    const { headers } = await readRows(t.body, "xlsx");
    expect(() => participantsSheet(DAYS).bind(headers)).not.toThrow();
    // A district user's: her kabupaten's kader only.
    const d = new ExcelJS.Workbook();
    const local = await makeTraining(w.prisma, { kabupatenId: w.a.kabupaten.id, provinceId: w.a.province.id });
    const dt = await participantsTemplate(w.users.staffA1, "xlsx", { parentId: local.classes[0]!.id });
    await d.xlsx.load(Buffer.from(dt.body) as unknown as ArrayBuffer);
    const localIds = d.getWorksheet("Kader")!.getColumn(1).values.slice(2);
    expect(localIds).toContain(w.kaderA1.id);
    expect(localIds).not.toContain(w.kaderA2.id);

    const csv = await participantsTemplate(w.users.coordA, "csv", { parentId: cls.id });
    expect(new TextDecoder().decode(csv.body).startsWith("ID kader;Nama kader;Desa")).toBe(true);
    const r = await previewImportFile(w.users.coordA, "PARTICIPANTS", { name: "t.csv", bytes: csv.body }, cls.id);
    expect(r.ok && r.value.counts).toMatchObject({ CREATE: 1 });
  });
});
