"use server";
// Kader actions: parse the form, call the data layer, revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createKader, setKaderActive, updateKader } from "@/lib/data/kader";
import { runWrite } from "@/lib/forms/action";
import { boundFlag, boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createKaderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, values) => createKader(user, values));
  if (!r.ok) return r.state;
  revalidatePath("/kader");
  redirect(`/kader/${r.value.id}?saved=1`);
}

export async function updateKaderAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  const r = await runWrite(formData, (user, values) => updateKader(user, id, values));
  if (!r.ok) return r.state;
  revalidatePath("/kader");
  redirect(`/kader/${id}?saved=1`);
}

export async function setKaderActiveAction(id: number, active: boolean, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  boundFlag(active);
  const r = await runWrite(formData, (user) => setKaderActive(user, id, active));
  if (!r.ok) return r.state;
  revalidatePath("/kader");
  redirect(`/kader/${id}?saved=1`);
}
