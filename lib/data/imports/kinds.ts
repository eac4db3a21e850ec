import "server-only";
// Each kind of import: who may run it (whoever may write such records by
// hand), how its file is read and checked (lib/import sheets and the area
// lookups), and how its rows meet the records (the adapter).
import type { Action } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import type { FileProblem } from "@/lib/import/errors";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { kaderImport } from "./kader";
import { checkKaderFile } from "./kader-file";
import type { CheckedRow, ImportAdapter } from "./types";

export type FileCheck<V> = { ok: true; rows: CheckedRow<V>[] } | { ok: false; problem: FileProblem };

export type ImportKindSpec<V> = {
  permission: Action;
  adapter: ImportAdapter<V>;
  /** Reads the file and checks each row for this user; `onRow` counts rows read. */
  check(user: ScopedUser, bytes: Uint8Array, onRow: (done: number) => void): Promise<FileCheck<V>>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own row type; the registry is keyed by kind
const KINDS: Partial<Record<ImportKind, ImportKindSpec<any>>> = {
  KADER: { permission: "kader.write", adapter: kaderImport, check: checkKaderFile },
};

/** The spec of a kind of import (a batch of a kind without one cannot exist: its pages are not built). */
export function importKind(kind: ImportKind) {
  const spec = KINDS[kind];
  if (!spec) throw new Error(`no import of kind ${kind}`);
  return spec;
}
