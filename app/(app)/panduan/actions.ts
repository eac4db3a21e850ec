"use server";
// Guide actions: parse the form, call the data layer, revalidate.
import { addGuideVersion, createGuide } from "@/lib/data/guides";
import { writeThenRedirect } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createGuideAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return writeThenRedirect(formData, (user, values) => createGuide(user, values), {
    revalidate: "/panduan",
    to: (saved) => `/panduan/${saved.id}?saved=1`,
  });
}

export async function addGuideVersionAction(guideId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(guideId);
  return writeThenRedirect(formData, (user, values, files) => addGuideVersion(user, guideId, values, files.file), {
    revalidate: "/panduan",
    to: () => `/panduan/${guideId}?saved=1`,
  });
}
