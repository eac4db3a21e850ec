"use server";
// Kader import actions: upload (queues the check), confirm (queues the
// commit), undo. The work is in lib/data/imports/run.ts.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { parse } from "@/lib/data/result";
import { requestCommit, startImport, undoBatch } from "@/lib/data/imports/run";
import { runWrite } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";
import { commitInput } from "@/lib/validation/import";

export async function uploadKaderImportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, _values, files) => startImport(user, "KADER", files.file));
  if (!r.ok) return r.state;
  redirect(`/kader/impor/${r.value.id}`);
}

export async function commitKaderImportAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  const r = await runWrite(formData, (user, values) => {
    const input = parse(commitInput, values);
    return input.ok ? requestCommit(user, "KADER", id, input.data.skipErrors) : Promise.resolve(input);
  });
  if (!r.ok) return r.state;
  redirect(`/kader/impor/${id}`);
}

export async function undoKaderImportAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  const r = await runWrite(formData, async (user) => ({ ok: true as const, value: await undoBatch(user, "KADER", id) }));
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
  revalidatePath("/kader");
  redirect(`/kader/impor/${id}`);
}
