import "server-only";
// A KLIK cases file, from bytes to checked rows: read against the KLIK cases
// sheet, each row checked by the sheet's own rules (the desk's issue types, the
// form's schema, violence rows refused). Which session they go into, and
// whether the user may write there, is the adapter's and the kind's check.
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { checkKlikCaseRow, klikCasesSheet, type KlikCaseImport } from "@/lib/import/sheets/klik-cases";
import type { FileCheck } from "./kinds";
import { fileCheck, readSheetFile } from "./read-file";

/** Reads and checks every row of a KLIK cases file; `onRow` hears how many rows have been read. */
export function checkKlikCasesFile(
  user: ScopedUser,
  bytes: Uint8Array,
  onRow: (done: number) => void = () => {},
): Promise<FileCheck<KlikCaseImport>> {
  assertCan(user, "klik.write");
  return fileCheck(async () => {
    const { bound, rows, cells } = await readSheetFile(bytes, klikCasesSheet, onRow);
    return rows.map((r, i) => checkKlikCaseRow(bound, r, cells[i]!));
  });
}
