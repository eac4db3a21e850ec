// The shapes shared by every import (kader today; training participants, KLIK
// cases and RKTL targets add an adapter, not a mechanism). The pipeline:
// the file is read and each row normalised and validated (lib/import), then an
// adapter judges each checked row against the records in the user's scope
// (preview), the batch is saved with its rows, and on the user's word it is
// committed all or nothing, or later undone as a whole (batches.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportKind, ImportOutcome } from "@/lib/generated/prisma/enums";
import type { ScopedUser } from "@/lib/authz/scope";

/** What is wrong with one cell: its column, the text it held, the message key (and values for it). */
export type CellError = { column: string; value: string; key: string; values?: Record<string, string | number> };

/** A row of the file after reading and validation: the values to write, or what is wrong. */
export type CheckedRow<V> =
  { rowNumber: number; value: V; errors?: undefined } | { rowNumber: number; value?: undefined; errors: CellError[] };

/** A row as the preview judged it. */
export type PreviewRow<V> = {
  rowNumber: number;
  outcome: ImportOutcome;
  value?: V;
  errors?: CellError[];
  /** The record updated, left unchanged or duplicated, with what the user needs to recognise it. */
  match?: { id: number; label: string; version: number };
  /** An earlier row of the file this one repeats. */
  sameAsRow?: number;
};

export type ImportCounts = Record<ImportOutcome, number> & { written?: number; skipped?: number };

type Tx = Prisma.TransactionClient;

/** What the rows go into, for kinds that import into a record (an RKTL plan's targets); none for kader. */
export type ImportContext = { parentId: number | null };

/** What one kind of import knows about its records. */
export type ImportAdapter<V> = {
  kind: ImportKind;
  /** The entity name in audit rows and import changes. */
  entity: string;
  /** Judges checked rows against the records in the user's scope: a fixed number of queries per chunk of rows. */
  preview(user: ScopedUser, rows: CheckedRow<V>[], ctx: ImportContext): Promise<PreviewRow<V>[]>;
  /** Writes CREATE rows, in one statement; returns the new records in the same order (for the audit rows and the undo). */
  createMany(tx: Tx, user: ScopedUser, values: V[], ctx: ImportContext): Promise<{ id: number; version: number; after: unknown }[]>;
  /** Writes an UPDATE row if the record is still at the version the preview saw; null when it is not. */
  update(
    tx: Tx,
    user: ScopedUser,
    id: number,
    version: number,
    value: V,
    ctx: ImportContext,
  ): Promise<{ before: unknown; after: unknown; version: number } | null>;
  /** What stops a created record from being removed (later work that points to it), as message keys with values. */
  blockers(tx: Tx, ids: number[], ctx: ImportContext): Promise<Map<number, { key: string; values: Record<string, string | number> }[]>>;
  /** The current version of records (a later edit blocks the undo), and removing / restoring them. */
  versions(tx: Tx, ids: number[]): Promise<Map<number, number>>;
  remove(tx: Tx, ids: number[]): Promise<void>;
  restore(tx: Tx, id: number, before: Prisma.JsonValue): Promise<void>;
  label(tx: Tx, ids: number[]): Promise<Map<number, string>>;
};

/** Thrown by an adapter inside a commit when what the preview saw no longer holds: the commit rolls back. */
export class ImportStale extends Error {
  constructor() {
    super("changed since the preview");
  }
}
