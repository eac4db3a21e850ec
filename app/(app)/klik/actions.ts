"use server";
// KLIK actions: parse the form, call the data layer, revalidate.
import { addKlikFollowUp, updateKlikCase } from "@/lib/data/klik-cases";
import { writeThenRedirect } from "@/lib/forms/action";
import { fieldWriteAction } from "@/lib/forms/field-writes";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createKlikSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return fieldWriteAction("klik-session", {}, formData);
}

export async function createKlikCaseAction(sessionId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(sessionId);
  return fieldWriteAction("klik-case", { sessionId }, formData);
}

export async function updateKlikCaseAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return writeThenRedirect(formData, (user, values) => updateKlikCase(user, id, values), {
    revalidate: "/klik",
    to: () => `/klik/kasus/${id}?saved=1`,
  });
}

export async function addKlikFollowUpAction(caseId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(caseId);
  return writeThenRedirect(formData, (user, values) => addKlikFollowUp(user, caseId, values), {
    revalidate: "/klik",
    to: () => `/klik/kasus/${caseId}?saved=1`,
  });
}
