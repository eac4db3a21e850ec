"use server";
import { withKabupatenFromSearch } from "@/lib/data/geo-search";
import { createUser, updateUser } from "@/lib/data/users";
import { writeThenRedirect } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return writeThenRedirect(formData, (user, values) => withKabupatenFromSearch(user, values, (v) => createUser(user, v)), {
    revalidate: "/admin/pengguna",
    to: (saved) => `/admin/pengguna/${saved.id}?saved=1`,
  });
}

export async function updateUserAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  return writeThenRedirect(formData, (user, values) => withKabupatenFromSearch(user, values, (v) => updateUser(user, id, v)), {
    revalidate: "/admin/pengguna",
    to: () => `/admin/pengguna/${id}?saved=1`,
  });
}
