// The participants sheet (lib/import/sheets/participants.ts): a column per
// training day, found whatever form the header's date is written in; a header
// naming a day outside the training stops the file; aliases; ya/tidak cells;
// a formula-looking name stays text and is looked up as such.
import { describe, expect, it } from "vitest";
import { ImportFileError } from "@/lib/import/errors";
import type { ReadRow } from "@/lib/import/sheet";
import {
  checkParticipantRow,
  dayHeader,
  dayOfHeader,
  participantsSheet,
  type KaderQuery,
  type KaderResolver,
} from "@/lib/import/sheets/participants";

const DAYS = ["2026-03-12", "2026-03-13", "2026-03-14"];
const sheet = participantsSheet(DAYS);
const NOW = new Date("2026-06-01T00:00:00Z");

function problem(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportFileError) return e.problem;
    throw e;
  }
  return null;
}

/** A resolver that knows Siti Aminah (id 7) by id and name, and records what it was asked. */
function resolver(): KaderResolver & { asked: KaderQuery[] } {
  const asked: KaderQuery[] = [];
  return {
    asked,
    find(q) {
      asked.push(q);
      if (q.id === 7 || q.name?.toLowerCase() === "siti aminah") return { ok: true, kaderId: 7, fullName: "Siti Aminah" };
      return { ok: false, column: q.id !== undefined ? "kaderId" : "name", key: "import.participants.kaderNotFound" };
    },
  };
}

function check(headers: string[], cells: unknown[], r = resolver()) {
  const bound = sheet.bind(headers);
  const row: ReadRow = { rowNumber: 2, cells: Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? null) as never])) };
  return checkParticipantRow(sheet, bound, row, bound.check(row), r);
}

describe("participants sheet", () => {
  it("the template writes a column per training day, after the kader, role and completion columns", () => {
    expect(sheet.headers).toEqual([
      "ID kader",
      "Nama kader",
      "Desa",
      "Kabupaten",
      "No. HP",
      "Peran",
      "Selesai",
      "Hadir 12/03/2026",
      "Hadir 13/03/2026",
      "Hadir 14/03/2026",
    ]);
    expect(dayHeader("2026-03-12")).toBe("Hadir 12/03/2026");
  });

  it("reads a day header in the forms spreadsheets write a date in", () => {
    for (const h of [
      "Hadir 12/03/2026",
      "hadir 12-03-2026",
      "12/03/2026",
      "12.03.26",
      "2026-03-12",
      "Hadir 12 Maret 2026",
      "Tanggal 12 Mar 2026",
      "Attended 12 March 2026",
      "Kehadiran: 12/3/2026",
      "46093", // Excel's serial number of 12 March 2026, as a header cell holding a date number
    ])
      expect(dayOfHeader(h, NOW), h).toBe("2026-03-12");
    for (const h of ["Hadir", "Nama kader", "Tanggal lahir", "2026", "Desa"]) expect(dayOfHeader(h, NOW), h).toBeNull();
  });

  it("binds day columns by the day they name, and a day outside the training stops the file", () => {
    const r = check(["Nama kader", "12 Maret 2026", "2026-03-14"], ["Siti Aminah", "ya", "tidak"]);
    expect(r).toEqual({
      rowNumber: 2,
      value: { kaderId: 7, kaderName: "Siti Aminah", attendance: { "2026-03-12": true, "2026-03-14": false } },
    });
    expect(problem(() => sheet.bind(["Nama kader", "Hadir 15/03/2026"]))).toEqual({
      key: "import.participants.dayOutside",
      values: { column: "Hadir 15/03/2026", days: "12/03/2026, 13/03/2026, 14/03/2026" },
    });
    // Two columns for one day: which two.
    expect(problem(() => sheet.bind(["Nama kader", "Hadir 12/03/2026", "2026-03-12"]))).toMatchObject({
      key: "import.file.duplicateColumn",
    });
  });

  it("needs a kader id or a name column, and takes English and short aliases", () => {
    expect(problem(() => sheet.bind(["Peran", "Selesai"]))).toMatchObject({ key: "import.file.missingOneOf" });
    const r = check(["Kader ID", "Role", "Completed", "Hadir 13/03/2026"], [7, "Facilitator", "yes", "1"]);
    expect(r.value).toEqual({
      kaderId: 7,
      kaderName: "Siti Aminah",
      role: "FACILITATOR",
      completed: true,
      attendance: { "2026-03-13": true },
    });
  });

  it("reads ya/tidak the ways attendance sheets write them; a blank day is absent, a blank role or completion is left out", () => {
    const headers = ["ID kader", "Peran", "Selesai", ...DAYS.map(dayHeader)];
    const r = check(headers, [7, "", "", "hadir", 0, null]);
    expect(r.value).toEqual({
      kaderId: 7,
      kaderName: "Siti Aminah",
      attendance: { "2026-03-12": true, "2026-03-13": false, "2026-03-14": false },
    });
    expect(check(headers, [7, "Narasumber", "Tidak", "v", true, "x"]).value).toMatchObject({
      role: "RESOURCE_PERSON",
      completed: false,
      attendance: { "2026-03-12": true, "2026-03-13": true, "2026-03-14": true },
    });
  });

  it("every wrong cell is named with its column, its value and the reason", () => {
    const headers = ["ID kader", "Peran", "Selesai", "Hadir 12/03/2026"];
    const r = check(headers, ["tujuh", "Ketua", "mungkin", "#N/A"]);
    expect(r.errors).toEqual([
      { column: "ID kader", value: "tujuh", key: "import.cell.notNumber" },
      { column: "Peran", value: "Ketua", key: "import.cell.notChoice", values: { choices: "Peserta, Fasilitator, Narasumber" } },
      { column: "Selesai", value: "mungkin", key: "import.cell.notYesNo" },
      { column: "Hadir 12/03/2026", value: "#N/A", key: "import.cell.spreadsheetError" },
    ]);
    expect(check(["ID kader", "Nama kader"], ["", ""]).errors).toEqual([
      { column: "ID kader", value: "", key: "import.participants.kaderNeeded" },
    ]);
  });

  it("a formula-looking name is text, looked up as written and reported unknown, never evaluated", () => {
    const r = resolver();
    const out = check(
      ["Nama kader", "Desa", "Kabupaten", "No. HP"],
      ["=cmd|' /C calc'!A0", "Sukamaju", "Kab. Lombok Timur", 81234567890],
      r,
    );
    expect(r.asked).toEqual([{ name: "=cmd|' /C calc'!A0", desa: "Sukamaju", kabupaten: "Kab. Lombok Timur", phone: "081234567890" }]);
    expect(out.errors).toEqual([{ column: "Nama kader", value: "=cmd|' /C calc'!A0", key: "import.participants.kaderNotFound" }]);
  });
});
