"use server";
// FPK actions: parse the form, call the data layer, revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createFpkMeeting, updateFpkMeeting } from "@/lib/data/fpk";
import { runWrite } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createFpkMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, values) => createFpkMeeting(user, values));
  if (!r.ok) return r.state;
  revalidatePath("/fpk");
  redirect(`/fpk/${r.value.id}?saved=1`);
}

export async function updateFpkMeetingAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  const r = await runWrite(formData, (user, values) => updateFpkMeeting(user, id, values));
  if (!r.ok) return r.state;
  revalidatePath("/fpk");
  redirect(`/fpk/${id}?saved=1`);
}
