"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createUser, updateUser } from "@/lib/data/users";
import { runWrite } from "@/lib/forms/action";
import { boundId } from "@/lib/forms/bound";
import type { FormState } from "@/lib/forms/state";

export async function createUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const r = await runWrite(formData, (user, values) => createUser(user, values));
  if (!r.ok) return r.state;
  revalidatePath("/admin/pengguna");
  redirect(`/admin/pengguna/${r.value.id}?saved=1`);
}

export async function updateUserAction(id: number, _prev: FormState, formData: FormData): Promise<FormState> {
  boundId(id);
  const r = await runWrite(formData, (user, values) => updateUser(user, id, values));
  if (!r.ok) return r.state;
  revalidatePath("/admin/pengguna");
  redirect(`/admin/pengguna/${id}?saved=1`);
}
