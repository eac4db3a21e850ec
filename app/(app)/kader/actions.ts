"use server";
// Kader actions: parse the form, call the data layer, revalidate.
import { withDesaFromSearch } from "@/lib/data/geo-search";
import { createKader, setKaderActive, updateKader } from "@/lib/data/kader";
import { writeThenRedirect } from "@/lib/forms/action";
import { boundFlag, boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createKaderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return writeThenRedirect(formData, (user, values) => withDesaFromSearch(user, values, (v) => createKader(user, v)), {
    revalidate: "/kader",
    to: (saved) => `/kader/${saved.id}?saved=1`,
  });
}

export async function updateKaderAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return writeThenRedirect(formData, (user, values) => withDesaFromSearch(user, values, (v) => updateKader(user, id, v)), {
    revalidate: "/kader",
    to: () => `/kader/${id}?saved=1`,
  });
}

export async function setKaderActiveAction(id: number, active: boolean, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  boundFlag(active);
  return writeThenRedirect(formData, (user) => setKaderActive(user, id, active), {
    revalidate: "/kader",
    to: () => `/kader/${id}?saved=1`,
  });
}
