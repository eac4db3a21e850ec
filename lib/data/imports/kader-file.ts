import "server-only";
// A kader file, from upload to preview: size and format by content, sha256,
// rows read and checked against the kader sheet and the user's areas, then the
// engine's preview (batches.ts). A problem with the whole file is a Result
// error on the "file" field, with a message key.
import { createHash } from "node:crypto";
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { ImportFileError } from "@/lib/import/errors";
import { readRows } from "@/lib/import/read";
import { areaQuery, checkKaderRow, kaderSheet } from "@/lib/import/sheets/kader";
import { checkFile } from "@/lib/import/sniff";
import type { ImportCounts } from "./types";
import { fail, ok, type Result } from "../result";
import { previewImport } from "./batches";
import { kaderImport } from "./kader";
import { loadAreaIndex } from "./lookup";

export async function previewKaderFile(
  user: ScopedUser,
  file: { name: string; bytes: Uint8Array },
): Promise<Result<{ id: number; counts: ImportCounts }>> {
  assertCan(user, "kader.write");
  try {
    const format = checkFile(file.bytes);
    const sha256 = createHash("sha256").update(file.bytes).digest("hex");
    const { headers, rows } = await readRows(file.bytes, format);
    const bound = kaderSheet.bind(headers);
    if (rows.length === 0) throw new ImportFileError("import.file.noRows");
    const cells = rows.map((r) => bound.check(r));
    const areas = await loadAreaIndex(
      user,
      cells.map((c) => areaQuery(c.values)),
    );
    const checked = rows.map((r, i) => checkKaderRow(bound, r, cells[i]!, areas));
    return ok(await previewImport(user, kaderImport, { name: file.name, sha256, size: file.bytes.byteLength }, checked));
  } catch (e) {
    if (e instanceof ImportFileError) return fail({ file: e.problem });
    throw e;
  }
}
