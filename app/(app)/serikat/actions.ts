"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createSerikat, setSerikatActive, updateSerikat } from "@/lib/data/serikat";
import { runWrite } from "@/lib/forms/action";
import { boundFlag, boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createSerikatAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, values) => createSerikat(user, values));
  if (!r.ok) return r.state;
  revalidatePath("/serikat");
  redirect(`/serikat/${r.value.id}?saved=1`);
}

export async function updateSerikatAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  const r = await runWrite(formData, (user, values) => updateSerikat(user, id, values));
  if (!r.ok) return r.state;
  revalidatePath("/serikat");
  redirect(`/serikat/${id}?saved=1`);
}

export async function setSerikatActiveAction(id: number, active: boolean, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  boundFlag(active);
  const r = await runWrite(formData, (user) => setSerikatActive(user, id, active));
  if (!r.ok) return r.state;
  revalidatePath("/serikat");
  redirect(`/serikat/${id}?saved=1`);
}
