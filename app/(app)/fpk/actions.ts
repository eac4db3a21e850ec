"use server";
// FPK actions: the form's write for phones without JavaScript (lib/forms/field-writes.ts).
import { fieldWriteAction } from "@/lib/forms/field-writes";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createFpkMeetingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return fieldWriteAction("fpk-meeting", {}, formData);
}

export async function updateFpkMeetingAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return fieldWriteAction("fpk-meeting-edit", { meetingId: id }, formData);
}
