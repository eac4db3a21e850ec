// Spreadsheets built in memory for the import tests (no binary fixtures in the
// repository): an XLSX through exceljs with any cell value it can write
// (formulas with cached results, rich text, links, dates, errors), a CSV from rows.
import ExcelJS from "exceljs";

export type FixtureCell = ExcelJS.CellValue;

/** An XLSX whose first sheet holds these rows (row 1 first); more sheets after it if given. */
export async function xlsxFile(rows: FixtureCell[][], opts: { extraSheets?: Record<string, FixtureCell[][]>; dateCells?: boolean } = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kader");
  for (const r of rows) ws.addRow(r);
  for (const [name, more] of Object.entries(opts.extraSheets ?? {})) {
    const s = wb.addWorksheet(name);
    for (const r of more) s.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An XLSX of many rows, written by the streaming writer (as a large real file would be). */
export async function bigXlsxFile(header: string[], count: number, row: (i: number) => FixtureCell[]): Promise<Uint8Array> {
  const { PassThrough } = await import("node:stream");
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const ws = wb.addWorksheet("Kader");
  ws.addRow(header).commit();
  for (let i = 0; i < count; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

function csvCell(v: string, sep: string): string {
  return /["\r\n]/.test(v) || v.includes(sep) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A CSV of text cells, with the separator and line ending given (";" as Excel in Indonesian saves it). */
export function csvFile(rows: string[][], opts: { sep?: string; bom?: boolean; eol?: string } = {}): Uint8Array {
  const sep = opts.sep ?? ";";
  const text = rows.map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join(opts.eol ?? "\r\n");
  return new TextEncoder().encode((opts.bom ? "\uFEFF" : "") + text);
}
