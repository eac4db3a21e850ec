import "server-only";
// An RKTL targets file, from bytes to checked rows: read against the targets
// sheet, each kabupaten found in the user's scope (once per spelling).
import { assertCan } from "@/lib/authz/permissions";
import type { ScopedUser } from "@/lib/authz/scope";
import { checkTargetRow, rktlTargetsSheet, type KabupatenFinder } from "@/lib/import/sheets/rktl-targets";
import type { TargetInput } from "@/lib/validation/rktl";
import type { FileCheck } from "./kinds";
import { loadKabupatenIndex } from "./lookup";
import { fileCheck, readSheetFile } from "./read-file";

export function checkRktlTargetsFile(
  user: ScopedUser,
  bytes: Uint8Array,
  onRow: (done: number) => void = () => {},
): Promise<FileCheck<TargetInput>> {
  assertCan(user, "rktl.plan");
  return fileCheck(async () => {
    const { bound, rows, cells } = await readSheetFile(bytes, rktlTargetsSheet, onRow);
    const index = await loadKabupatenIndex(user);
    const found = new Map<string, ReturnType<KabupatenFinder>>();
    const find: KabupatenFinder = (text) => {
      let r = found.get(text);
      if (!r) {
        const k = index.kabupaten(text);
        r = k.ok ? { ok: true, value: { id: k.value.id } } : { ok: false, key: k.key, ...(k.values ? { values: k.values } : {}) };
        found.set(text, r);
      }
      return r;
    };
    return rows.map((r, i) => checkTargetRow(bound, r, cells[i]!, find));
  });
}
