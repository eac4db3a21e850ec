"use server";
// FPK actions: parse the form, call the data layer, revalidate.
import { createFpkMeeting, updateFpkMeeting } from "@/lib/data/fpk";
import { writeThenRedirect } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createFpkMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return writeThenRedirect(formData, (user, values) => createFpkMeeting(user, values), { revalidate: "/fpk", to: (saved) => `/fpk/${saved.id}?saved=1` });
}

export async function updateFpkMeetingAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return writeThenRedirect(formData, (user, values) => updateFpkMeeting(user, id, values), { revalidate: "/fpk", to: () => `/fpk/${id}?saved=1` });
}
