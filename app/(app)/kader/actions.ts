"use server";
// Kader actions: parse the form, call the data layer, revalidate.
import { setKaderActive } from "@/lib/data/kader";
import { writeThenRedirect } from "@/lib/forms/action";
import { fieldWriteAction } from "@/lib/forms/field-writes";
import { boundFlag, boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createKaderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return fieldWriteAction("kader", {}, formData);
}

export async function updateKaderAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return fieldWriteAction("kader-edit", { kaderId: id }, formData);
}

export async function setKaderActiveAction(id: number, active: boolean, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  boundFlag(active);
  return writeThenRedirect(formData, (user) => setKaderActive(user, id, active), {
    revalidate: "/kader",
    to: () => `/kader/${id}?saved=1`,
  });
}
