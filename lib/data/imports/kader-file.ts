import "server-only";
// A kader file, from bytes to checked rows: read against the kader sheet, then
// desa and serikat found in the user's areas (lookup.ts).
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { areaQuery, checkKaderRow, kaderSheet } from "@/lib/import/sheets/kader";
import type { KaderInput } from "@/lib/validation/kader";
import type { FileCheck } from "./kinds";
import { loadAreaIndex } from "./lookup";
import { fileCheck, readSheetFile } from "./read-file";

/** Reads and checks every row of a kader file for `user`; `onRow` hears how many rows have been read. */
export function checkKaderFile(
  user: ScopedUser,
  bytes: Uint8Array,
  onRow: (done: number) => void = () => {},
): Promise<FileCheck<KaderInput>> {
  assertCan(user, "kader.write");
  return fileCheck(async () => {
    const { bound, rows, cells } = await readSheetFile(bytes, kaderSheet, onRow);
    const areas = await loadAreaIndex(
      user,
      cells.map((c) => areaQuery(c.values)),
    );
    return rows.map((r, i) => checkKaderRow(bound, r, cells[i]!, areas));
  });
}
