"use server";
// Kader import actions (lib/forms/import-actions.ts does the work).
import { boundId } from "@/lib/forms/bound";
import { confirmImport, undoImportForm, uploadImport } from "@/lib/forms/import-actions";
import type { FormState } from "@/lib/forms/state";

const batchPath = (id: number) => `/kader/impor/${id}`;

export async function uploadKaderImportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return uploadImport("KADER", null, batchPath, formData);
}

export async function commitKaderImportAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return confirmImport("KADER", boundId(id), batchPath(id), formData);
}

export async function undoKaderImportAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return undoImportForm("KADER", boundId(id), batchPath(id), ["/kader"], formData);
}
