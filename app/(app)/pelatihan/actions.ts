"use server";
// Training actions: parse the form, call the data layer, revalidate.
import { withKabupatenFromSearch } from "@/lib/data/geo-search";
import { createTraining, updateTraining } from "@/lib/data/training/writes";
import { registerParticipant, removeParticipant } from "@/lib/data/training/participants";
import { writeThenRedirect } from "@/lib/forms/action";
import { fieldWriteAction } from "@/lib/forms/field-writes";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createTrainingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return writeThenRedirect(formData, (user, values) => withKabupatenFromSearch(user, values, (v) => createTraining(user, v)), {
    revalidate: "/pelatihan",
    to: (saved) => `/pelatihan/${saved.id}?saved=1`,
  });
}

export async function updateTrainingAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return writeThenRedirect(formData, (user, values) => withKabupatenFromSearch(user, values, (v) => updateTraining(user, id, v)), {
    revalidate: "/pelatihan",
    to: () => `/pelatihan/${id}?saved=1`,
  });
}

export async function registerParticipantAction(
  trainingId: number,
  classId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  boundId(trainingId);
  boundId(classId);
  return writeThenRedirect(formData, (user, values) => registerParticipant(user, trainingId, classId, values), {
    revalidate: "/pelatihan",
    to: () => `/pelatihan/${trainingId}/kelas/${classId}?saved=registered`,
  });
}

export async function saveAttendanceAction(trainingId: number, classId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(trainingId);
  boundId(classId);
  return fieldWriteAction("attendance", { trainingId, classId }, formData);
}

export async function removeParticipantAction(
  trainingId: number,
  classId: number,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  boundId(trainingId);
  boundId(classId);
  return writeThenRedirect(formData, (user, values) => removeParticipant(user, trainingId, values), {
    revalidate: "/pelatihan",
    to: () => `/pelatihan/${trainingId}/kelas/${classId}?saved=removed`,
  });
}
