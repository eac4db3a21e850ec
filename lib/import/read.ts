// A file's rows as the sheets read them: the first non-blank row is the header,
// every later row that is not fully blank comes with its spreadsheet row number
// and its cells by header text. Streamed; past MAX_ROWS the file is refused.
import { ImportFileError, MAX_ROWS } from "./errors";
import { cleanText, type RawCell } from "./normalise";
import { csvRows } from "./read-csv";
import { xlsxRows } from "./read-xlsx";
import type { ReadRow } from "./sheet";
import type { SheetFormat } from "./sniff";

export type SheetRows = { headers: string[]; rows: AsyncGenerator<ReadRow> };

const blank = (values: RawCell[]) => values.every((v) => cleanText(v) === "");

/** Header texts, cleaned; a repeated header gets its position so its cells are not lost ("Nama (2)"). */
function headerNames(values: RawCell[]): (string | null)[] {
  const seen = new Map<string, number>();
  return values.map((v) => {
    const h = cleanText(v);
    if (h === "") return null;
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h} (${n})`;
  });
}

/** Opens a file: its header row, then its rows. An unreadable file or a file without a header is an ImportFileError. */
export async function openRows(bytes: Uint8Array, format: SheetFormat): Promise<SheetRows> {
  const source = format === "xlsx" ? xlsxRows(bytes) : csvRows(bytes);
  const next = async () => {
    try {
      return await source.next();
    } catch (e) {
      if (e instanceof ImportFileError) throw e;
      throw new ImportFileError("import.file.unreadable");
    }
  };
  let first = await next();
  while (!first.done && blank(first.value.values)) first = await next();
  if (first.done) throw new ImportFileError("import.file.empty");
  const names = headerNames(first.value.values);
  async function* rows(): AsyncGenerator<ReadRow> {
    let count = 0;
    for (let r = await next(); !r.done; r = await next()) {
      if (blank(r.value.values)) continue;
      if (++count > MAX_ROWS) throw new ImportFileError("import.file.tooManyRows", { max: MAX_ROWS });
      const cells: Record<string, RawCell> = {};
      names.forEach((h, i) => {
        if (h !== null) cells[h] = r.value.values[i] ?? null;
      });
      yield { rowNumber: r.value.rowNumber, cells };
    }
  }
  return { headers: names.filter((h): h is string => h !== null), rows: rows() };
}

/** Every row of a file, read to the end (for callers that judge the whole file at once). */
export async function readRows(bytes: Uint8Array, format: SheetFormat): Promise<{ headers: string[]; rows: ReadRow[] }> {
  const { headers, rows } = await openRows(bytes, format);
  const out: ReadRow[] = [];
  for await (const r of rows) out.push(r);
  return { headers, rows: out };
}
