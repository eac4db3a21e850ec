import "server-only";
// A kader file, from bytes to checked rows: format by content, rows read and
// checked against the kader sheet and the user's areas. A problem with the
// whole file is a FileProblem (a message key and its values).
import { createHash } from "node:crypto";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { ImportFileError } from "@/lib/import/errors";
import { openRows } from "@/lib/import/read";
import type { ReadRow } from "@/lib/import/sheet";
import { areaQuery, checkKaderRow, kaderSheet } from "@/lib/import/sheets/kader";
import { checkFile } from "@/lib/import/sniff";
import type { KaderInput } from "@/lib/validation/kader";
import type { ImportCounts } from "./types";
import { fail, ok, type Result } from "../result";
import { previewImport } from "./batches";
import { kaderImport } from "./kader";
import type { FileCheck } from "./kinds";
import { loadAreaIndex } from "./lookup";

/** Reads and checks every row of a kader file for `user`; `onRow` hears how many rows have been read. */
export async function checkKaderFile(
  user: ScopedUser,
  bytes: Uint8Array,
  onRow: (done: number) => void = () => {},
): Promise<FileCheck<KaderInput>> {
  assertCan(user, "kader.write");
  try {
    const format = checkFile(bytes);
    const { headers, rows: source } = await openRows(bytes, format);
    const rows: ReadRow[] = [];
    for await (const r of source) if (rows.push(r) % 500 === 0) onRow(rows.length);
    onRow(rows.length);
    const bound = kaderSheet.bind(headers);
    if (rows.length === 0) throw new ImportFileError("import.file.noRows");
    const cells = rows.map((r) => bound.check(r));
    const areas = await loadAreaIndex(
      user,
      cells.map((c) => areaQuery(c.values)),
    );
    return { ok: true, rows: rows.map((r, i) => checkKaderRow(bound, r, cells[i]!, areas)) };
  } catch (e) {
    if (e instanceof ImportFileError) return { ok: false, problem: e.problem };
    throw e;
  }
}

/** Check and preview in one call, in the request (tests and the benchmark; the pages go through run.ts's jobs). */
export async function previewKaderFile(
  user: ScopedUser,
  file: { name: string; bytes: Uint8Array },
): Promise<Result<{ id: number; counts: ImportCounts }>> {
  const checked = await checkKaderFile(user, file.bytes);
  if (!checked.ok) return fail({ file: checked.problem });
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  return ok(await previewImport(user, kaderImport, { name: file.name, sha256, size: file.bytes.byteLength }, checked.rows));
}
