import "server-only";
// The part every kind's file check shares: the format by content, the header
// bound to the kind's sheet, every row read (counted for the progress) and
// each row's cells typed. A problem with the whole file comes back as a
// FileProblem, never thrown past the check.
import { ImportFileError } from "@/lib/import/errors";
import { openRows } from "@/lib/import/read";
import type { BoundSheet, CheckedCells, ColumnSpec, ReadRow, Sheet } from "@/lib/import/sheet";
import { checkFile } from "@/lib/import/sniff";
import type { CheckedRow } from "./types";
import type { FileCheck } from "./kinds";

export type ReadSheet<C extends readonly ColumnSpec[]> = {
  bound: BoundSheet<C>;
  rows: ReadRow[];
  cells: CheckedCells<C>[];
};

/** Reads a file against `sheet`; `onRow` hears how many rows have been read. */
export async function readSheetFile<C extends readonly ColumnSpec[]>(
  bytes: Uint8Array,
  sheet: Sheet<C>,
  onRow: (done: number) => void,
): Promise<ReadSheet<C>> {
  const format = checkFile(bytes);
  const { headers, rows: source } = await openRows(bytes, format);
  const rows: ReadRow[] = [];
  for await (const r of source) if (rows.push(r) % 500 === 0) onRow(rows.length);
  onRow(rows.length);
  const bound = sheet.bind(headers);
  if (rows.length === 0) throw new ImportFileError("import.file.noRows");
  return { bound, rows, cells: rows.map((r) => bound.check(r)) };
}

/** Runs a kind's check, answering a problem with the whole file as such. */
export async function fileCheck<V>(run: () => Promise<CheckedRow<V>[]>): Promise<FileCheck<V>> {
  try {
    return { ok: true, rows: await run() };
  } catch (e) {
    if (e instanceof ImportFileError) return { ok: false, problem: e.problem };
    throw e;
  }
}
