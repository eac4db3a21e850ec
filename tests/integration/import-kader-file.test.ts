// A kader file, from bytes to preview, on PostgreSQL: the counts and per-row
// errors (column, value, reason), rows outside the user's scope, desa by name
// instead of code (ambiguous ones named), file-level problems, and the same
// file again after its commit changing nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { commitImport, getImportBatch } from "@/lib/data/imports/batches";
import { kaderImport } from "@/lib/data/imports/kader";
import { previewImportFile } from "@/lib/data/imports/run";
import { kaderTemplate } from "@/lib/data/imports/templates";
import { readRows } from "@/lib/import/read";
import { kaderSheet } from "@/lib/import/sheets/kader";
import ExcelJS from "exceljs";
import { csvFile, xlsxFile } from "../support/import-files";
import { makeKabupaten } from "@/prisma/factories";
import { buildWorld, type World } from "./world";

let w: World;
let codeA: string; // desa A's code, written with dots
beforeAll(async () => {
  w = await buildWorld();
  const kabA = w.a.kabupaten;
  await w.prisma.desa.update({ where: { id: w.a.desa.id }, data: { code: `${kabA.code}012001` } });
  await w.prisma.desa.update({ where: { id: w.b.desa.id }, data: { code: `${w.b.kabupaten.code}012001` } });
  // Two desa called "Sukamaju" in kabupaten A, in two kecamatan.
  const kec2 = await w.prisma.kecamatan.create({ data: { kabupatenId: kabA.id, name: "Sakra Timur", code: `${kabA.code}02` } });
  await w.prisma.desa.create({ data: { kecamatanId: w.a.kecamatan.id, name: "Sukamaju", code: `${kabA.code}012002` } });
  await w.prisma.desa.create({ data: { kecamatanId: kec2.id, name: "Sukamaju", code: `${kabA.code}022001` } });
  const c = `${kabA.code}012001`;
  codeA = `${c.slice(0, 2)}.${c.slice(2, 4)}.${c.slice(4, 6)}.${c.slice(6)}`;
});

const HEADER = [
  "Nama lengkap",
  "Jabatan",
  "No. HP",
  "Tahun lahir",
  "Tahun bergabung",
  "Serikat",
  "Kode desa",
  "Desa",
  "Kecamatan",
  "Kabupaten",
];

async function byRow(user: World["users"][keyof World["users"]], id: number) {
  const b = (await getImportBatch(user, "KADER", id))!;
  return new Map(b.rows.map((r) => [r.rowNumber, r]));
}

describe("kader file preview", () => {
  it("reads an XLSX into create, unchanged and error rows, each error with its column, value and reason", async () => {
    const f = await xlsxFile([
      HEADER,
      ["Inaq Rumiah", "Kader", 81234500001, 1980, 2015, "serikat a1", codeA, "", "", ""], // 2 new: phone lost its 0
      ["  siti   AMINAH ", "kader", w.kaderA1.phone, w.kaderA1.birthYear, w.kaderA1.joinedYear, "Serikat A1", codeA, "", "", ""], // 3 as registered
      ["Baiq Mawar", "Bos", "12ab", "85x", "", "Serikat A1", codeA, "", "", ""], // 4 three wrong cells
      ["Cut Meutia", "Kader", "", "", "", "Serikat B", `${w.b.kabupaten.code}012001`, "", "", ""], // 5 province B: outside her area
      ["Lale Rohani", "Ketua", "", "", "", "Serikat A1", "", "Sukamaju", "", `Kab. ${w.a.kabupaten.name}`], // 6 ambiguous desa
      ["Lale Sari", "Ketua", "", "", "", "Serikat A1", "", "sukamaju", "sakra timur", w.a.kabupaten.name.toUpperCase()], // 7 by names
      ["Inaq Sahnun", "Kader", "", "", "", "Serikat Tidak Ada", codeA, "", "", ""], // 8 unknown serikat
      ["=cmd|' /C calc'!A0", "Kader", "", "", "", "Serikat A1", codeA, "", "", ""], // 9 a formula, kept as text
    ]);
    const r = await previewImportFile(w.users.coordA, "KADER", { name: "kader.xlsx", bytes: f });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.counts).toMatchObject({ CREATE: 3, UNCHANGED: 1, ERROR: 4 });
    const rows = await byRow(w.users.coordA, r.value.id);
    expect(rows.get(2)).toMatchObject({
      outcome: "CREATE",
      data: { value: { phone: "081234500001", serikatId: w.serikatA1.id, desaId: w.a.desa.id } },
    });
    expect(rows.get(3)).toMatchObject({ outcome: "UNCHANGED", matchId: w.kaderA1.id });
    expect(rows.get(4)!.errors).toEqual([
      {
        column: "Jabatan",
        value: "Bos",
        key: "import.cell.notChoice",
        values: { choices: "Kader, Ketua, Sekretaris, Bendahara, Pengurus" },
      },
      { column: "No. HP", value: "12ab", key: "import.cell.notPhone" },
      { column: "Tahun lahir", value: "85x", key: "import.cell.notYear" },
    ]);
    expect(rows.get(5)!.errors).toEqual([{ column: "Kode desa", value: `${w.b.kabupaten.code}012001`, key: "import.area.outsideScope" }]);
    expect(rows.get(6)!.errors).toMatchObject([{ column: "Desa", value: "Sukamaju", key: "import.area.ambiguousDesa" }]);
    expect(String((rows.get(6)!.errors as { values: { candidates: string } }[])[0]!.values.candidates)).toContain(
      `${w.a.kabupaten.code}022001`,
    );
    expect(rows.get(7)).toMatchObject({ outcome: "CREATE" });
    expect(rows.get(8)!.errors).toMatchObject([{ column: "Serikat", value: "Serikat Tidak Ada", key: "import.area.unknownSerikat" }]);
    expect(rows.get(9)).toMatchObject({ outcome: "CREATE", data: { value: { fullName: "=cmd|' /C calc'!A0" } } });
  });

  it("a district user's rows in another kabupaten are errors; names without a kabupaten use hers", async () => {
    const f = csvFile([
      ["Nama", "Jabatan", "Serikat", "Desa", "Kabupaten"],
      ["Wartini Dua", "Kader", "Serikat A2", w.a2.desa.name, w.a2.name],
      ["Inaq Tiga", "Kader", "Serikat A1", w.a.desa.name, ""],
    ]);
    const r = await previewImportFile(w.users.staffA1, "KADER", { name: "kader.csv", bytes: f });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rows = await byRow(w.users.staffA1, r.value.id);
    expect(rows.get(2)!.errors).toEqual([{ column: "Kabupaten", value: w.a2.name, key: "import.area.outsideScope" }]);
    expect(rows.get(3)).toMatchObject({ outcome: "CREATE", data: { value: { desaId: w.a.desa.id } } });
  });

  it("names what is wrong with an area: a code in another kabupaten, a kabupaten needed, a closed serikat, two kabupaten of one name", async () => {
    await w.prisma.serikat.create({
      data: { name: "Serikat Tutup", kabupatenId: w.a.kabupaten.id, provinceId: w.a.province.id, active: false },
    });
    const kota = await makeKabupaten(w.prisma, w.a.province.id, { name: "A2", kind: "KOTA" });
    const f = csvFile([
      HEADER,
      ["Ina Satu", "Kader", "", "", "", "Serikat A1", codeA, "", "", w.a2.name], // 2 the code is in kabupaten A, not A2
      ["Ina Dua", "Kader", "", "", "", "Serikat A1", "", "Sukamaju", "", ""], // 3 a name without kabupaten, national user
      ["Ina Tiga", "Kader", "", "", "", "Serikat Tutup", codeA, "", "", ""], // 4 closed serikat
      ["Ina Empat", "Kader", "", "", "", "Serikat A2", "", "Uji", "", "a2"], // 5 Kabupaten A2 or Kota A2?
      ["Ina Lima", "Kader", "", "", "", "Serikat A1", "5201", "", "", ""], // 6 a kabupaten code, not a desa code
    ]);
    const r = await previewImportFile(w.users.national, "KADER", { name: "k.csv", bytes: f });
    if (!r.ok) throw new Error("preview failed");
    const rows = await byRow(w.users.national, r.value.id);
    expect(rows.get(2)!.errors).toMatchObject([{ column: "Kode desa", key: "import.area.desaNotInKabupaten" }]);
    expect(rows.get(3)!.errors).toMatchObject([{ column: "Kabupaten", key: "import.area.kabupatenNeeded" }]);
    expect(rows.get(4)!.errors).toMatchObject([{ column: "Serikat", key: "import.area.serikatInactive" }]);
    expect(rows.get(5)!.errors).toMatchObject([{ column: "Kabupaten", key: "import.area.ambiguousKabupaten" }]);
    expect(String((rows.get(5)!.errors as { values: { candidates: string } }[])[0]!.values.candidates)).toContain(kota.code);
    expect(rows.get(6)!.errors).toMatchObject([{ column: "Kode desa", key: "import.area.notDesaCode" }]);
  });

  it("refuses whole files with one reason: not a spreadsheet, a missing column, no rows", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n");
    expect(await previewImportFile(w.users.coordA, "KADER", { name: "kader.xlsx", bytes: pdf })).toEqual({
      ok: false,
      fieldErrors: { file: { key: "import.file.unknownFormat" } },
    });
    expect(
      await previewImportFile(w.users.coordA, "KADER", {
        name: "k.csv",
        bytes: csvFile([
          ["Nama", "Desa"],
          ["Siti", "X"],
        ]),
      }),
    ).toEqual({
      ok: false,
      fieldErrors: { file: { key: "import.file.missingColumns", values: { columns: "Jabatan, Serikat", count: 2 } } },
    });
    expect(await previewImportFile(w.users.coordA, "KADER", { name: "k.csv", bytes: csvFile([HEADER]) })).toEqual({
      ok: false,
      fieldErrors: { file: { key: "import.file.noRows" } },
    });
  });

  it("the same file again after its commit changes nothing", async () => {
    const f = csvFile([HEADER, ["Nengah Ayu", "Kader", "0812 3400 0099", "1990", "2020", "Serikat A1", codeA, "", "", ""]]);
    const first = await previewImportFile(w.users.coordA, "KADER", { name: "k.csv", bytes: f });
    if (!first.ok) throw new Error("preview failed");
    expect(first.value.counts).toMatchObject({ CREATE: 1 });
    expect(await commitImport(w.users.coordA, kaderImport, first.value.id, { skipErrors: false })).toMatchObject({ ok: true });
    const again = await previewImportFile(w.users.coordA, "KADER", { name: "k.csv", bytes: f });
    if (!again.ok) throw new Error("preview failed");
    expect(again.value.counts).toMatchObject({ CREATE: 0, UPDATE: 0, UNCHANGED: 1 });
  });

  it("the template has the headers, a Jabatan drop-down, her serikat and the desa codes of her area only", async () => {
    const t = await kaderTemplate(w.users.coordA, "xlsx");
    expect(t.fileName).toBe("templat-kader.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(t.body) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Kader", "Serikat", "Kode wilayah"]);
    const list = wb.getWorksheet("Kader")!;
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(kaderSheet.headers);
    expect(list.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(list.getCell("B2").dataValidation).toMatchObject({ type: "list", formulae: ['"Kader,Ketua,Sekretaris,Bendahara,Pengurus"'] });
    const serikat = wb.getWorksheet("Serikat")!.getColumn(1).values.slice(2);
    expect(serikat).toEqual(expect.arrayContaining(["Serikat A1", "Serikat A2"]));
    expect(serikat).not.toContain("Serikat B");
    const codes = wb.getWorksheet("Kode wilayah")!.getColumn(4).values.slice(2);
    expect(codes).toContain(`${w.a.kabupaten.code}012001`);
    expect(codes).not.toContain(`${w.b.kabupaten.code}012001`);
    // The template's own list sheet reads back and binds to the sheet.
    const { headers } = await readRows(t.body, "xlsx");
    expect(() => kaderSheet.bind(headers)).not.toThrow();
    // A district user's template: her kabupaten only.
    const d = new ExcelJS.Workbook();
    await d.xlsx.load(Buffer.from((await kaderTemplate(w.users.staffA1, "xlsx")).body) as unknown as ArrayBuffer);
    expect(d.getWorksheet("Serikat")!.getColumn(1).values.slice(2)).toEqual(["Serikat A1"]);
  });

  it("the CSV template is the headers and an example row that previews as one row", async () => {
    const t = await kaderTemplate(w.users.coordA, "csv");
    expect([...t.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so Excel reads UTF-8
    expect(new TextDecoder().decode(t.body).startsWith("Nama lengkap;Jabatan;No. HP")).toBe(true);
    const { headers, rows } = await readRows(t.body, "csv");
    expect(headers).toEqual(kaderSheet.headers);
    expect(rows).toHaveLength(1);
  });
});
