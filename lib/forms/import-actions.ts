import "server-only";
// What the import actions do (app/(app)/impor/actions.ts binds the kind and
// the parent or batch): upload queues the check, confirm queues the commit,
// undo answers with the records that block it; each returns to the kind's own
// pages. The work is in lib/data/imports/run.ts.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { parse } from "@/lib/data/result";
import { importPaths } from "@/lib/data/imports/kinds";
import { batchParent, requestCommit, startImport, undoBatch } from "@/lib/data/imports/run";
import { commitInput } from "@/lib/validation/import";
import { runWrite } from "./action";
import type { FormState } from "./state";

export async function uploadImport(kind: ImportKind, parentId: number | null, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, _values, files) => startImport(user, kind, files.file, parentId));
  if (!r.ok) return r.state;
  redirect(`${(await importPaths(kind, parentId)).base}/${r.value.id}`);
}

/** The batch's page (its kind's pages under its parent). */
async function batchPath(kind: ImportKind, id: number) {
  const paths = await importPaths(kind, await batchParent(kind, id));
  return { ...paths, page: `${paths.base}/${id}` };
}

export async function confirmImport(kind: ImportKind, id: number, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, values) => {
    const input = parse(commitInput, values);
    return input.ok ? requestCommit(user, kind, id, input.data.skipErrors) : Promise.resolve(input);
  });
  if (!r.ok) return r.state;
  redirect((await batchPath(kind, id)).page);
}

export async function undoImportForm(kind: ImportKind, id: number, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, async (user) => ({ ok: true as const, value: await undoBatch(user, kind, id) }));
  if (!r.ok) return r.state;
  const u = r.value;
  if (!u.ok) {
    // Which records block the undo, and why, one per line.
    const t = await getTranslations();
    const reasons = (b: (typeof u.blockers)[number]) => b.reasons.map((x) => t(x.key as never, x.values as never)).join("; ");
    return {
      formError: [t(u.key as never), ...u.blockers.map((b) => t("import.page.blocker", { label: b.label, reasons: reasons(b) }))].join(
        "\n",
      ),
    };
  }
  const paths = await batchPath(kind, id);
  for (const p of paths.changed) revalidatePath(p);
  redirect(paths.page);
}
