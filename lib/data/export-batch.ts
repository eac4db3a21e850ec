import "server-only";
// What every list export shares (lib/exports/datasets.ts reads them): each
// export reads ONE batch of a list in the user's scope with the list's own
// filters, ordered by id and continuing after a cursor, so an export never
// loads a whole table. The batch functions live next to their lists, in the
// entity's data module, with the list's `select` and row builder.
export const EXPORT_BATCH_SIZE = 1000;

export type Batch<R> = { rows: R[]; nextCursor: number | null };

export function exportPage<R extends { id: number }>(rows: R[], take: number): Batch<R> {
  return { rows, nextCursor: rows.length === take ? rows[rows.length - 1]!.id : null };
}
