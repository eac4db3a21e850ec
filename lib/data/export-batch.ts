import "server-only";
// What the row sources of the list exports (lib/exports/datasets.ts) share.
// Each reads ONE batch of a list in the user's scope with the list's own
// filters, ordered by id and continuing after a cursor, so an export never
// loads a whole table. The rows carry the same fields as the screen: each batch
// function lives next to its list, in the entity's data module, and shares the
// list's `where`, `select` and row builder. The sealed violence details leave
// only with canExportViolenceDetails, and that export is audit-logged
// (klik-cases.ts).
//
// A dashboard table is already aggregated (20 provinces, a province's
// kabupaten, a handful of types or quarters), so it leaves as one batch. The
// rows are the dashboard function's own (its export sits next to it in
// lib/data/dashboard-*.ts): the same numbers and the same protected violence
// cells as the screen, never recomputed.

export const EXPORT_BATCH_SIZE = 1000;

export type Batch<R> = { rows: R[]; nextCursor: number | null };

export function exportPage<R extends { id: number }>(rows: R[], take: number): Batch<R> {
  return { rows, nextCursor: rows.length === take ? rows[rows.length - 1]!.id : null };
}
