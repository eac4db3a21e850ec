"use server";
// Guide actions: parse the form, call the data layer, revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addGuideVersion, createGuide } from "@/lib/data/guides";
import { runWrite } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createGuideAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, values) => createGuide(user, values));
  if (!r.ok) return r.state;
  revalidatePath("/panduan");
  redirect(`/panduan/${r.value.id}?saved=1`);
}

export async function addGuideVersionAction(guideId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(guideId);
  const r = await runWrite(formData, (user, values, files) => addGuideVersion(user, guideId, values, files.file));
  if (!r.ok) return r.state;
  revalidatePath("/panduan");
  redirect(`/panduan/${guideId}?saved=1`);
}
