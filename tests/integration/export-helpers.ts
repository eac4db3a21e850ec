// Reading an export the way the route does: the dataset from the registry (null
// when the user may not export it), its columns for the query, every batch.
import { datasetColumns, datasetFor } from "@/lib/exports/datasets";
import { csvStream, translator } from "@/lib/exports/write";
import { loadMessages } from "@/lib/i18n/messages";
import type { CurrentUser } from "@/lib/data/session-user";

/** Every row of a dataset, through the registry; null when the user may not export it. */
export async function allRows(user: CurrentUser, name: string, params: Record<string, string> = {}) {
  const d = datasetFor(user, name);
  if (!d) return null;
  const source = (await d.open(user, params, "csv"))!;
  const rows: Record<string, unknown>[] = [];
  for (let cursor: number | null = 0; cursor !== null;) {
    const b = await source(cursor);
    rows.push(...(b.rows as Record<string, unknown>[]));
    cursor = b.nextCursor;
  }
  return rows;
}

export async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

/** The CSV file the route would send (Indonesian headers), as lines without the BOM. */
export async function csvLines(user: CurrentUser, name: string, params: Record<string, string> = {}): Promise<string[]> {
  const d = datasetFor(user, name)!;
  const source = (await d.open(user, params, "csv"))!;
  const csv = await text(csvStream(datasetColumns(d, params), source, translator(await loadMessages("id"))));
  return csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
}
