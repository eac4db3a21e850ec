// CSV rows, streamed with csv-parse. Every cell is text: "=1+1" stays the text
// "=1+1" (nothing here or later evaluates it; exports escape it again).
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { RawCell } from "./normalise";

/** The separator of the first line outside quotes: Excel in Indonesian saves ";", most tools ",". */
export function detectDelimiter(text: string): string {
  let inQuotes = false;
  const count: Record<string, number> = { ";": 0, ",": 0, "\t": 0 };
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && ch in count) count[ch]!++;
  }
  const best = Object.entries(count).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ",";
}

/** The records of a CSV file, numbered as a spreadsheet numbers its rows (blank lines count). */
export async function* csvRows(bytes: Uint8Array): AsyncGenerator<{ rowNumber: number; values: RawCell[] }> {
  const text = new TextDecoder("utf-8").decode(bytes);
  const parser = Readable.from([text]).pipe(
    parse({
      delimiter: detectDelimiter(text.replace(/^\uFEFF/, "")),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }),
  );
  let n = 0;
  for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    n++;
    yield { rowNumber: n, values: rec.record };
  }
}
