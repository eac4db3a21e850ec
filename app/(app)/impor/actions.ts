"use server";
// The import actions of every kind (kader, RKTL targets, participants, KLIK
// cases): upload, confirm, undo. The kind and the parent or batch are bound by
// the page and checked here like any bound value; whether the user may import
// that kind into that parent, and whether the batch is hers, is the data
// layer's check (lib/data/imports/run.ts). The pages they return to are the
// kind's own (importKind(kind).path).
import { z } from "zod";
import { notFound } from "next/navigation";
import { ImportKind } from "@/lib/generated/prisma/enums";
import { boundId } from "@/lib/forms/bound";
import { confirmImport, undoImportForm, uploadImport } from "@/lib/forms/import-actions";
import type { FormState } from "@/lib/forms/state";

const kindOf = (value: unknown): ImportKind => {
  const k = z.enum(ImportKind).safeParse(value);
  return k.success ? k.data : notFound();
};

export async function uploadImportAction(kind: ImportKind, parentId: number | null, _prev: FormState, formData: FormData) {
  return uploadImport(kindOf(kind), parentId === null ? null : boundId(parentId), formData);
}

export async function confirmImportAction(kind: ImportKind, id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return confirmImport(kindOf(kind), boundId(id), formData);
}

export async function undoImportAction(kind: ImportKind, id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  return undoImportForm(kindOf(kind), boundId(id), formData);
}
