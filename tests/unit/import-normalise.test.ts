// Spreadsheet habits (lib/import/normalise.ts): what a coordinator's sheet
// holds, read as she meant it; hostile cells come back as plain, bounded text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileText } from "../support/hostile";
import {
  areaKey,
  areaName,
  cleanText,
  isErrorText,
  nameKey,
  toAreaCode,
  toBoolean,
  toDay,
  toInteger,
  toPhone,
  toYear,
} from "@/lib/import/normalise";

const NOW = new Date("2026-12-03T00:00:00Z");

describe("text", () => {
  it("is NFC, without controls, zero-width or bidi characters, single-spaced and trimmed", () => {
    expect(cleanText("  Siti \t  Aminah\n")).toBe("Siti Aminah");
    expect(cleanText("Sit\u200bi\u0000 Ami\u202enah\ufeff")).toBe("Siti Aminah");
    expect(cleanText("Nove\u0301na")).toBe("Novéna"); // combining accent composed
    expect(cleanText("\u00a0Baiq\u00a0Nur ")).toBe("Baiq Nur");
    expect(cleanText(null)).toBe("");
    expect(cleanText(12)).toBe("12");
    expect(cleanText(new Date(Number.NaN))).toBe("");
  });

  it("keeps formulas, HTML and emoji as the text they are", () => {
    expect(cleanText("=cmd|' /C calc'!A0")).toBe("=cmd|' /C calc'!A0");
    expect(cleanText("<b>Ina</b>")).toBe("<b>Ina</b>");
    expect(cleanText("Ina 🌺")).toBe("Ina 🌺");
  });

  it("never throws and never leaves a control, zero-width or bidi character, or a double space", () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const t = cleanText(s);
        expect(t).not.toMatch(/[\p{Cc}\p{Cf}]|\s\s|^\s|\s$/u);
        expect(t.length).toBeLessThanOrEqual(s.length);
      }),
    );
  });

  it("knows spreadsheet error values", () => {
    expect(isErrorText("#N/A")).toBe(true);
    expect(isErrorText("#ref!")).toBe(true);
    expect(isErrorText("#1 kader")).toBe(false);
  });
});

describe("numbers and years", () => {
  it.each([
    [12, 12],
    [" 12 ", 12],
    ["1.234", 1234],
    ["1,234", 1234],
    ["1.234.567", 1234567],
    ["12.0", 12],
    ["12.5", null],
    ["1.234,5", null],
    ["12abc", null],
    ["١٢", null],
    [12.5, null],
    ["9007199254740993", null],
    [true, null],
  ] as const)("%j → %j", (raw, want) => expect(toInteger(raw)).toBe(want));

  it("reads years from numbers, text and date cells", () => {
    expect(toYear(1985)).toBe(1985);
    expect(toYear(" 1985 ")).toBe(1985);
    expect(toYear("1.985")).toBe(1985);
    expect(toYear(new Date(Date.UTC(1985, 5, 1)))).toBe(1985);
    expect(toYear("85")).toBeNull();
    expect(toYear("tahun 85")).toBeNull();
  });
});

describe("dates", () => {
  it.each([
    ["31/12/2026", "2026-12-31"],
    ["31-12-26", "2026-12-31"],
    ["1.2.2026", "2026-02-01"],
    ["2026-12-31", "2026-12-31"],
    ["2026/1/5", "2026-01-05"],
    ["31 Desember 2026", "2026-12-31"],
    ["31 Des 2026", "2026-12-31"],
    ["31 des. 2026", "2026-12-31"],
    ["17 Agustus 1945", "1945-08-17"],
    ["5 Mei 26", "2026-05-05"],
    ["1 March 2026", "2026-03-01"],
    ["12/31/2026", null], // day first: month 31 is no month
    ["30/02/2026", null],
    ["31 Foo 2026", null],
    ["15/07/60", "1960-07-15"], // two digits more than 10 years ahead: the last century
    ["46000", "2025-12-09"], // a serial number stored as text
  ])("%j → %j", (raw, want) => expect(toDay(raw, NOW)).toBe(want));

  it("reads Excel serial numbers and date cells (as their calendar day)", () => {
    expect(toDay(46387, NOW)).toBe("2026-12-31");
    expect(toDay(46387.75, NOW)).toBe("2026-12-31");
    expect(toDay(61, NOW)).toBe("1900-03-01");
    expect(toDay(new Date(Date.UTC(2026, 11, 31)), NOW)).toBe("2026-12-31");
    expect(toDay(-1, NOW)).toBeNull();
    expect(toDay(Number.NaN, NOW)).toBeNull();
    expect(toDay(true, NOW)).toBeNull();
  });

  it("answers a real day or null for any text, never throws", () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const d = toDay(s, NOW);
        if (d !== null) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
      }),
    );
  });
});

describe("phones", () => {
  it.each([
    [81234567890, "081234567890"],
    ["81234567890", "081234567890"],
    [6281234567890, "081234567890"],
    ["6281234567890", "081234567890"],
    ["+62 812-3456-7890", "081234567890"],
    ["0812.3456.7890", "081234567890"],
    ["(0812) 3456 7890", "081234567890"],
    ["0812 3456 7890", "081234567890"],
    ["12ab", "12ab"],
    ["", null],
    [null, null],
  ] as const)("%j → %j", (raw, want) => expect(toPhone(raw)).toBe(want));
});

describe("yes and no", () => {
  it("understands Indonesian habits", () => {
    for (const y of ["ya", "Ya", " YA ", "v", "V", "hadir", "1", "✓", "x", "yes", true, 1]) expect(toBoolean(y)).toBe(true);
    for (const n of ["tidak", "Tidak Hadir", "tdk", "0", "-", "no", false, 0]) expect(toBoolean(n)).toBe(false);
    expect(toBoolean("")).toBeNull();
    expect(toBoolean(null)).toBeNull();
    expect(toBoolean("mungkin")).toBeUndefined();
    expect(toBoolean(2)).toBeUndefined();
  });
});

describe("areas", () => {
  it("drops the prefixes and keeps the kind they say", () => {
    expect(areaName("Kab. Lombok Timur")).toEqual({ name: "Lombok Timur", kind: "KABUPATEN" });
    expect(areaName("KABUPATEN  lombok timur")).toEqual({ name: "lombok timur", kind: "KABUPATEN" });
    expect(areaName("Kab Bima")).toEqual({ name: "Bima", kind: "KABUPATEN" });
    expect(areaName("Kota Bima")).toEqual({ name: "Bima", kind: "KOTA" });
    expect(areaName("Kota Kotamobagu")).toEqual({ name: "Kotamobagu", kind: "KOTA" });
    expect(areaName("Kabanjahe")).toEqual({ name: "Kabanjahe" });
    expect(areaName("Kotabaru")).toEqual({ name: "Kotabaru" });
    expect(areaName("Kec. Sakra")).toEqual({ name: "Sakra" });
    expect(areaName("Desa Sukamaju")).toEqual({ name: "Sukamaju" });
  });

  it("compares names without case, punctuation, accents or stray spaces", () => {
    expect(areaKey(" KAB.  lombok-timur ")).toBe(areaKey("Lombok Timur"));
    expect(nameKey("Baiq  NUR'AINI")).toBe(nameKey("baiq nur aini"));
    expect(nameKey("Pénda")).toBe("penda");
  });

  it("reads Kemendagri codes with or without dots", () => {
    expect(toAreaCode("52.01.01.2001")).toBe("5201012001");
    expect(toAreaCode(5201012001)).toBe("5201012001");
    expect(toAreaCode("5201")).toBe("5201");
    expect(toAreaCode("52.01.01")).toBe("520101");
    expect(toAreaCode("520101200")).toBeNull();
    expect(toAreaCode("abc")).toBeNull();
  });
});
