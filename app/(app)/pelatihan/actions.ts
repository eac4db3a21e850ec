"use server";
// Training actions: parse the form, call the data layer, revalidate.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createTraining, updateTraining } from "@/lib/data/training/writes";
import { registerParticipant, removeParticipant, saveAttendance } from "@/lib/data/training/participants";
import { runWrite } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createTrainingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, values) => createTraining(user, values));
  if (!r.ok) return r.state;
  revalidatePath("/pelatihan");
  redirect(`/pelatihan/${r.value.id}?saved=1`);
}

export async function updateTrainingAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  const r = await runWrite(formData, (user, values) => updateTraining(user, id, values));
  if (!r.ok) return r.state;
  revalidatePath("/pelatihan");
  redirect(`/pelatihan/${id}?saved=1`);
}

export async function registerParticipantAction(trainingId: number, classId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(trainingId);
  boundId(classId);
  const r = await runWrite(formData, (user, values) => registerParticipant(user, trainingId, classId, values));
  if (!r.ok) return r.state;
  revalidatePath("/pelatihan");
  redirect(`/pelatihan/${trainingId}/kelas/${classId}?saved=registered`);
}

export async function saveAttendanceAction(trainingId: number, classId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(trainingId);
  boundId(classId);
  const r = await runWrite(formData, (user, values) => saveAttendance(user, trainingId, classId, values));
  if (!r.ok) return r.state;
  revalidatePath("/pelatihan");
  redirect(`/pelatihan/${trainingId}/kelas/${classId}?saved=attendance`);
}

export async function removeParticipantAction(trainingId: number, classId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(trainingId);
  boundId(classId);
  const r = await runWrite(formData, (user, values) => removeParticipant(user, trainingId, values));
  if (!r.ok) return r.state;
  revalidatePath("/pelatihan");
  redirect(`/pelatihan/${trainingId}/kelas/${classId}?saved=removed`);
}
