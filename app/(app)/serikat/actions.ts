"use server";
import { withKabupatenFromSearch } from "@/lib/data/geo-search";
import { createSerikat, setSerikatActive, updateSerikat } from "@/lib/data/serikat";
import { deleteMembership, recordMembership } from "@/lib/data/serikat-membership";
import { writeThenRedirect } from "@/lib/forms/action";
import { boundFlag, boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createSerikatAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return writeThenRedirect(formData, (user, values) => withKabupatenFromSearch(user, values, (v) => createSerikat(user, v)), {
    revalidate: "/serikat",
    to: (saved) => `/serikat/${saved.id}?saved=1`,
  });
}

export async function updateSerikatAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return writeThenRedirect(formData, (user, values) => withKabupatenFromSearch(user, values, (v) => updateSerikat(user, id, v)), {
    revalidate: "/serikat",
    to: () => `/serikat/${id}?saved=1`,
  });
}

export async function setSerikatActiveAction(id: number, active: boolean, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  boundFlag(active);
  return writeThenRedirect(formData, (user) => setSerikatActive(user, id, active), {
    revalidate: "/serikat",
    to: () => `/serikat/${id}?saved=1`,
  });
}

export async function recordMembershipAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return writeThenRedirect(formData, (user, values) => recordMembership(user, id, values), {
    revalidate: "/serikat",
    to: (saved) => `/serikat/${id}?saved=${saved.replaced ? "countReplaced" : "count"}#anggota`,
  });
}

export async function deleteMembershipAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return writeThenRedirect(formData, (user, values) => deleteMembership(user, id, values), {
    revalidate: "/serikat",
    to: () => `/serikat/${id}?saved=countDeleted#anggota`,
  });
}
