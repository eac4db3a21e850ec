// XLSX rows, streamed: exceljs's WorkbookReader parses the first worksheet row by
// row, so 25 000 rows never sit in memory as a workbook model. Formulas are
// never evaluated: a formula cell gives the result Excel cached with it.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { RawCell } from "./normalise";

/** A cell as a reader gives it: a formula as its cached result, rich text and links as their text, an error as its code (#N/A). */
export function rawCell(v: ExcelJS.CellValue | undefined): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v !== "object") return null;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("error" in v) return String(v.error);
  if ("formula" in v || "sharedFormula" in v) return rawCell((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("hyperlink" in v) return rawCell((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  return null;
}

/** The rows of the first worksheet, each with the spreadsheet's row number and its cells by column (1-based). */
export async function* xlsxRows(bytes: Uint8Array): AsyncGenerator<{ rowNumber: number; values: RawCell[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: "cache",
    // Styles tell a date cell from a number; hyperlinks and other entries are not needed.
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = (row.values as ExcelJS.CellValue[]) ?? [];
      const out: RawCell[] = [];
      for (let i = 1; i < values.length; i++) out[i - 1] = rawCell(values[i]);
      yield { rowNumber: row.number, values: out };
    }
    return; // only the first worksheet is the list; the others are the template's help sheets
  }
}
