// The column spec (lib/import/sheet.ts): headers found whatever their case,
// spacing or order; a missing required column is one file-level error naming
// it; each wrong cell is a CellError with the column as the file writes it.
import { describe, expect, it } from "vitest";
import { ImportFileError } from "@/lib/import/errors";
import { defineSheet, headerKey } from "@/lib/import/sheet";

const sheet = defineSheet({
  columns: [
    { key: "name", header: "Nama lengkap", aliases: ["Nama", "Full name"], required: true, type: "text", maxLength: 120 },
    { key: "born", header: "Tahun lahir", aliases: ["Birth year"], type: "year" },
    { key: "phone", header: "No. HP", aliases: ["Phone"], type: "phone" },
    { key: "day", header: "Tanggal", type: "date" },
    { key: "here", header: "Hadir", type: "boolean" },
    { key: "count", header: "Jumlah", type: "integer" },
    {
      key: "role",
      header: "Jabatan",
      type: "choice",
      choices: [
        { value: "KADER", labels: ["Kader"] },
        { value: "KETUA", labels: ["Ketua", "Chair"] },
      ],
    },
    { key: "desaCode", header: "Kode desa", type: "areaCode" },
    { key: "desa", header: "Desa", aliases: ["Desa/Kelurahan"], type: "text" },
  ],
  anyOf: [["desaCode", "desa"]],
});

function problem(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportFileError) return e.problem;
    throw e;
  }
  return null;
}

describe("sheet", () => {
  it("matches headers without case, spaces, punctuation, marks or notes", () => {
    expect(headerKey(" NO HP ")).toBe(headerKey("No. HP"));
    expect(headerKey("Nama lengkap *")).toBe(headerKey("nama_lengkap"));
    expect(headerKey("Kode desa (10 digit)")).toBe(headerKey("KODE DESA"));
    const b = sheet.bind(["DESA", "no hp", "  nama LENGKAP* ", "Catatan"]);
    expect(b.has("name") && b.has("phone") && b.has("desa")).toBe(true);
    expect(b.has("born")).toBe(false);
    expect(b.column("name")).toBe("  nama LENGKAP* ");
    expect(b.column("born")).toBe("Tahun lahir");
    expect(sheet.bind(["Full name", "Phone", "Desa/Kelurahan"]).has("desa")).toBe(true);
  });

  it("names the missing required columns, one of a group, or a column given twice", () => {
    expect(problem(() => sheet.bind(["Tahun lahir", "Desa"]))).toEqual({
      key: "import.file.missingColumns",
      values: { columns: "Nama lengkap", count: 1 },
    });
    expect(problem(() => sheet.bind(["Nama"]))).toEqual({ key: "import.file.missingOneOf", values: { columns: "Kode desa / Desa" } });
    expect(problem(() => sheet.bind(["Nama", "Full name", "Desa"]))).toEqual({
      key: "import.file.duplicateColumn",
      values: { column: "Full name", other: "Nama" },
    });
  });

  it("types each cell and explains each wrong one with the column and value as in the file", () => {
    const b = sheet.bind(["nama", "tahun lahir", "no hp", "tanggal", "hadir", "jumlah", "jabatan", "kode desa"]);
    const good = b.check({
      rowNumber: 2,
      cells: {
        nama: "  Siti   Aminah ",
        "tahun lahir": "1985",
        "no hp": 81234567890,
        tanggal: "31 Des 2026",
        hadir: "ya",
        jumlah: "1.234",
        jabatan: "ketua",
        "kode desa": "52.01.01.2001",
      },
    });
    expect(good).toEqual({
      rowNumber: 2,
      values: {
        name: "Siti Aminah",
        born: 1985,
        phone: "081234567890",
        day: "2026-12-31",
        here: true,
        count: 1234,
        role: "KETUA",
        desaCode: "5201012001",
      },
      errors: [],
    });
    const bad = b.check({
      rowNumber: 7,
      cells: {
        nama: "",
        "tahun lahir": "85x",
        "no hp": "12ab",
        tanggal: "31/02/2026",
        hadir: "mungkin",
        jumlah: "1,5",
        jabatan: "Bos",
        "kode desa": "#N/A",
      },
    });
    expect(bad.values).toEqual({});
    expect(bad.errors).toEqual([
      { column: "nama", value: "", key: "import.cell.required" },
      { column: "tahun lahir", value: "85x", key: "import.cell.notYear" },
      { column: "no hp", value: "12ab", key: "import.cell.notPhone" },
      { column: "tanggal", value: "31/02/2026", key: "import.cell.notDate" },
      { column: "hadir", value: "mungkin", key: "import.cell.notYesNo" },
      { column: "jumlah", value: "1,5", key: "import.cell.notNumber" },
      { column: "jabatan", value: "Bos", key: "import.cell.notChoice", values: { choices: "Kader, Ketua" } },
      { column: "kode desa", value: "#N/A", key: "import.cell.spreadsheetError" },
    ]);
  });

  it("bounds long cells and shortens the value an error quotes", () => {
    const b = sheet.bind(["Nama", "Desa"]);
    const r = b.check({ rowNumber: 3, cells: { Nama: "x".repeat(10_000), Desa: "Sakra" } });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ column: "Nama", key: "import.cell.tooLong", values: { max: 120 } });
    expect(r.errors[0]!.value.length).toBeLessThanOrEqual(100);
  });

  it("maps zod field errors to the columns they come from", () => {
    const b = sheet.bind(["Nama", "Desa"]);
    const row = { rowNumber: 4, cells: { Nama: "Si", Desa: "Sakra" } };
    expect(b.fromFieldErrors(row, { fullName: { key: "validation.tooShort", values: { min: 3 } } }, { fullName: "name" })).toEqual([
      { column: "Nama", value: "Si", key: "validation.tooShort", values: { min: 3 } },
    ]);
  });
});

describe("hostile cells", () => {
  it("every column answers a value or a CellError with a short value, never throws", async () => {
    const fc = (await import("fast-check")).default;
    const { hostileText } = await import("../support/hostile");
    const b = sheet.bind(sheet.headers);
    const cell = fc.oneof(hostileText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: sheet.headers.length, maxLength: sheet.headers.length }), (cells) => {
        const r = b.check({ rowNumber: 2, cells: Object.fromEntries(sheet.headers.map((h, i) => [h, cells[i] ?? null])) });
        for (const e of r.errors) expect(e.value.length).toBeLessThanOrEqual(100);
        for (const v of Object.values(r.values)) if (typeof v === "string") expect(v).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(r.errors.length + Object.keys(r.values).length).toBeLessThanOrEqual(sheet.headers.length);
      }),
      { numRuns: 300 },
    );
  });
});
