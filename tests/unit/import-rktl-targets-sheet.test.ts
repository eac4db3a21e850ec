// The RKTL targets sheet (lib/import/sheets/rktl-targets.ts) and the months
// spreadsheets write (toMonth): a row becomes the target form's input, or
// reasons on the sheet's own columns; a kabupaten the finder does not know is
// an error on "Kabupaten"; formulas are text, never evaluated.
import { describe, expect, it } from "vitest";
import { toMonth } from "@/lib/import/normalise";
import { checkTargetRow, rktlTargetsSheet, type KabupatenFinder } from "@/lib/import/sheets/rktl-targets";
import type { ReadRow } from "@/lib/import/sheet";

const NOW = new Date(Date.UTC(2026, 11, 4));

describe("months", () => {
  it.each([
    ["2026-10", "2026-10"],
    ["2026/3", "2026-03"],
    ["10/2026", "2026-10"],
    ["3-26", "2026-03"],
    ["Oktober 2026", "2026-10"],
    ["okt 2026", "2026-10"],
    ["Okt-26", "2026-10"],
    ["Des. 2026", "2026-12"],
    ["March 2027", "2027-03"],
    ["15/10/2026", "2026-10"], // a day of the month
    ["1 Oktober 2026", "2026-10"],
    ["2026-13", null],
    ["Foo 2026", null],
    ["13/2026", null],
  ])("%j → %j", (raw, want) => expect(toMonth(raw, NOW)).toBe(want));

  it("reads date cells and serial numbers as their month", () => {
    expect(toMonth(new Date(Date.UTC(2026, 9, 1)), NOW)).toBe("2026-10");
    expect(toMonth(46296, NOW)).toBe("2026-10"); // 2026-10-01
    expect(toMonth(null, NOW)).toBeNull();
  });
});

const bound = rktlTargetsSheet.bind(["Kegiatan", "Jenis kegiatan", "Jumlah target", "Satuan", "Kabupaten", "Penanggung jawab", "Bulan"]);

const finder: KabupatenFinder = (text) =>
  text.toLowerCase().includes("lombok timur") ? { ok: true, value: { id: 7 } } : { ok: false, key: "import.area.unknownKabupaten" };

function row(cells: Partial<Record<string, string | number | Date | null>>, rowNumber = 2): ReadRow {
  return {
    rowNumber,
    cells: {
      Kegiatan: "Menyelenggarakan KLIK PEKKA",
      "Jenis kegiatan": "Sesi KLIK PEKKA",
      "Jumlah target": "4",
      Satuan: "sesi",
      Kabupaten: "Kab. Lombok Timur",
      "Penanggung jawab": "Siti Aminah",
      Bulan: "Oktober 2026",
      ...cells,
    },
  };
}

const check = (r: ReadRow) => checkTargetRow(bound, r, bound.check(r), finder);

describe("a target row", () => {
  it("becomes the form's input", () => {
    expect(check(row({}))).toEqual({
      rowNumber: 2,
      value: {
        activity: "Menyelenggarakan KLIK PEKKA",
        kind: "KLIK_SESSION",
        quantity: 4,
        unit: "sesi",
        kabupatenId: 7,
        responsible: "Siti Aminah",
        plannedMonth: new Date(Date.UTC(2026, 9, 1)),
      },
    });
  });

  it("accepts the English kind and a number cell", () => {
    const r = check(row({ "Jenis kegiatan": "socialisation", "Jumlah target": 12 }));
    expect(r.value).toMatchObject({ kind: "SOCIALISATION", quantity: 12 });
  });

  it("names every wrong column with its value and reason", () => {
    const r = check(row({ "Jumlah target": "0", Kabupaten: "Kab. Bima", Bulan: "Okt", "Jenis kegiatan": "Pesta" }));
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ column: "Jenis kegiatan", value: "Pesta", key: "import.cell.notChoice" }),
        expect.objectContaining({ column: "Kabupaten", value: "Kab. Bima", key: "import.area.unknownKabupaten" }),
        expect.objectContaining({ column: "Bulan", value: "Okt", key: "import.cell.notMonth" }),
      ]),
    );
    const zero = check(row({ "Jumlah target": "0" }));
    expect(zero.errors).toEqual([expect.objectContaining({ column: "Jumlah target", key: "rktl.validation.quantityPositive" })]);
  });

  it("keeps a formula as text (never evaluated) and checks it like any text", () => {
    const r = check(row({ Kegiatan: '=HYPERLINK("http://x","klik")', Satuan: "=1+1" }));
    expect(r.value).toMatchObject({ activity: '=HYPERLINK("http://x","klik")', unit: "=1+1" });
  });
});
