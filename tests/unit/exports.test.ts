// The pure parts of the list exports: formula-injection escaping, how a cell
// is written to CSV and XLSX, and the file name.
import { describe, expect, it } from "vitest";
import { csvCell, escapeFormula, exportFileName, exportHref, parseFormat, xlsxCell } from "@/lib/exports/cells";

describe("escapeFormula", () => {
  it.each(["=SUM(A1:A9)", "+62812", "-1", "@cmd", "\t=1", "\r=1", '=HYPERLINK("http://x")'])("prefixes %j with an apostrophe", (v) => {
    expect(escapeFormula(v)).toBe(`'${v}`);
  });
  it.each(["Siti Aminah", "", "081234", " =not first", "'already", "Perdes No. 3/2026"])("leaves %j as it is", (v) => {
    expect(escapeFormula(v)).toBe(v);
  });
});

describe("row shaping", () => {
  it("writes CSV cells as text: escaped strings, ISO days, empty for null", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(true)).toBe("1");
    expect(csvCell(new Date("2026-10-10T00:00:00Z"))).toBe("2026-10-10");
    expect(csvCell("<5")).toBe("<5");
  });
  it("keeps numbers and dates typed in XLSX and escapes text", () => {
    const d = new Date("2026-10-10T00:00:00Z");
    expect(xlsxCell(d)).toBe(d);
    expect(xlsxCell(7)).toBe(7);
    expect(xlsxCell("-5")).toBe("'-5");
    expect(xlsxCell("@x")).toBe("'@x");
    expect(xlsxCell(null)).toBeNull();
  });
});

describe("file names and links", () => {
  it("names the file after the dataset and the Jakarta day", () => {
    expect(exportFileName("kader", "csv", new Date("2026-11-22T10:00:00Z"))).toBe("pekka-kader-2026-11-22.csv");
    // 20:00 UTC is already the next day in Jakarta.
    expect(exportFileName("klik-sesi", "xlsx", new Date("2026-11-22T20:00:00Z"))).toBe("pekka-klik-sesi-2026-11-23.xlsx");
    expect(exportFileName('../x"y', "csv", new Date("2026-01-01T00:00:00Z"))).toBe("pekka-xy-2026-01-01.csv");
  });
  it("accepts only csv and xlsx", () => {
    expect(parseFormat("csv")).toBe("csv");
    expect(parseFormat("xlsx")).toBe("xlsx");
    expect(parseFormat("pdf")).toBeNull();
    expect(parseFormat(null)).toBeNull();
  });
  it("carries the list's filters but not the page", () => {
    expect(exportHref("kader", "csv", { q: "Siti", kabupatenId: "3", page: "2", status: "" })).toBe(
      "/ekspor/kader?format=csv&q=Siti&kabupatenId=3",
    );
  });
});
