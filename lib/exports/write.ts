import "server-only";
// Turns a dataset's batches into a streamed CSV or XLSX body. Rows are fetched
// one batch at a time and written out before the next is read, so a request
// never holds the whole file (or the whole table) in memory.
import { PassThrough, Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { CSV_BOM, csvCell, xlsxCell, type ExportFormat } from "./cells";
import type { Column, RowSource, Translate } from "./datasets";

/** A translator over a loaded catalogue (dotted keys, e.g. "exports.columns.id"). */
export function translator(messages: Record<string, unknown>): Translate {
  return (key) => {
    let v: unknown = messages;
    for (const part of key.split(".")) v = v && typeof v === "object" ? (v as Record<string, unknown>)[part] : undefined;
    return typeof v === "string" ? v : key;
  };
}

export function headerRow(columns: Column<never>[] | Column<unknown>[], t: Translate): string[] {
  return columns.map((c) => t(`exports.columns.${c.key}`));
}

/** Header line plus rows as CSV text (one batch), every text cell formula-escaped. */
export function csvChunk(rows: string[][]): string {
  return stringify(rows, { record_delimiter: "\r\n" });
}

export function csvStream<R>(columns: Column<R>[], source: RowSource<R>, t: Translate): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let cursor: number | null = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    // Pull-based: the next batch is read only when the client has taken the last.
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(enc.encode(CSV_BOM + csvChunk([headerRow(columns as Column<unknown>[], t)])));
        return;
      }
      if (cursor === null) return controller.close();
      const batch = await source(cursor);
      if (batch.rows.length) controller.enqueue(enc.encode(csvChunk(batch.rows.map((r) => columns.map((c) => csvCell(c.value(r, t)))))));
      cursor = batch.nextCursor;
      if (cursor === null) controller.close();
    },
  });
}

export function xlsxStream<R>(columns: Column<R>[], source: RowSource<R>, t: Translate, sheetName: string): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  // exceljs's streaming writer: each committed row is zipped and written out at once.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = wb.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c) => ({ key: c.key, width: 18 }));
  void (async () => {
    try {
      const header = sheet.addRow(headerRow(columns as Column<unknown>[], t));
      header.font = { bold: true };
      header.commit();
      let cursor: number | null = 0;
      while (cursor !== null) {
        const batch = await source(cursor);
        for (const r of batch.rows) {
          const row = sheet.addRow(columns.map((c) => xlsxCell(c.value(r, t))));
          row.eachCell((cell) => {
            if (cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
          });
          row.commit();
        }
        cursor = batch.nextCursor;
        // Let the client drain what is written before the next batch is read;
        // stop when the client has gone (the stream is closed).
        if (out.writableNeedDrain) await new Promise((resolve) => (out.once("drain", resolve), out.once("close", resolve)));
        if (out.destroyed) return;
      }
      sheet.commit();
      await wb.commit();
    } catch (e) {
      out.destroy(e instanceof Error ? e : new Error(String(e)));
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

export function exportStream<R>(format: ExportFormat, columns: Column<R>[], source: RowSource<R>, t: Translate, sheetName: string) {
  return format === "csv" ? csvStream(columns, source, t) : xlsxStream(columns, source, t, sheetName);
}
