// The KLIK cases sheet (lib/import/sheets/klik-cases.ts): the desk from its
// label, the issue type among that desk's own (label or code, whatever the case
// or spacing), the form's rules (referral when referred, the name required), a
// violence row refused with nothing of it kept but the desk cell, and hostile
// cells read as plain text, never as anything else.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkKlikCaseRow, isViolenceRow, issueTypeOf, klikCasesSheet } from "@/lib/import/sheets/klik-cases";
import type { RawCell } from "@/lib/import/normalise";

const HEADER = ["Meja", "Jenis masalah", "Nama", "Status", "Dirujuk ke"];

function check(cells: RawCell[], header = HEADER) {
  const bound = klikCasesSheet.bind(header);
  const row = { rowNumber: 5, cells: Object.fromEntries(header.map((h, i) => [h, cells[i] ?? null])) };
  return checkKlikCaseRow(bound, row, bound.check(row));
}

describe("KLIK cases sheet", () => {
  it("reads a row: desk by its label or short name, issue type by label or code, status by label", () => {
    expect(check(["Meja pendaftaran", "Pengunjung baru", "  Siti   Aminah ", "Diterima", ""])).toEqual({
      rowNumber: 5,
      value: { desk: "REGISTRATION", issueType: "NEW_VISITOR", personName: "Siti Aminah", status: "RECEIVED" },
    });
    expect(check(["identitas hukum", "akta  KELAHIRAN", "Baiq Nur", "dirujuk", "Dukcapil Lombok Timur"]).value).toEqual({
      desk: "LEGAL_IDENTITY",
      issueType: "BIRTH_CERTIFICATE",
      personName: "Baiq Nur",
      status: "REFERRED",
      referralInstitution: "Dukcapil Lombok Timur",
    });
    expect(check(["Social protection desk", "jkn_enrolment", "Inaq Rabiah", "In progress", ""]).value).toMatchObject({
      desk: "SOCIAL_PROTECTION",
      issueType: "JKN_ENROLMENT",
      status: "IN_PROGRESS",
    });
    // English headers.
    expect(check(["Registration", "Consultation", "Lale", "Resolved"], ["Desk", "Issue type", "Name", "Case status"]).value).toMatchObject({
      desk: "REGISTRATION",
      issueType: "CONSULTATION",
    });
  });

  it("takes an issue type only from the row's own desk, and says which are the desk's", () => {
    expect(issueTypeOf("LEGAL_IDENTITY", "KTP")).toBe("ID_CARD");
    expect(issueTypeOf("REGISTRATION", "KTP")).toBeNull();
    const r = check(["Meja pendaftaran", "KTP", "Siti", "Diterima", ""]);
    expect(r.errors).toEqual([
      {
        column: "Jenis masalah",
        value: "KTP",
        key: "import.klik.issueTypeDesk",
        values: { desk: "Meja pendaftaran", choices: "Pengunjung baru, Permintaan informasi, Konsultasi" },
      },
    ]);
    // An unknown desk: that column is the reason, the issue type is not judged against it.
    expect(check(["Meja dapur", "KTP", "Siti", "Diterima", ""]).errors).toEqual([
      expect.objectContaining({ column: "Meja", value: "Meja dapur", key: "import.cell.notChoice" }),
    ]);
  });

  it("keeps the form's rules: a referred case names where to, and the name is required (saying why)", () => {
    expect(check(["Meja perlindungan sosial", "Bantuan tunai PKH", "Siti", "Dirujuk", ""]).errors).toEqual([
      { column: "Dirujuk ke", value: "", key: "klik.validation.referralRequired" },
    ]);
    expect(check(["Meja perlindungan sosial", "Bantuan tunai PKH", "", "Diterima", ""]).errors).toEqual([
      { column: "Nama", value: "", key: "import.klik.nameRequired" },
    ]);
  });

  it("refuses a violence row and keeps only its desk cell: no name, issue or referral in the error", () => {
    const secret = ["Meja pengaduan kekerasan", "Kekerasan dalam rumah tangga", "Rahayu Rahasia", "Dirujuk", "P2TP2A Lombok"];
    const r = check(secret);
    expect(r).toEqual({ rowNumber: 5, errors: [{ column: "Meja", value: "Meja pengaduan kekerasan", key: "import.klik.violenceRow" }] });
    const kept = JSON.stringify(r);
    for (const s of secret.slice(1)) expect(kept).not.toContain(s);
    // The desk named otherwise, or a violence issue at an open desk: the same.
    for (const desk of ["kekerasan", "Violence complaints desk", "VIOLENCE", "pengaduan  kekerasan"])
      expect(check([desk, "Lainnya", "Rahayu", "Diterima", ""]).errors).toEqual([
        expect.objectContaining({ key: "import.klik.violenceRow" }),
      ]);
    const misplaced = check(["Meja pendaftaran", "Kekerasan seksual", "Rahayu Rahasia", "Diterima", ""]);
    expect(misplaced.errors).toEqual([{ column: "Meja", value: "Meja pendaftaran", key: "import.klik.violenceRow" }]);
    expect(JSON.stringify(misplaced)).not.toMatch(/Rahayu|seksual/);
    expect(isViolenceRow("Meja pendaftaran", "Lainnya")).toBe(false);
    // A desk cell holding more than a desk's name: the violence desk's name is kept instead, never the cell.
    const noted = check(["Kekerasan: Rahayu Rahasia dipukul suami", "Lainnya", "Rahayu Rahasia", "Diterima", ""]);
    expect(noted.errors).toEqual([{ column: "Meja", value: "Meja pengaduan kekerasan", key: "import.klik.violenceRow" }]);
    expect(check(["Meja pendaftaran", "KDRT", "Rahayu Rahasia", "Diterima", ""]).errors).toEqual([
      { column: "Meja", value: "Meja pendaftaran", key: "import.klik.violenceRow" },
    ]);
  });

  it("reads hostile cells as plain text: a formula is a name like any other, never a desk, issue type or status", () => {
    const formula = "=cmd|' /C calc'!A0";
    expect(check(["Meja pendaftaran", "Konsultasi", formula, "Diterima", ""]).value).toMatchObject({ personName: formula });
    const r = check([formula, formula, "Siti", formula, ""]);
    expect(r.errors).toEqual([
      expect.objectContaining({ column: "Meja", value: formula, key: "import.cell.notChoice" }),
      expect.objectContaining({ column: "Status", value: formula, key: "import.cell.notChoice" }),
    ]);
    expect(check(["Meja pendaftaran", "#REF!", "Siti", "Diterima", ""]).errors).toEqual([
      expect.objectContaining({ column: "Jenis masalah", key: "import.cell.spreadsheetError" }),
    ]);
  });

  it("never throws on any cell, and a row it accepts is always at an open desk with one of that desk's issue types", async () => {
    const { hostileText } = await import("../support/hostile");
    const cell = fc.oneof(hostileText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 5, maxLength: 5 }), (cells) => {
        const r = check(cells as RawCell[]);
        if (r.value) {
          expect(r.value.desk).not.toBe("VIOLENCE");
          expect(issueTypeOf(r.value.desk, r.value.issueType)).toBe(r.value.issueType);
        } else expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
