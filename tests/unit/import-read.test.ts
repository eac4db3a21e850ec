// Reading files (lib/import/sniff.ts, read.ts): the format by content, rows
// streamed with their spreadsheet numbers, formulas never evaluated, hostile
// cells read as plain text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bigXlsxFile, csvFile, xlsxFile } from "../support/import-files";
import { ImportFileError, MAX_FILE_BYTES } from "@/lib/import/errors";
import { readRows } from "@/lib/import/read";
import { detectDelimiter } from "@/lib/import/read-csv";
import { checkFile, sniffFormat } from "@/lib/import/sniff";

async function fileProblem(f: () => unknown) {
  try {
    await f();
  } catch (e) {
    if (e instanceof ImportFileError) return e.key;
    throw e;
  }
  return null;
}

const bytes = (...b: number[]) => new Uint8Array(b);

describe("sniffing", () => {
  it("knows XLSX and CSV by content, whatever the name", async () => {
    expect(sniffFormat(await xlsxFile([["Nama"], ["Siti"]]))).toBe("xlsx");
    expect(sniffFormat(csvFile([["Nama"], ["Siti"]], { bom: true }))).toBe("csv");
    expect(sniffFormat(new TextEncoder().encode("Nama;Desa\nSiti;Sakra\n"))).toBe("csv");
  });

  it("refuses renamed PDFs, executables, old .xls, other zips, NUL bytes, non-UTF-8 text", () => {
    expect(sniffFormat(new TextEncoder().encode("%PDF-1.7\n1 0 obj\n"))).toBeNull();
    expect(sniffFormat(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull();
    expect(sniffFormat(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBeNull();
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode("word/document.xml")]))).toBeNull();
    expect(sniffFormat(new TextEncoder().encode("Nama\u0000;Desa"))).toBeNull();
    expect(sniffFormat(bytes(0x4e, 0x61, 0x6d, 0x61, 0xe9, 0x0a))).toBeNull(); // "Namaé" in Latin-1
    expect(sniffFormat(new Uint8Array())).toBeNull();
  });

  it("checks the size before anything else", async () => {
    expect(await fileProblem(() => checkFile(new Uint8Array(MAX_FILE_BYTES + 1)))).toBe("import.file.tooLarge");
    expect(await fileProblem(() => checkFile(new Uint8Array()))).toBe("import.file.empty");
    expect(await fileProblem(() => checkFile(bytes(0x4d, 0x5a)))).toBe("import.file.unknownFormat");
  });
});

describe("reading XLSX", () => {
  it("gives rows with their spreadsheet numbers, skipping blank rows, formulas as their cached result", async () => {
    const f = await xlsxFile([
      [],
      ["Nama", "Tahun lahir", "Tanggal", "Rumus", "Teks kaya", "Tautan", "Galat"],
      [
        "Siti",
        1985,
        new Date(Date.UTC(2026, 11, 31)),
        { formula: "1+1", result: 2 },
        { richText: [{ text: "Ba" }, { text: "iq", font: { bold: true } }] },
        { text: "situs", hyperlink: "https://example.org" },
        { error: "#N/A" },
      ],
      [null, null, null],
      ["Ina", "1.234", null, { formula: 'A3&"x"', result: "Sitix" }],
    ]);
    const { headers, rows } = await readRows(f, "xlsx");
    expect(headers).toEqual(["Nama", "Tahun lahir", "Tanggal", "Rumus", "Teks kaya", "Tautan", "Galat"]);
    expect(rows.map((r) => r.rowNumber)).toEqual([3, 5]);
    expect(rows[0]!.cells).toEqual({
      Nama: "Siti",
      "Tahun lahir": 1985,
      Tanggal: new Date(Date.UTC(2026, 11, 31)),
      Rumus: 2,
      "Teks kaya": "Baiq",
      Tautan: "situs",
      Galat: "#N/A",
    });
    expect(rows[1]!.cells).toMatchObject({ Nama: "Ina", "Tahun lahir": "1.234", Rumus: "Sitix" });
  });

  it("reads only the first sheet, keeps repeated headers apart, refuses a broken workbook", async () => {
    const f = await xlsxFile(
      [
        ["Nama", "Nama"],
        ["Siti", "Ina"],
      ],
      { extraSheets: { "Kode wilayah": [["Kode"], ["5201"]] } },
    );
    const { headers, rows } = await readRows(f, "xlsx");
    expect(headers).toEqual(["Nama", "Nama (2)"]);
    expect(rows).toEqual([{ rowNumber: 2, cells: { Nama: "Siti", "Nama (2)": "Ina" } }]);
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode("xl/workbook.xml garbage")]);
    expect(sniffFormat(broken)).toBe("xlsx");
    expect(await fileProblem(() => readRows(broken, "xlsx"))).toMatch(/import\.file\.(unreadable|empty)/);
  });

  it("streams 25 000 rows", { timeout: 60_000 }, async () => {
    const f = await bigXlsxFile(["Nama", "No. HP"], 25_000, (i) => [`Kader ${i}`, 81200000000 + i]);
    let n = 0;
    let last = 0;
    const { openRows } = await import("@/lib/import/read");
    const { rows } = await openRows(f, "xlsx");
    for await (const r of rows) {
      n++;
      last = r.rowNumber;
    }
    expect(n).toBe(25_000);
    expect(last).toBe(25_001);
  });
});

describe("reading CSV", () => {
  it("detects ; , or tab outside quotes", () => {
    expect(detectDelimiter('Nama;Desa\nSiti;"Sakra, Timur"')).toBe(";");
    expect(detectDelimiter('"Nama; lengkap",Desa\n')).toBe(",");
    expect(detectDelimiter("Nama\tDesa\n")).toBe("\t");
    expect(detectDelimiter("Nama\n")).toBe(",");
  });

  it("numbers rows as a spreadsheet would (blank lines count, quoted line breaks do not)", async () => {
    const f = new TextEncoder().encode('\uFEFFNama;Catatan\r\nSiti;"baris\r\nkedua"\r\n\r\nIna;x\r\n');
    const { headers, rows } = await readRows(f, "csv");
    expect(headers).toEqual(["Nama", "Catatan"]);
    expect(rows).toEqual([
      { rowNumber: 2, cells: { Nama: "Siti", Catatan: "baris\r\nkedua" } },
      { rowNumber: 4, cells: { Nama: "Ina", Catatan: "x" } },
    ]);
  });

  it("keeps formulas as text and reads hostile cells as they are", async () => {
    const hostile = ["=1+1", "=cmd|' /C calc'!A0", "@SUM(A1)", "x".repeat(10_000), "\u202eanimA", "<script>x</script>", "Ina 🌺"];
    const { rows } = await readRows(csvFile([["Nama"], ...hostile.map((h) => [h])], { sep: "," }), "csv");
    expect(rows.map((r) => r.cells.Nama)).toEqual(hostile);
  });

  it("never throws anything but a file error, whatever the text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (s) => {
        const b = new TextEncoder().encode(s);
        if (sniffFormat(b) !== "csv") return;
        try {
          await readRows(b, "csv");
        } catch (e) {
          expect(e).toBeInstanceOf(ImportFileError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
