"use server";
// KLIK actions: parse the form, call the data layer, revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createKlikSession } from "@/lib/data/klik";
import { addKlikFollowUp, createKlikCase, updateKlikCase } from "@/lib/data/klik-cases";
import { runWrite } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createKlikSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, values) => createKlikSession(user, values));
  if (!r.ok) return r.state;
  revalidatePath("/klik");
  redirect(`/klik/${r.value.id}?saved=1`);
}

export async function createKlikCaseAction(sessionId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(sessionId);
  const r = await runWrite(formData, (user, values) => createKlikCase(user, sessionId, values));
  if (!r.ok) return r.state;
  revalidatePath("/klik");
  redirect(`/klik/${sessionId}?saved=1`);
}

export async function updateKlikCaseAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  const r = await runWrite(formData, (user, values) => updateKlikCase(user, id, values));
  if (!r.ok) return r.state;
  revalidatePath("/klik");
  redirect(`/klik/kasus/${id}?saved=1`);
}

export async function addKlikFollowUpAction(caseId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(caseId);
  const r = await runWrite(formData, (user, values) => addKlikFollowUp(user, caseId, values));
  if (!r.ok) return r.state;
  revalidatePath("/klik");
  redirect(`/klik/kasus/${caseId}?saved=1`);
}
