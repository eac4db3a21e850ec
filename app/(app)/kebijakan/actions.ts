"use server";
// Policy actions: parse the form, call the data layer, revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changePolicyStatus, createPolicy, updatePolicy } from "@/lib/data/policy";
import { runWrite } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createPolicyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, values) => createPolicy(user, values));
  if (!r.ok) return r.state;
  revalidatePath("/kebijakan");
  redirect(`/kebijakan/${r.value.id}?saved=1`);
}

export async function updatePolicyAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  const r = await runWrite(formData, (user, values) => updatePolicy(user, id, values));
  if (!r.ok) return r.state;
  revalidatePath("/kebijakan");
  redirect(`/kebijakan/${id}?saved=1`);
}

export async function changePolicyStatusAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  const r = await runWrite(formData, (user, values, files) => changePolicyStatus(user, id, values, files.evidence));
  if (!r.ok) return r.state;
  revalidatePath("/kebijakan");
  redirect(`/kebijakan/${id}?saved=1`);
}
