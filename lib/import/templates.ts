// Templates for every import kind, from its sheet spec: the first sheet has the
// Indonesian headers (frozen, sized), drop-down lists for choice columns, and
// help sheets after it (valid area codes, serikat). Written with exceljs's
// streaming writer so a national list of ~83 000 desa stays bounded in memory.
// Text is escaped as every export escapes it: a help cell is never a formula.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { CSV_BOM, escapeFormula, xlsxCell, type CellValue } from "@/lib/exports/cells";
import type { ColumnSpec, Sheet } from "./sheet";

/** Rows of the list the template offers drop-downs and validation for. */
const LIST_ROWS = 5000;

export type HelpSheet = { name: string; headers: string[]; rows: AsyncIterable<CellValue[]> | Iterable<CellValue[]> };

/** A column of the list whose cells must come from a help sheet's first column (e.g. Serikat). */
export type ListFrom = { column: string; sheet: string; count: number };

function letter(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function listFormula(c: ColumnSpec): string | null {
  if (c.type === "boolean") return '"ya,tidak"';
  if (c.type !== "choice" || !c.choices?.length) return null;
  return `"${c.choices.map((ch) => ch.labels[0] ?? ch.value).join(",")}"`;
}

export async function xlsxTemplate<C extends readonly ColumnSpec[]>(
  sheet: Sheet<C>,
  opts: { listName: string; help: HelpSheet[]; listsFrom?: ListFrom[] },
): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => out.on("end", resolve).on("error", reject));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet(opts.listName, { views: [{ state: "frozen", ySplit: 1 }] });
  // The streaming writer has data validations at run time; exceljs's types leave them out.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  const columns = sheet.spec.columns;
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4) }));
  ws.getRow(1).font = { bold: true };
  columns.forEach((c, i) => {
    const range = `${letter(i + 1)}2:${letter(i + 1)}${LIST_ROWS + 1}`;
    const list = listFormula(c);
    const from = opts.listsFrom?.find((l) => l.column === c.key && l.count > 0);
    const formula = list ?? (from ? `'${from.sheet}'!$A$2:$A$${from.count + 1}` : null);
    if (formula)
      validations.add(range, {
        type: "list",
        allowBlank: !c.required,
        formulae: [formula],
        showErrorMessage: Boolean(list),
        errorTitle: c.header,
        error: "Pilih dari daftar.",
      });
  });
  ws.getRow(1).commit();
  ws.commit();
  for (const h of opts.help) {
    const s = wb.addWorksheet(h.name, { views: [{ state: "frozen", ySplit: 1 }] });
    s.columns = h.headers.map((header) => ({ header, width: Math.max(16, header.length + 4) }));
    s.getRow(1).font = { bold: true };
    s.getRow(1).commit();
    for await (const r of h.rows) s.addRow(r.map(xlsxCell)).commit();
    s.commit();
  }
  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** The CSV template: the headers and one example row, ";"-separated as Excel in Indonesian opens it. */
export function csvTemplate<C extends readonly ColumnSpec[]>(sheet: Sheet<C>, example: Partial<Record<C[number]["key"], string>> = {}) {
  const cols = sheet.spec.columns;
  const ex = cols.map((c) => escapeFormula((example as Record<string, string | undefined>)[c.key] ?? c.example ?? ""));
  return new TextEncoder().encode(CSV_BOM + stringify([cols.map((c) => c.header), ex], { delimiter: ";", record_delimiter: "\r\n" }));
}
