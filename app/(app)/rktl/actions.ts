"use server";
// RKTL actions: run the data-layer write for the signed-in user, revalidate, redirect.
import { approvePlan, closePlan, createPlan, returnPlan, submitPlan } from "@/lib/data/rktl/plans";
import { addTarget, deleteTarget, updateTarget } from "@/lib/data/rktl/targets";
import { withKabupatenFromSearch } from "@/lib/data/geo-search";
import { writeThenRedirect } from "@/lib/forms/action";
import { fieldWriteAction } from "@/lib/forms/field-writes";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return writeThenRedirect(formData, (user, values) => createPlan(user, values), {
    revalidate: "/rktl",
    to: (saved) => `/rktl/${saved.id}?saved=1`,
  });
}

export async function addTargetAction(planId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(planId);
  return writeThenRedirect(formData, (user, values) => withKabupatenFromSearch(user, values, (v) => addTarget(user, planId, v)), {
    revalidate: "/rktl",
    to: () => `/rktl/${planId}?saved=1`,
  });
}

export async function updateTargetAction(targetId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(targetId);
  return writeThenRedirect(formData, (user, values) => withKabupatenFromSearch(user, values, (v) => updateTarget(user, targetId, v)), {
    revalidate: "/rktl",
    to: (saved) => `/rktl/${saved.planId}?saved=1`,
  });
}

export async function deleteTargetAction(targetId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(targetId);
  return writeThenRedirect(formData, (user, values) => deleteTarget(user, targetId, values), {
    revalidate: "/rktl",
    to: (saved) => `/rktl/${saved.planId}?saved=1`,
  });
}

export async function submitPlanAction(planId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(planId);
  return writeThenRedirect(formData, (user, values) => submitPlan(user, planId, values), {
    revalidate: "/rktl",
    to: () => `/rktl/${planId}?saved=1`,
  });
}

export async function approvePlanAction(planId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(planId);
  return writeThenRedirect(formData, (user, values) => approvePlan(user, planId, values), {
    revalidate: "/rktl",
    to: () => `/rktl/${planId}?saved=1`,
  });
}

export async function returnPlanAction(planId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(planId);
  return writeThenRedirect(formData, (user, values) => returnPlan(user, planId, values), {
    revalidate: "/rktl",
    to: () => `/rktl/${planId}?saved=1`,
  });
}

export async function closePlanAction(planId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(planId);
  return writeThenRedirect(formData, (user, values) => closePlan(user, planId, values), {
    revalidate: "/rktl",
    to: () => `/rktl/${planId}?saved=1`,
  });
}

export async function recordRealisationAction(targetId: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(targetId);
  return fieldWriteAction("rktl-realisation", { targetId }, formData);
}
