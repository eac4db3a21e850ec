"use server";
// FPK actions: parse the form, call the data layer, revalidate.
import { createFpkMeeting, updateFpkMeeting } from "@/lib/data/fpk";
import { withKabupatenFromSearch } from "@/lib/data/geo-search";
import { writeThenRedirect } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createFpkMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return writeThenRedirect(formData, (user, values) => withKabupatenFromSearch(user, values, (v) => createFpkMeeting(user, v)), {
    revalidate: "/fpk",
    to: (saved) => `/fpk/${saved.id}?saved=1`,
  });
}

export async function updateFpkMeetingAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return writeThenRedirect(formData, (user, values) => withKabupatenFromSearch(user, values, (v) => updateFpkMeeting(user, id, v)), {
    revalidate: "/fpk",
    to: () => `/fpk/${id}?saved=1`,
  });
}
