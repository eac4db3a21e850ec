"use server";
// RKTL actions: run the data-layer write for the signed-in user, revalidate, redirect.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { approvePlan, closePlan, createPlan, returnPlan, submitPlan } from "@/lib/data/rktl/plans";
import { addTarget, deleteTarget, updateTarget } from "@/lib/data/rktl/targets";
import { recordRealisation } from "@/lib/data/rktl/realisation";
import { runWrite } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, values) => createPlan(user, values));
  if (!r.ok) return r.state;
  revalidatePath("/rktl");
  redirect(`/rktl/${r.value.id}?saved=1`);
}

export async function addTargetAction(planId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(planId);
  const r = await runWrite(formData, (user, values) => addTarget(user, planId, values));
  if (!r.ok) return r.state;
  revalidatePath("/rktl");
  redirect(`/rktl/${planId}?saved=1`);
}

export async function updateTargetAction(targetId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(targetId);
  const r = await runWrite(formData, (user, values) => updateTarget(user, targetId, values));
  if (!r.ok) return r.state;
  revalidatePath("/rktl");
  redirect(`/rktl/${r.value.planId}?saved=1`);
}

export async function deleteTargetAction(targetId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(targetId);
  const r = await runWrite(formData, (user, values) => deleteTarget(user, targetId, values));
  if (!r.ok) return r.state;
  revalidatePath("/rktl");
  redirect(`/rktl/${r.value.planId}?saved=1`);
}

export async function submitPlanAction(planId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(planId);
  const r = await runWrite(formData, (user, values) => submitPlan(user, planId, values));
  if (!r.ok) return r.state;
  revalidatePath("/rktl");
  redirect(`/rktl/${planId}?saved=1`);
}

export async function approvePlanAction(planId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(planId);
  const r = await runWrite(formData, (user, values) => approvePlan(user, planId, values));
  if (!r.ok) return r.state;
  revalidatePath("/rktl");
  redirect(`/rktl/${planId}?saved=1`);
}

export async function returnPlanAction(planId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(planId);
  const r = await runWrite(formData, (user, values) => returnPlan(user, planId, values));
  if (!r.ok) return r.state;
  revalidatePath("/rktl");
  redirect(`/rktl/${planId}?saved=1`);
}

export async function closePlanAction(planId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(planId);
  const r = await runWrite(formData, (user, values) => closePlan(user, planId, values));
  if (!r.ok) return r.state;
  revalidatePath("/rktl");
  redirect(`/rktl/${planId}?saved=1`);
}

export async function recordRealisationAction(targetId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(targetId);
  const r = await runWrite(formData, (user, values) => recordRealisation(user, targetId, values));
  if (!r.ok) return r.state;
  revalidatePath("/rktl");
  redirect(`/rktl/${r.value.planId}?saved=1`);
}
