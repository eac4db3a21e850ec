"use server";
// Policy actions: parse the form, call the data layer, revalidate.
import { createPolicy, updatePolicy } from "@/lib/data/policy";
import { withDesaFromSearch } from "@/lib/data/geo-search";
import { writeThenRedirect } from "@/lib/forms/action";
import { fieldWriteAction } from "@/lib/forms/field-writes";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createPolicyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return writeThenRedirect(formData, (user, values) => withDesaFromSearch(user, values, (v) => createPolicy(user, v)), {
    revalidate: "/kebijakan",
    to: (saved) => `/kebijakan/${saved.id}?saved=1`,
  });
}

export async function updatePolicyAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return writeThenRedirect(formData, (user, values) => withDesaFromSearch(user, values, (v) => updatePolicy(user, id, v)), {
    revalidate: "/kebijakan",
    to: () => `/kebijakan/${id}?saved=1`,
  });
}

export async function changePolicyStatusAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return fieldWriteAction("policy-status", { policyId: id }, formData);
}
