// What a dataset is (lib/exports/datasets.ts is the registry of them): the
// permission it needs, its columns, and how it opens a scoped row source. With
// the small helpers the list and dashboard datasets share.
import type { CurrentUser } from "@/lib/data/session-user";
import type { Action } from "@/lib/authz/permissions";
import type { Batch } from "@/lib/data/export-batch";
import type { CellValue } from "./cells";
import type { PublishedCount } from "@/lib/domain/violence-publication";

/** Looks a dotted key up in the loaded catalogue; falls back to the key itself. */
export type Translate = (key: string) => string;

export type Column<R> = { key: string; value: (row: R, t: Translate) => CellValue };

/** Fetches the batch after a cursor (0 = from the start). */
export type RowSource<R> = (after: number) => Promise<Batch<R>>;

export type Dataset<R = never> = {
  /** Read permission of the list or dashboard itself (export.data is checked too). */
  read: Action;
  columns: Column<R>[];
  /** Columns that depend on the query (the national dashboard's program direction); `columns` otherwise. */
  columnsFor?: (params: Record<string, string>) => Column<R>[];
  /** Parses the query string and opens the scoped row source; null when the thing asked for is not there or out of scope (→ 404). */
  open: (user: CurrentUser, params: Record<string, string>, format: string) => Promise<RowSource<R> | null>;
};

/** The columns a dataset writes for this query. */
export function datasetColumns<R>(d: Dataset<R>, params: Record<string, string>): Column<R>[] {
  return d.columnsFor?.(params) ?? d.columns;
}

/** A table that is already whole (a dashboard's aggregate rows) as a row source: one batch. */
export function wholeTable<R>(rows: R[]): RowSource<R> {
  return async () => ({ rows, nextCursor: null });
}

export const enumText = (ns: string) => (v: string | null) => (t: Translate) => (v ? t(`${ns}.${v}`) : null);

export const yesNo = (v: boolean, t: Translate) => t(v ? "exports.yes" : "exports.no");

export function dataset<R>(d: Dataset<R>): Dataset<R> {
  return d;
}

/** A protected violence cell as the screen shows it: a number, "<5", hidden, or not counted for this selection (in words, not the screen's marks). */
export function violenceCell(v: PublishedCount, t: Translate): CellValue {
  if (v === "hidden") return t("dashboard.national.hiddenLabel");
  if (v === null) return t("dashboard.national.notCountedLabel");
  return v;
}
